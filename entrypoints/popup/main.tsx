import { render } from 'preact';
import { mountPage } from '@/components/mountPage';
import { POPUP_START_MARK } from '@/components/popup/perf-marks';
import { fetchCodes, PopupApp } from '@/components/popup/PopupApp';
import { loadTarget } from '@/components/popup/target';
import './popup.css';

performance.mark(POPUP_START_MARK);
// Ask first: the background and the tabs API answer while the page renders.
const firstCodes = fetchCodes();
const target = loadTarget(location.href);
render(<PopupApp firstCodes={firstCodes} target={target} />, mountPage('extName'));
