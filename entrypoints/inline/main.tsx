import { render } from 'preact';
import { InlineApp } from '@/components/inline/InlineApp';
import { mountPage } from '@/components/mountPage';
import './inline.css';

render(<InlineApp />, mountPage('extName'));
