import { useId, useState, type FormEvent } from 'react';

export interface PickOption {
  value: string;
  label: string;
}

export interface PickFormProps {
  /** The form's accessible name and its submit button. */
  submitLabel: string;
  pickLabel: string;
  options: PickOption[] | undefined;
  /** Shown when the options could not be loaded or none is left to pick. */
  emptyText: string;
  isLoadError: boolean;
  isPending: boolean;
  onSubmit: (value: string, note: string) => void;
  onCancel: () => void;
}

/** Assign and forward: choose one person or unit, and say why if you like (the note goes to the audit trail). */
export function PickForm(props: PickFormProps) {
  const { submitLabel, pickLabel, options, emptyText, isLoadError, isPending, onSubmit, onCancel } = props;
  const [value, setValue] = useState('');
  const [note, setNote] = useState('');
  const pickId = useId();
  const noteId = useId();

  function submit(event: FormEvent) {
    event.preventDefault();
    if (value) onSubmit(value, note.trim());
  }

  const escape = (key: string) => key === 'Escape' && onCancel();
  return (
    <form className="triage-form" onSubmit={submit} aria-label={submitLabel}>
      <label htmlFor={pickId}>{pickLabel}</label>
      {isLoadError || options?.length === 0 ? (
        <p className="form-error">{isLoadError ? `${emptyText} (could not be loaded)` : emptyText}</p>
      ) : (
        <select
          id={pickId}
          required
          autoFocus
          disabled={!options}
          value={value}
          onChange={(e) => setValue(e.target.value)}
          onKeyDown={(e) => escape(e.key)}
        >
          <option value="">{options ? 'Choose…' : 'Loading…'}</option>
          {options?.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
      <label htmlFor={noteId}>
        Note<span className="muted"> (optional)</span>
      </label>
      <textarea
        id={noteId}
        rows={2}
        maxLength={2000}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        onKeyDown={(e) => escape(e.key)}
      />
      <div className="form-buttons">
        <button type="submit" disabled={isPending || !value}>
          {isPending ? 'Saving…' : submitLabel}
        </button>
        <button type="button" className="link-button" onClick={onCancel} disabled={isPending}>
          Cancel
        </button>
      </div>
    </form>
  );
}
