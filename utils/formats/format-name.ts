import type { MessageKey } from '../i18n';

// Its own module: FormatError carries one, and the importers' module imports FormatError.
/**
 * How the options page names a file's format: "FreeOTP 2 backup, encrypted". `advice`:
 * for a kind Omamori recognises but cannot read (Authy, Microsoft Authenticator, …), how
 * to move its accounts instead.
 */
export interface ImportFormatName {
  readonly id: string;
  readonly name: MessageKey;
  readonly encrypted: boolean;
  readonly advice?: MessageKey;
}
