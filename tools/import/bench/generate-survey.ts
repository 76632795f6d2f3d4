// A survey export of any size for the import benchmark: realistic comments (~300 characters,
// built from the demo's hand-written fragments), written as a stream so memory stays flat.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { DemoComposer } from '../../demo/compose.js';
import { pick, seededRandom } from '../../demo/random.js';

const WARDS = ['4B', 'ICU', 'ED', 'MAT', ''];
const TARGET_LENGTH = 300;
// Composing a demo comment costs ~1 ms; rows are drawn from a pool of composed comments, two or
// three at a time with varied times and numbers, so a million rows stay varied and quick to write.
const POOL_SIZE = 3000;

export const SURVEY_MAPPING = 'comment=Comment,unit=Ward,date=Date,id=RespondentID';

export async function writeSurveyCsv(file: string, rows: number, seed = 42): Promise<number> {
  const random = seededRandom(seed);
  const composer = new DemoComposer(random, 'bench');
  const pool = Array.from(
    { length: POOL_SIZE },
    () => composer.compose(new Date(), { channel: 'survey' }).item.text,
  );
  const out = createWriteStream(file);
  const start = Date.UTC(2025, 0, 1);
  let bytes = 0;
  const write = async (line: string) => {
    bytes += Buffer.byteLength(line);
    if (!out.write(line)) await once(out, 'drain');
  };
  await write('\uFEFFRespondentID,Ward,Date,Comment\r\n');
  for (let i = 1; i <= rows; i++) {
    let text = '';
    while (text.length < TARGET_LENGTH - 60) {
      const next = pick(random, pool);
      text =
        text === ''
          ? next
          : `${text} (${1 + Math.floor(random.next() * 12)}:${String(Math.floor(random.next() * 60)).padStart(2, '0')}) ${next}`;
    }
    text = text.slice(0, TARGET_LENGTH + 40);
    const date = new Date(start + Math.floor(random.next() * 330 * 86_400_000)).toISOString().slice(0, 10);
    await write(`R${i},${pick(random, WARDS)},${date},"${text.replaceAll('"', '""')}"\r\n`);
  }
  out.end();
  await once(out, 'finish');
  return bytes;
}
