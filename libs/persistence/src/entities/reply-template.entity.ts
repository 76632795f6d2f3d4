import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ItemKind } from '@auscult/contracts';

/** The approved public wording for replies to items of one kind (see migration 1795706000000). */
@Entity({ name: 'reply_templates' })
export class ReplyTemplateEntity {
  @PrimaryColumn({ type: 'text' })
  kind!: ItemKind;

  @Column({ type: 'text' })
  text!: string;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy!: string | null;
}
