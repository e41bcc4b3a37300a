/** `npm run bench` reads these marks: our script starts, the codes arrive, all are painted. */
export const POPUP_START_MARK = 'omamori:popup-start';
export const CODES_ANSWERED_MARK = 'omamori:codes-answered';
export const CODES_PAINTED_MARK = 'omamori:codes-painted';
