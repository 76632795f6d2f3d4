// RFC 4180 CSV: a field with a comma, quote or line break is quoted, quotes doubled. A leading
// = + - @ (or tab / CR) is prefixed with ' so a spreadsheet never runs item text as a formula.
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  let s = Array.isArray(value) ? value.join(' ') : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(values: readonly unknown[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}
