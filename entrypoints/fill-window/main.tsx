import { render } from 'preact';
import { FillWindowApp } from '@/components/fill-window/FillWindowApp';
import { mountPage } from '@/components/mountPage';
import './fill-window.css';

const tabId = Number(new URL(location.href).searchParams.get('tab'));
render(<FillWindowApp tabId={tabId} />, mountPage('extName'));
