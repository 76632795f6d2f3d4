import { useId, useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FacilitySettings, FacilitySettingsUpdate } from '@auscult/contracts';
import { apiRequest } from '../auth/api-client';
import { useSignedIn } from '../auth/session-context';

const settingsKey = ['facilities', 'settings'] as const;
/** The API's bounds for the per-person cap (FacilitySettingsDto). */
export const OPEN_ITEM_CAP_RANGE = { min: 1, max: 1000 } as const;

/** The cap as typed, or why it cannot be saved. */
export function parseCap(text: string): { cap: number } | { error: string } {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return { error: 'Enter a whole number of open items.' };
  const cap = Number(trimmed);
  const { min, max } = OPEN_ITEM_CAP_RANGE;
  return cap < min || cap > max ? { error: `Between ${min} and ${max} open items.` } : { cap };
}

function FacilityRow({ settings }: { settings: FacilitySettings }) {
  const { accessToken } = useSignedIn();
  const queryClient = useQueryClient();
  const id = useId();
  const [autoAssign, setAutoAssign] = useState(settings.autoAssign);
  const [capText, setCapText] = useState(String(settings.openItemCap));
  const parsed = parseCap(capText);
  const save = useMutation({
    mutationFn: (update: FacilitySettingsUpdate) =>
      apiRequest<FacilitySettings>(`/api/v1/facilities/${encodeURIComponent(settings.facility)}/settings`, {
        method: 'PUT',
        token: accessToken,
        body: update,
      }),
    onSuccess: (saved) =>
      queryClient.setQueryData<FacilitySettings[]>(settingsKey, (all) =>
        all?.map((s) => (s.facility === saved.facility ? saved : s)),
      ),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if ('cap' in parsed) save.mutate({ autoAssign, openItemCap: parsed.cap });
  }
  const edited = () => save.reset();

  return (
    <li>
      <form className="alias-form" onSubmit={submit} aria-label={`Auto-assignment at ${settings.facility}`}>
        <strong>{settings.facility}</strong>
        <label>
          <input
            type="checkbox"
            checked={autoAssign}
            onChange={(e) => {
              edited();
              setAutoAssign(e.target.checked);
            }}
          />{' '}
          Auto-assign new complaints
        </label>
        <label htmlFor={id}>Open items per person</label>
        <input
          id={id}
          inputMode="numeric"
          size={5}
          value={capText}
          aria-invalid={'error' in parsed}
          aria-describedby={`${id}-hint`}
          onChange={(e) => {
            edited();
            setCapText(e.target.value);
          }}
        />
        <button type="submit" disabled={save.isPending || 'error' in parsed}>
          {save.isPending ? 'Saving…' : 'Save'}
        </button>
        <span
          id={`${id}-hint`}
          className="small"
          role={save.isError || 'error' in parsed ? 'alert' : 'status'}
        >
          {'error' in parsed && <span className="form-error">{parsed.error}</span>}
          {save.isError && <span className="form-error">{save.error.message}</span>}
          {save.isSuccess && 'Saved; applies to the next new complaint.'}
        </span>
      </form>
    </li>
  );
}

/**
 * Fair auto-assignment per facility: new service complaints go in turn to the PX members online,
 * skipping anyone who already holds the cap of open items.
 */
export function FacilitySettingsEditor() {
  const { accessToken } = useSignedIn();
  const query = useQuery({
    queryKey: settingsKey,
    queryFn: ({ signal }) =>
      apiRequest<FacilitySettings[]>('/api/v1/facilities/settings', { token: accessToken, signal }),
  });
  return (
    <section className="trends" aria-labelledby="auto-assign-title">
      <h2 id="auto-assign-title" className="panel-title">
        Auto-assignment
      </h2>
      <p className="muted small">
        New service complaints go in turn to the PX team members who are online and hold fewer open items than
        the cap; when nobody is free they stay unassigned.
      </p>
      {query.isPending && <p className="muted">Loading settings…</p>}
      {query.isError && (
        <p role="alert" className="form-error">
          Could not load the settings: {query.error.message}
        </p>
      )}
      {query.data?.length === 0 && <p className="muted">No facility yet.</p>}
      <ul className="alias-list">
        {query.data?.map((s) => (
          <FacilityRow key={s.facility} settings={s} />
        ))}
      </ul>
    </section>
  );
}
