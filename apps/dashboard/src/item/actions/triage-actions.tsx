import { useState } from 'react';
import type { ItemView } from '@auscult/contracts';
import { useSignedIn } from '../../auth/session-context';
import { useWatchItem } from '../../presence/use-presence';
import { AssignForm, ForwardForm } from './assign-forward-forms';
import { NoteForm } from './note-form';
import { ReclassifyForm } from './reclassify-form';
import { availableActions, type PanelAction } from './triage-permissions';
import { useTriageAction } from './use-triage-action';
import { TRIAGE_SHORTCUTS, useTriageKeys, type ShortcutAction } from './use-triage-keys';

type FormAction = Exclude<PanelAction, 'acknowledge' | 'claim'>;

const BUTTON_LABELS: Record<PanelAction, string> = {
  acknowledge: 'Acknowledge',
  claim: 'Claim',
  assign: 'Assign…',
  forward: 'Forward…',
  resolve: 'Resolve',
  dismiss: 'Dismiss',
  note: 'Add note',
  reclassify: 'Reclassify',
};

const NOTE_FORMS = {
  resolve: { label: 'Outcome', submitLabel: 'Resolve item', isRequired: true },
  dismiss: { label: 'Why dismiss', submitLabel: 'Dismiss item', isRequired: false },
  note: { label: 'Note', submitLabel: 'Add note', isRequired: true },
} as const;

function shortcutOf(action: PanelAction): string | undefined {
  return action in TRIAGE_SHORTCUTS ? TRIAGE_SHORTCUTS[action as ShortcutAction] : undefined;
}

/** The triage buttons the viewer may use on this item now, and the small forms some of them need. */
export function TriageActions({ item }: { item: ItemView }) {
  const { user } = useSignedIn();
  const { run, isPending, failure, reset } = useTriageAction(item);
  const [openForm, setOpenForm] = useState<FormAction | null>(null);
  const actions = availableActions({
    role: user.role,
    userId: user.id,
    status: item.triage.status,
    assigneeId: item.triage.assigneeId,
    kind: item.classification.correction?.kind ?? item.classification.kind,
  });
  // A form stays open only while its action is still possible (a colleague may close the item meanwhile).
  const form = openForm && actions.includes(openForm) ? openForm : null;
  const close = () => setOpenForm(null);

  function start(action: PanelAction) {
    reset();
    if (action === 'acknowledge' || action === 'claim') run({ action });
    else setOpenForm(action);
  }

  const offered = (action: ShortcutAction) =>
    actions.includes(action) && !isPending ? () => start(action) : undefined;
  useTriageKeys({
    acknowledge: offered('acknowledge'),
    claim: offered('claim'),
    forward: offered('forward'),
    resolve: offered('resolve'),
  });
  // Colleagues see "… is viewing", and "… is editing" while a reply or action form is open.
  useWatchItem(item.id, actions.length === 0 ? null : form ? 'editing' : 'viewing');

  if (actions.length === 0) return null;
  return (
    <section className="subsection" aria-labelledby="actions-title">
      <h3 id="actions-title">Actions</h3>
      <div className="triage-buttons">
        {actions.map((action) => (
          <button
            key={action}
            type="button"
            disabled={isPending}
            aria-pressed={form === action ? true : undefined}
            aria-keyshortcuts={shortcutOf(action)}
            onClick={() => start(action)}
          >
            {BUTTON_LABELS[action]}
            {shortcutOf(action) && <kbd aria-hidden="true">{shortcutOf(action)}</kbd>}
          </button>
        ))}
      </div>
      {form === 'reclassify' && (
        <ReclassifyForm
          classification={item.classification}
          isPending={isPending}
          onSubmit={(correction, note) =>
            run({ action: 'reclassify', correction, note }, { onSuccess: close })
          }
          onCancel={close}
        />
      )}
      {form === 'assign' && (
        <AssignForm
          item={item}
          isPending={isPending}
          onSubmit={(assigneeId, note) => run({ action: 'assign', assigneeId, note }, { onSuccess: close })}
          onCancel={close}
        />
      )}
      {form === 'forward' && (
        <ForwardForm
          item={item}
          isPending={isPending}
          onSubmit={(unitCode, note) => run({ action: 'forward', unitCode, note }, { onSuccess: close })}
          onCancel={close}
        />
      )}
      {(form === 'resolve' || form === 'dismiss' || form === 'note') && (
        <NoteForm
          key={form}
          {...NOTE_FORMS[form]}
          isPending={isPending}
          onSubmit={(note) => run({ action: form, note }, { onSuccess: close })}
          onCancel={close}
        />
      )}
      {failure && (
        <p role="alert" className="form-error">
          {failure}
        </p>
      )}
    </section>
  );
}
