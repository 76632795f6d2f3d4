import { useId, useState, type FormEvent } from 'react';

export interface NoteFormProps {
  label: string;
  submitLabel: string;
  isRequired: boolean;
  isPending: boolean;
  onSubmit: (note: string) => void;
  onCancel: () => void;
}

/** The note that goes with resolve (the outcome), dismiss (why) or on its own into the audit trail. */
export function NoteForm({ label, submitLabel, isRequired, isPending, onSubmit, onCancel }: NoteFormProps) {
  const [note, setNote] = useState('');
  const fieldId = useId();
  const isBlank = note.trim() === '';

  function submit(event: FormEvent) {
    event.preventDefault();
    if (isRequired && isBlank) return;
    onSubmit(note.trim());
  }

  return (
    <form className="triage-form" onSubmit={submit} aria-label={submitLabel}>
      <label htmlFor={fieldId}>
        {label}
        {!isRequired && <span className="muted"> (optional)</span>}
      </label>
      <textarea
        id={fieldId}
        rows={3}
        maxLength={2000}
        required={isRequired}
        // The form opens because the person asked to write: put the cursor there.
        autoFocus
        value={note}
        onChange={(e) => setNote(e.target.value)}
        onKeyDown={(e) => e.key === 'Escape' && onCancel()}
      />
      <div className="form-buttons">
        <button type="submit" disabled={isPending || (isRequired && isBlank)}>
          {isPending ? 'Saving…' : submitLabel}
        </button>
        <button type="button" className="link-button" onClick={onCancel} disabled={isPending}>
          Cancel
        </button>
      </div>
    </form>
  );
}
