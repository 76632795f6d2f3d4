import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Minutes to acknowledgement per urgency (care needs) and for service complaints; facility NULL = global. */
@Entity({ name: 'sla_policies' })
export class SlaPolicyEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'text', nullable: true, unique: true })
  facility!: string | null;

  @Column({ name: 'critical_minutes', type: 'int' })
  criticalMinutes!: number;

  @Column({ name: 'high_minutes', type: 'int' })
  highMinutes!: number;

  @Column({ name: 'normal_minutes', type: 'int' })
  normalMinutes!: number;

  @Column({ name: 'low_minutes', type: 'int' })
  lowMinutes!: number;

  @Column({ name: 'service_complaint_minutes', type: 'int' })
  serviceComplaintMinutes!: number;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy!: string | null;
}
