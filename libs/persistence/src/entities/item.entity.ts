import { Column, Entity, OneToOne, PrimaryColumn, type Relation } from 'typeorm';
import type { Channel } from '@auscult/contracts';
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

  @Column({ type: 'text', nullable: true })
  author!: string | null;

  @Column({ type: 'text' })
  text!: string;

  @Column({ name: 'redacted_text', type: 'text' })
  redactedText!: string;

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
