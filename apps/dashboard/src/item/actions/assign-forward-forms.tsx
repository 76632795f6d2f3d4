import type { ItemView } from '@auscult/contracts';
import { ROLE_LABELS } from '../../ui/labels';
import { PickForm } from './pick-form';
import { useTeam, useUnits } from './use-pickers';

interface FormProps {
  item: ItemView;
  isPending: boolean;
  onSubmit: (value: string, note: string) => void;
  onCancel: () => void;
}

/** Hand the item to a colleague of the PX team (not to whoever holds it already). */
export function AssignForm({ item, ...rest }: FormProps) {
  const team = useTeam();
  const options = team.data
    ?.filter((m) => m.id !== item.triage.assigneeId)
    .map((m) => ({ value: m.id, label: `${m.name} (${ROLE_LABELS[m.role]})` }));
  return (
    <PickForm
      submitLabel="Assign item"
      pickLabel="Assign to"
      options={options}
      emptyText="No colleague to assign to"
      isLoadError={team.isError}
      {...rest}
    />
  );
}

/** Send the care need to another unit (an unrouted one to its first). */
export function ForwardForm({ item, ...rest }: FormProps) {
  const units = useUnits();
  const options = units.data
    ?.filter((u) => u.code !== item.triage.unit)
    .map((u) => ({ value: u.code, label: u.name === u.code ? u.code : `${u.code} · ${u.name}` }));
  return (
    <PickForm
      submitLabel="Forward care need"
      pickLabel="Forward to unit"
      options={options}
      emptyText="No other unit to forward to"
      isLoadError={units.isError}
      {...rest}
    />
  );
}
