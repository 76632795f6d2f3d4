import { Column, Entity, OneToOne, PrimaryColumn, type Relation } from 'typeorm';
import type { Channel, RedactionSpan } from '@auscult/contracts';
import { ClassificationEntity } from './classification.entity.js';
import { TriageEntity } from './triage.entity.js';

/**
 * What a person said, as received. The id is derived from (source, externalId) at ingest,
 * so every delivery of the same item maps to one row.
 */
@Entity({ name: 'items' })
export class ItemEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  source!: string;

  @Column({ name: 'external_id', type: 'text' })
  externalId!: string;

  @Column({ type: 'text' })
  channel!: Channel;

  /** Clear author, text, url and raw exist only on rows stored before encryption, until `keys:rotate` seals them. */
  @Column({ type: 'text', nullable: true })
  author!: string | null;

  @Column({ type: 'text', nullable: true })
  text!: string | null;

  /** The original text, author, url and raw payload: one AES-256-GCM envelope (see crypto/item-original.ts). */
  @Column({ name: 'original_encrypted', type: 'text', nullable: true })
  originalEncrypted!: string | null;

  @Column({ name: 'data_key_id', type: 'text', nullable: true })
  dataKeyId!: string | null;

  @Column({ name: 'redacted_text', type: 'text' })
  redactedText!: string;

  /** Where each placeholder of the redacted text stood in the original. */
  @Column({ name: 'redaction_spans', type: 'jsonb', default: () => "'[]'" })
  redactionSpans!: RedactionSpan[];

  @Column({ name: 'posted_at', type: 'timestamptz' })
  postedAt!: Date;

  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt!: Date;

  @Column({ type: 'text', nullable: true })
  facility!: string | null;

  @Column({ type: 'text', nullable: true })
  unit!: string | null;

  @Column({ type: 'text', nullable: true })
  url!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  raw!: object | null;

  @OneToOne(() => ClassificationEntity, (c) => c.item)
  classification?: Relation<ClassificationEntity>;

  @OneToOne(() => TriageEntity, (t) => t.item)
  triage?: Relation<TriageEntity>;
}
