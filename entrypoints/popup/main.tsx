import { render } from 'preact';
import { mountPage } from '@/components/mountPage';
import { fetchCodes, POPUP_START_MARK, PopupApp } from '@/components/popup/PopupApp';
import './popup.css';

performance.mark(POPUP_START_MARK);
// Ask for the codes first: the background answers while the page renders.
const firstCodes = fetchCodes();
render(<PopupApp firstCodes={firstCodes} />, mountPage('extName'));
