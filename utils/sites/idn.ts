import { toUnicode } from 'punycode/';

/** The Unicode form of a punycode label (`xn--…`); a label that does not decode stays as it is. */
export function unicodeLabel(label: string): string {
  try {
    return toUnicode(label);
  } catch {
    return label;
  }
}
