import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ItemKind, Topic, Urgency } from '@auscult/contracts';

/** A person's correction of a classification; feeds the next training run. */
@Entity({ name: 'classification_corrections' })
export class ClassificationCorrectionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'item_id', type: 'uuid' })
  itemId!: string;

  @Column({ type: 'text' })
  kind!: ItemKind;

  @Column({ type: 'text' })
  urgency!: Urgency;

  @Column({ type: 'text', array: true })
  topics!: Topic[];

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
