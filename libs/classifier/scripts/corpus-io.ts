// The corpus file format shared by the corpus builder, training and evaluation.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  CHANNELS,
  ITEM_KINDS,
  TOPICS,
  URGENCIES,
  isOneOf,
  type Channel,
  type ItemKind,
  type Topic,
  type Urgency,
} from '@auscult/contracts';

export interface CorpusItem {
  id: string;
  text: string;
  channel: Channel;
  kind: ItemKind;
  urgency: Urgency;
  topics: Topic[];
  /** Items of one group (a template, a hand-written source) always share a split. */
  group: string;
}

export const CORPUS_DIR = fileURLToPath(new URL('../corpus/', import.meta.url));
export const TRAIN_FILE = `${CORPUS_DIR}train.jsonl`;
export const TEST_FILE = `${CORPUS_DIR}test.jsonl`;
/** Hand-written hard cases in phrasings the corpus does not use; never trained on (LABELLING.md §7). */
export const CHALLENGE_FILE = `${CORPUS_DIR}challenge.jsonl`;
export const MODEL_DIR = fileURLToPath(new URL('../model/', import.meta.url));

export function readCorpus(path: string): CorpusItem[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line, i) => parseItem(JSON.parse(line) as Record<string, unknown>, `${path}:${i + 1}`));
}

export function writeCorpus(path: string, items: readonly CorpusItem[]): void {
  writeFileSync(path, items.map((item) => JSON.stringify(item)).join('\n') + '\n');
}

function parseItem(raw: Record<string, unknown>, where: string): CorpusItem {
  const { id, text, channel, kind, urgency, topics, group } = raw;
  const topicList = Array.isArray(topics) ? topics : [];
  if (
    typeof text !== 'string' ||
    !isOneOf(ITEM_KINDS, kind) ||
    !isOneOf(URGENCIES, urgency) ||
    !isOneOf(CHANNELS, channel)
  ) {
    throw new Error(`bad corpus item at ${where}`);
  }
  if (!topicList.every((t) => isOneOf(TOPICS, t))) throw new Error(`bad topic at ${where}`);
  return {
    id: String(id),
    text,
    channel,
    kind,
    urgency,
    topics: topicList as Topic[],
    group: String(group ?? id),
  };
}
