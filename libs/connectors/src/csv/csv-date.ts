// Spreadsheet exports write dates the way the locale shows them. 03/04/2026 is 3 April in the UK
// and 4 March in the US, so the order is an option of the import, never a guess.

export const DATE_ORDERS = ['iso', 'dmy', 'mdy'] as const;
export type DateOrder = (typeof DATE_ORDERS)[number];

const SLASHED = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

/** Rewrites a `D/M/YYYY [H:MM[:SS]]` or `M/D/YYYY …` value as ISO 8601; other values pass unchanged. */
export function toIsoDateText(value: string, order: DateOrder): string {
  if (order === 'iso') return value;
  const match = SLASHED.exec(value.trim());
  if (match === null) return value;
  const [, first, second, year, hour, minute, second_ = '00'] = match;
  const [day, month] = order === 'dmy' ? [first, second] : [second, first];
  const date = `${year}-${pad(month)}-${pad(day)}`;
  return hour === undefined ? date : `${date}T${pad(hour)}:${minute}:${second_}`;
}

function pad(value: string): string {
  return value.padStart(2, '0');
}
