// Control characters (other than tab and newline) come from copy-paste and broken encoders; they carry no meaning.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/g;

/** The text Auscult stores and classifies: Unicode NFC, no control characters, no outer whitespace. */
export function normaliseText(text: string): string {
  return text.normalize('NFC').replace(CONTROL, '').replace(/\r\n?/g, '\n').trim();
}
