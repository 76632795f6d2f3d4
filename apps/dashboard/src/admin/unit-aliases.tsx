import { useId, useState, type FormEvent } from 'react';
import { UNIT_ALIAS_LIMITS, type UnitView } from '@auscult/contracts';
import { useSaveAliases, useUnits } from './use-admin';

/** "ward 4b, 4B ward" → ["ward 4b", "4B ward"]: one alias per comma, blanks and repeats dropped. */
export function parseAliases(text: string): string[] {
  const seen = new Set<string>();
  const aliases: string[] = [];
  for (const part of text.split(',')) {
    const alias = part.trim().replace(/\s+/g, ' ');
    if (alias && !seen.has(alias.toLowerCase())) {
      seen.add(alias.toLowerCase());
      aliases.push(alias);
    }
  }
  return aliases;
}

function UnitRow({ unit }: { unit: UnitView }) {
  const id = useId();
  const [text, setText] = useState(unit.aliases.join(', '));
  const save = useSaveAliases(unit.code);

  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate(parseAliases(text));
  }

  return (
    <li>
      <form onSubmit={submit} className="alias-form" aria-label={`Aliases of ${unit.code}`}>
        <label htmlFor={id}>
          <strong>{unit.code}</strong> <span className="muted">{unit.name}</span>
        </label>
        <input
          id={id}
          value={text}
          onChange={(e) => {
            save.reset();
            setText(e.target.value);
          }}
          aria-describedby={`${id}-hint`}
        />
        <button type="submit" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Save'}
        </button>
        <span id={`${id}-hint`} className="small" role={save.isError ? 'alert' : 'status'}>
          {save.isError && <span className="form-error">{save.error.message}</span>}
          {save.isSuccess && 'Saved; new items route with these words.'}
        </span>
      </form>
    </li>
  );
}

/** Admins name the words that route a care need to a unit from its text ("ward 4b", "A&E"). */
export function UnitAliases() {
  const query = useUnits();
  return (
    <section className="trends" aria-labelledby="units-admin-title">
      <h2 id="units-admin-title" className="panel-title">
        Units and aliases
      </h2>
      <p className="muted small">
        Comma-separated, up to {UNIT_ALIAS_LIMITS.maxAliases} per unit, each at most{' '}
        {UNIT_ALIAS_LIMITS.maxLength} characters.
      </p>
      {query.isPending && <p className="muted">Loading units…</p>}
      {query.isError && (
        <p role="alert" className="form-error">
          Could not load units: {query.error.message}
        </p>
      )}
      <ul className="alias-list">
        {query.data?.map((unit) => (
          <UnitRow key={`${unit.facility}-${unit.code}`} unit={unit} />
        ))}
      </ul>
    </section>
  );
}
