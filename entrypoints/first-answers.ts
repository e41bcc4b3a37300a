import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { askEarly } from '@/components/popup/first-answers';

// popup.html loads this before its modules (see components/popup/first-answers.ts).
export default defineUnlistedScript(askEarly);
