import { render } from 'preact';
import { mountPage } from '@/components/mountPage';
import { fetchCodes, POPUP_START_MARK, PopupApp } from '@/components/popup/PopupApp';
import { targetTabId } from '@/utils/tabs';
import './popup.css';

performance.mark(POPUP_START_MARK);
// Ask first: the background and the tabs API answer while the page renders.
const firstCodes = fetchCodes();
const targetTab = targetTabId(location.href);
render(<PopupApp firstCodes={firstCodes} targetTab={targetTab} />, mountPage('extName'));
