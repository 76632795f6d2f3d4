import { useId, useState, type FormEvent } from 'react';
import type { SlaPolicy } from '@auscult/contracts';
import { formatDateTime, URGENCY_LABELS } from '../ui/labels';
import {
  checkPolicy,
  describeMinutes,
  POLICY_FIELDS,
  valuesOf,
  type PolicyField,
  type PolicyValues,
} from './sla-policy-form';
import { useSaveSlaPolicy, useSlaPolicies } from './use-admin';

const FIELD_LABELS: Record<PolicyField, string> = {
  ...URGENCY_LABELS,
  critical: 'Critical care need',
  high: 'High care need',
  normal: 'Normal care need',
  low: 'Low care need',
  service: 'Service complaint',
};

function PolicyForm({ policy }: { policy: SlaPolicy }) {
  const id = useId();
  const [values, setValues] = useState<PolicyValues>(() => valuesOf(policy));
  const [errors, setErrors] = useState<Partial<Record<PolicyField, string>>>({});
  const save = useSaveSlaPolicy();

  function submit(event: FormEvent) {
    event.preventDefault();
    const check = checkPolicy(policy.facility, values);
    setErrors(check.ok ? {} : check.errors);
    if (check.ok) save.mutate(check.update);
  }

  return (
    <form
      onSubmit={submit}
      aria-label={`SLA policy ${policy.facility ?? 'for every facility'}`}
      className="admin-form"
    >
      <p className="muted small">
        Minutes until an item must be acknowledged. A warning shows at 80 % of the time; an unclaimed care
        need escalates when its time is up. New items take the policy in force when they arrive.
      </p>
      {POLICY_FIELDS.map((field) => (
        <div key={field} className="admin-field">
          <label htmlFor={`${id}-${field}`}>{FIELD_LABELS[field]}</label>
          <input
            id={`${id}-${field}`}
            inputMode="numeric"
            value={values[field]}
            aria-invalid={errors[field] ? true : undefined}
            aria-describedby={`${id}-${field}-hint`}
            onChange={(e) => {
              save.reset();
              setValues({ ...values, [field]: e.target.value });
            }}
          />
          <span id={`${id}-${field}-hint`} className={errors[field] ? 'form-error small' : 'muted small'}>
            {errors[field] ?? describeMinutes(Number(values[field]))}
          </span>
        </div>
      ))}
      <div className="form-buttons">
        <button type="submit" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Save policy'}
        </button>
        {save.isSuccess && <span role="status">Saved. New items take these times.</span>}
        {save.isError && (
          <span role="alert" className="form-error">
            Could not save: {save.error.message}
          </span>
        )}
      </div>
      <p className="muted small">
        Last changed {formatDateTime(policy.updatedAt)}
        {policy.updatedBy ? ` by ${policy.updatedBy}` : ' (built-in defaults)'}.
      </p>
    </form>
  );
}

/** Admins edit the SLA policy: the global one, and a facility's own where one exists. */
export function SlaPolicyEditor() {
  const query = useSlaPolicies();
  const [facility, setFacility] = useState<string>('');
  const policies = query.data ?? [];
  const policy = policies.find((p) => (p.facility ?? '') === facility) ?? policies[0];

  return (
    <section className="trends" aria-labelledby="sla-policy-title">
      <div className="section-head">
        <h2 id="sla-policy-title">SLA policy</h2>
        {policies.length > 1 && (
          <label className="small">
            Facility{' '}
            <select value={facility} onChange={(e) => setFacility(e.target.value)}>
              {policies.map((p) => (
                <option key={p.facility ?? ''} value={p.facility ?? ''}>
                  {p.facility ?? 'Every facility'}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {query.isPending && <p className="muted">Loading the policy…</p>}
      {query.isError && (
        <p role="alert" className="form-error">
          Could not load the policy: {query.error.message}
        </p>
      )}
      {/* Keyed by facility only: a save refetches the policy, and the form must keep its "Saved" note. */}
      {policy && <PolicyForm key={policy.facility ?? ''} policy={policy} />}
    </section>
  );
}
