import { render } from 'preact';
import { mountPage } from '@/components/mountPage';
import { PopupApp } from '@/components/popup/PopupApp';
import './popup.css';

render(<PopupApp />, mountPage('extName'));
