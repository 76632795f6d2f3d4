// Which CSV column feeds which ingest field. Survey tools name columns after their questions
// (`Q12`, `What could we do better?`), so the mapping is given per export, e.g.
// `comment=Q12,unit=Ward,date=Date,id=RespondentID`.

export const CSV_TARGETS = [
  'text',
  'externalId',
  'postedAt',
  'unit',
  'author',
  'facility',
  'channel',
  'url',
] as const;
export type CsvTarget = (typeof CSV_TARGETS)[number];

/** Target field → column name in the header. */
export type ColumnMapping = Partial<Record<CsvTarget, string>>;

/** Resolved to positions in one file's header. */
export type ColumnPositions = Partial<Record<CsvTarget, number>>;

// The words people write in a mapping, beside the field names themselves.
const ALIASES: Record<string, CsvTarget> = {
  comment: 'text',
  comments: 'text',
  feedback: 'text',
  id: 'externalId',
  date: 'postedAt',
  ward: 'unit',
};

export class ColumnMappingError extends Error {}

/** Reads `target=Column,...`; targets are field names or aliases (comment, id, date, ward). */
export function parseColumnMapping(spec: string): ColumnMapping {
  const mapping: ColumnMapping = {};
  for (const pair of spec.split(',').filter((part) => part.trim() !== '')) {
    const separator = pair.indexOf('=');
    if (separator < 1) throw new ColumnMappingError(`'${pair.trim()}' is not target=Column`);
    const name = pair.slice(0, separator).trim();
    const target =
      ALIASES[name.toLowerCase()] ??
      CSV_TARGETS.find((candidate) => candidate.toLowerCase() === name.toLowerCase());
    if (target === undefined)
      throw new ColumnMappingError(
        `unknown target '${name}'; use one of ${[...CSV_TARGETS, ...Object.keys(ALIASES)].join(', ')}`,
      );
    if (mapping[target] !== undefined) throw new ColumnMappingError(`'${target}' is mapped twice`);
    mapping[target] = pair.slice(separator + 1).trim();
  }
  if (mapping.text === undefined)
    throw new ColumnMappingError('the mapping must name the text column, e.g. comment=Q12');
  return mapping;
}

/** Finds each mapped column in the header: exact name first, then ignoring case and spaces. */
export function resolveColumns(mapping: ColumnMapping, header: readonly string[]): ColumnPositions {
  const normalised = header.map(normalise);
  const positions: ColumnPositions = {};
  for (const target of CSV_TARGETS) {
    const column = mapping[target];
    if (column === undefined) continue;
    let position = header.indexOf(column);
    if (position < 0) position = normalised.indexOf(normalise(column));
    if (position < 0)
      throw new ColumnMappingError(
        `column '${column}' (for ${target}) is not in the header: ${header.join(', ')}`,
      );
    positions[target] = position;
  }
  return positions;
}

function normalise(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}
