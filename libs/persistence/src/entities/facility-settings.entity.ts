import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Per-facility switches: fair auto-assignment of new service complaints and its per-person cap. */
@Entity({ name: 'facility_settings' })
export class FacilitySettingsEntity {
  @PrimaryColumn({ type: 'text' })
  facility!: string;

  @Column({ name: 'auto_assign', type: 'boolean', default: false })
  autoAssign!: boolean;

  @Column({ name: 'open_item_cap', type: 'int', default: 10 })
  openItemCap!: number;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
