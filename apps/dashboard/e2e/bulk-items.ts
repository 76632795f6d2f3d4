// Seeds many items for the long-list test by cloning one item the pipeline stored, in SQL: the real
// pipeline (classify, route, store) takes minutes for 10,000 items on a shared machine, while the list
// only needs rows the API serves. Copies every column the schema has, so it follows migrations.
import pg from 'pg';

const databaseUrl = process.env.AUSCULT_E2E_DATABASE_URL;

export const canSeedBySql = Boolean(databaseUrl);

async function columnsOf(client: pg.Client, table: string): Promise<string[]> {
  const { rows } = await client.query<{ column_name: string }>(
    `SELECT column_name FROM information_schema.columns
     WHERE table_schema = current_schema() AND table_name = $1 AND is_generated = 'NEVER'
     ORDER BY ordinal_position`,
    [table],
  );
  return rows.map((row) => row.column_name);
}

/** `INSERT INTO table (cols) SELECT <cols, some replaced> FROM table t JOIN bulk b …` for one table. */
async function cloneRows(client: pg.Client, table: string, key: string, replace: Record<string, string>) {
  const columns = await columnsOf(client, table);
  const values = columns.map((column) => replace[column] ?? `t.${column}`);
  await client.query(
    `INSERT INTO ${table} (${columns.join(', ')})
     SELECT ${values.join(', ')} FROM ${table} t CROSS JOIN bulk_ids b WHERE t.${key} = $1`,
    [templateId],
  );
}

let templateId = '';

/** Adds `count` copies of the stored item `template`, each received a second earlier than the last. */
export async function cloneItem(template: string, count: number): Promise<void> {
  if (!databaseUrl) throw new Error('AUSCULT_E2E_DATABASE_URL is not set (npm run test:e2e sets it)');
  templateId = template;
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query(
      `CREATE TEMP TABLE bulk_ids ON COMMIT DROP AS
       SELECT gen_random_uuid() AS id, n FROM generate_series(1, $1::int) n`,
      [count],
    );
    await cloneRows(client, 'items', 'id', {
      id: 'b.id',
      external_id: `t.external_id || '-' || b.n`,
      text: `t.text || ' #' || b.n`,
      redacted_text: `t.redacted_text || ' #' || b.n`,
      received_at: `t.received_at - b.n * interval '1 second'`,
      posted_at: `t.posted_at - b.n * interval '1 second'`,
    });
    await cloneRows(client, 'classifications', 'item_id', { item_id: 'b.id' });
    await cloneRows(client, 'triage', 'item_id', { item_id: 'b.id' });
    await client.query('COMMIT');
  } finally {
    await client.end();
  }
}
