// Corpus items → training examples, with the class weights that make a missed care need cost more.
import { ITEM_KINDS, TOPICS, URGENCIES, type ItemKind } from '@auscult/contracts';
import { extractFeatures, type Features } from '../../src/features/extract.js';
import type { CorpusItem } from '../corpus-io.js';
import type { Example } from './sgd.js';

const KIND_WEIGHT: Record<ItemKind, number> = { care_need: 1.4, service_complaint: 1, praise: 1, other: 1 };

// Keep only what training reads; the builder's scratch arrays are views, so copy them.
function compact(f: Features): Example['features'] {
  return { index: f.index.slice(), value: f.value.slice(), topicEnd: f.topicEnd };
}

export function toExample(item: CorpusItem, dimBits: number, extraWeight = 1): Example {
  return {
    features: compact(extractFeatures(item.text, item.channel, dimBits)),
    kind: ITEM_KINDS.indexOf(item.kind),
    urgency: URGENCIES.indexOf(item.urgency),
    topics: item.topics.map((t) => TOPICS.indexOf(t)),
    weight: KIND_WEIGHT[item.kind] * extraWeight,
  };
}
