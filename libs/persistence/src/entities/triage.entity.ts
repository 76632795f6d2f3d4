import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, VersionColumn, type Relation } from 'typeorm';
import type { ItemKind, Topic, TriageStatus, Urgency } from '@auscult/contracts';
import { ItemEntity } from './item.entity.js';

/** Who is doing what about an item. `version` guards concurrent changes (optimistic concurrency). */
@Entity({ name: 'triage' })
export class TriageEntity {
  @PrimaryColumn({ name: 'item_id', type: 'uuid' })
  itemId!: string;

  @OneToOne(() => ItemEntity, (i) => i.triage, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'item_id' })
  item?: Relation<ItemEntity>;

  @Column({ type: 'text' })
  status!: TriageStatus;

  @Column({ type: 'text', nullable: true })
  unit!: string | null;

  /** The working classification: the classifier's, or the latest person's correction. */
  @Column({ type: 'text' })
  kind!: ItemKind;

  @Column({ type: 'text' })
  urgency!: Urgency;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  topics!: Topic[];

  @Column({ name: 'assignee_id', type: 'uuid', nullable: true })
  assigneeId!: string | null;

  @Column({ name: 'due_at', type: 'timestamptz', nullable: true })
  dueAt!: Date | null;

  @Column({ name: 'warn_at', type: 'timestamptz', nullable: true })
  warnAt!: Date | null;

  @Column({ name: 'escalation_level', type: 'int', default: 0 })
  escalationLevel!: number;

  @VersionColumn({ type: 'int' })
  version!: number;

  @Column({ name: 'acknowledged_at', type: 'timestamptz', nullable: true })
  acknowledgedAt!: Date | null;

  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt!: Date | null;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
