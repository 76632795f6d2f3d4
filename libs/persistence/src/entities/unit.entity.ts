import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A ward or department that care needs are routed to. `aliases` are matched in item text ("ward 4b", "maternity"). */
@Entity({ name: 'units' })
export class UnitEntity {
  @PrimaryColumn({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  facility!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  aliases!: string[];
}
