import { render } from 'preact';
import { mountPage } from '@/components/mountPage';
import { firstAnswers } from '@/components/popup/first-answers';
import { CODES_ANSWERED_MARK, CODES_RENDERED_MARK, POPUP_START_MARK } from '@/components/popup/perf-marks';
import { PopupApp } from '@/components/popup/PopupApp';
import './popup.css';

performance.mark(POPUP_START_MARK);
void firstAnswers().then(([firstCodes, site]) => {
  performance.mark(CODES_ANSWERED_MARK);
  render(<PopupApp firstCodes={firstCodes} target={site} />, mountPage('extName'));
  performance.mark(CODES_RENDERED_MARK);
});
