import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, type Relation } from 'typeorm';
import type {
  ClassificationExplanation,
  ComplaintDomain,
  ItemKind,
  Topic,
  Urgency,
} from '@auscult/contracts';
import { ItemEntity } from './item.entity.js';

/** The machine's decision about an item. Human corrections live beside it, never over it. */
@Entity({ name: 'classifications' })
export class ClassificationEntity {
  @PrimaryColumn({ name: 'item_id', type: 'uuid' })
  itemId!: string;

  @OneToOne(() => ItemEntity, (i) => i.classification, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'item_id' })
  item?: Relation<ItemEntity>;

  @Column({ type: 'text' })
  kind!: ItemKind;

  @Column({ type: 'text' })
  urgency!: Urgency;

  @Column({ type: 'text', array: true })
  topics!: Topic[];

  @Column({ type: 'real' })
  sentiment!: number;

  @Column({ type: 'real' })
  confidence!: number;

  @Column({ name: 'complaint_domain', type: 'text', nullable: true })
  complaintDomain!: ComplaintDomain | null;

  @Column({ type: 'jsonb' })
  explanation!: ClassificationExplanation;

  @Column({ name: 'model_version', type: 'text' })
  modelVersion!: string;

  @Column({ name: 'classified_at', type: 'timestamptz' })
  classifiedAt!: Date;
}
