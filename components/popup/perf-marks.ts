/** `npm run bench` reads these marks: our script starts, both first answers are in, the rows are in the document. */
export const POPUP_START_MARK = 'omamori:popup-start';
export const CODES_ANSWERED_MARK = 'omamori:codes-answered';
export const CODES_RENDERED_MARK = 'omamori:codes-rendered';
