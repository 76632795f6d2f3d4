// Human corrections from the triage UI, read from PostgreSQL for the next training run.
// Training must still work on a laptop with no database: without DATABASE_URL we say so and go on.
import { CHANNELS, ITEM_KINDS, TOPICS, URGENCIES, isOneOf, type Topic } from '@auscult/contracts';
import type { CorpusItem } from '../corpus-io.js';

// The redacted text: originals are sealed at rest, and identifiers have no place in training data
// (a model file is not PHI-controlled). Placeholders such as [NAME] stay, as they arrive at run time.
const QUERY =
  'SELECT i.redacted_text AS text, i.channel, c.kind, c.urgency, c.topics FROM classification_corrections c JOIN items i ON i.id = c.item_id';

interface CorrectionRow {
  text: unknown;
  channel: unknown;
  kind: unknown;
  urgency: unknown;
  topics: unknown;
}

export async function readCorrections(): Promise<CorpusItem[]> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.log('corrections: DATABASE_URL is not set, training on the corpus alone');
    return [];
  }
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    const { rows } = await client.query<CorrectionRow>(QUERY);
    const items = rows.flatMap((row, n) => toItem(row, n));
    console.log(`corrections: ${items.length} of ${rows.length} rows usable`);
    return items;
  } catch (error) {
    console.log(
      `corrections: could not read from the database (${error instanceof Error ? error.message : String(error)}); training on the corpus alone`,
    );
    return [];
  } finally {
    await client.end().catch(() => undefined);
  }
}

function toItem(row: CorrectionRow, n: number): CorpusItem[] {
  const topics = Array.isArray(row.topics) ? row.topics.filter((t): t is Topic => isOneOf(TOPICS, t)) : [];
  if (typeof row.text !== 'string' || !isOneOf(ITEM_KINDS, row.kind) || !isOneOf(URGENCIES, row.urgency))
    return [];
  const channel = isOneOf(CHANNELS, row.channel) ? row.channel : 'import';
  return [
    {
      id: `correction-${n}`,
      text: row.text,
      channel,
      kind: row.kind,
      urgency: row.urgency,
      topics,
      group: `correction-${n}`,
    },
  ];
}
