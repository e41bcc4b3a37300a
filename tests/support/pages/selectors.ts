/**
 * How the page objects find things: by role, by label or id, or by a `data-testid` the
 * component carries for the tests, never by a class that is only there for the styling.
 */
export const byTestId = (id: string) => `[data-testid="${id}"]`;

/** A form's error: announced at once. */
export const ALERT = '[role="alert"]';
/** A form's success note: announced politely. */
export const STATUS = '[role="status"]';

/** The submit button of the form named by the heading `titleId` (aria-labelledby). */
export const submitOf = (titleId: string) => `[aria-labelledby="${titleId}"] button[type="submit"]`;
