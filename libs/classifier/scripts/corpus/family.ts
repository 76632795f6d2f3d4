import type { Channel, ItemKind, Topic, Urgency } from '@auscult/contracts';

export interface Family {
  id: string;
  kind: ItemKind;
  urgency: Urgency;
  topics: Topic[];
  channels: Channel[];
  templates: string[];
}
