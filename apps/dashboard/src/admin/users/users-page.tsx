import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import {
  ROLES,
  type AdminUserView,
  type CreatedIngestKey,
  type IngestKeyView,
  type Role,
} from '@auscult/contracts';
import { apiRequest } from '../../auth/api-client';
import { useSignedIn } from '../../auth/session-context';
import { formatDateTime, ROLE_LABELS } from '../../ui/labels';
import { parseUnits } from './users-route';

const USERS_KEY = ['admin-users'] as const;
const KEYS_KEY = ['admin-ingest-keys'] as const;

/** Admins manage people (roles, units, deactivation) and ingest keys; every change is audited by the API. */
export function UsersPageScreen() {
  return (
    <section className="admin-users pad" aria-labelledby="users-title">
      <h2 id="users-title">People</h2>
      <CreateUserForm />
      <UsersTable />
      <h2 id="keys-title">Ingest keys</h2>
      <IngestKeys />
    </section>
  );
}

function useAdminMutation<T>(invalidate: readonly string[], fn: (token: string) => Promise<T>) {
  const { accessToken } = useSignedIn();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => fn(accessToken),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: invalidate }),
  });
}

function CreateUserForm() {
  const [form, setForm] = useState({ email: '', name: '', role: 'nurse' as Role, units: '', password: '' });
  const create = useAdminMutation(USERS_KEY, (token) =>
    apiRequest<AdminUserView>('/api/v1/admin/users', {
      method: 'POST',
      token,
      body: {
        email: form.email,
        name: form.name,
        role: form.role,
        units: parseUnits(form.units),
        ...(form.password ? { password: form.password } : {}),
      },
    }),
  );
  const set = (key: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm({ ...form, [key]: e.target.value });
  function submit(e: FormEvent) {
    e.preventDefault();
    create.mutate(undefined, { onSuccess: () => setForm({ ...form, email: '', name: '', password: '' }) });
  }
  return (
    <form className="admin-form" onSubmit={submit} aria-label="Add a person">
      <label>
        Email <input type="email" required value={form.email} onChange={set('email')} />
      </label>
      <label>
        Name <input required value={form.name} onChange={set('name')} />
      </label>
      <label>
        Role{' '}
        <select value={form.role} onChange={set('role')}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABELS[r]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Units <input value={form.units} onChange={set('units')} placeholder="4B, ICU" />
      </label>
      <label>
        Password{' '}
        <input
          type="password"
          autoComplete="new-password"
          minLength={12}
          value={form.password}
          onChange={set('password')}
          placeholder="empty: single sign-on only"
        />
      </label>
      <button type="submit" disabled={create.isPending}>
        Add person
      </button>
      {create.isError && (
        <p role="alert" className="form-error">
          {create.error.message}
        </p>
      )}
    </form>
  );
}

function UsersTable() {
  const { accessToken, user: me } = useSignedIn();
  const users = useQuery({
    queryKey: USERS_KEY,
    queryFn: ({ signal }) =>
      apiRequest<AdminUserView[]>('/api/v1/admin/users', { token: accessToken, signal }),
  });
  if (users.isPending) return <p className="muted">Loading people…</p>;
  if (users.isError) return <p role="alert">{users.error.message}</p>;
  return (
    <table className="admin-table">
      <thead>
        <tr>
          <th scope="col">Person</th>
          <th scope="col">Role and units</th>
          <th scope="col">Sign-in</th>
          <th scope="col">Status</th>
        </tr>
      </thead>
      <tbody>
        {users.data.map((u) => (
          <UserRow key={u.id} user={u} isMe={u.id === me.id} />
        ))}
      </tbody>
    </table>
  );
}

function UserRow({ user, isMe }: { user: AdminUserView; isMe: boolean }) {
  const [role, setRole] = useState<Role>(user.role);
  const [units, setUnits] = useState(user.units.join(', '));
  const save = useAdminMutation(USERS_KEY, (token) =>
    apiRequest<AdminUserView>(`/api/v1/admin/users/${user.id}`, {
      method: 'PATCH',
      token,
      body: { role, units: parseUnits(units) },
    }),
  );
  const toggle = useAdminMutation(USERS_KEY, (token) =>
    apiRequest<AdminUserView>(`/api/v1/admin/users/${user.id}/${user.isActive ? 'deactivate' : 'activate'}`, {
      method: 'POST',
      token,
    }),
  );
  const changed = role !== user.role || parseUnits(units).join() !== user.units.join();
  return (
    <tr className={user.isActive ? undefined : 'inactive'}>
      <td>
        {user.name}
        <br />
        <span className="muted">{user.email}</span>
      </td>
      <td>
        <label className="visually-hidden" htmlFor={`role-${user.id}`}>
          Role of {user.email}
        </label>
        <select id={`role-${user.id}`} value={role} onChange={(e) => setRole(e.target.value as Role)}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABELS[r]}
            </option>
          ))}
        </select>{' '}
        <input
          aria-label={`Units of ${user.email}`}
          value={units}
          onChange={(e) => setUnits(e.target.value)}
          size={10}
        />{' '}
        <button type="button" disabled={!changed || save.isPending} onClick={() => save.mutate()}>
          Save
        </button>
        {save.isError && (
          <span role="alert" className="form-error">
            {' '}
            {save.error.message}
          </span>
        )}
      </td>
      <td>{user.signIn === 'oidc' ? 'Hospital SSO' : 'Password'}</td>
      <td>
        {user.isActive ? 'Active' : 'Deactivated'}{' '}
        {!isMe && (
          <button type="button" disabled={toggle.isPending} onClick={() => toggle.mutate()}>
            {user.isActive ? 'Deactivate' : 'Activate'}
          </button>
        )}
      </td>
    </tr>
  );
}

function IngestKeys() {
  const { accessToken } = useSignedIn();
  const [name, setName] = useState('');
  const [shown, setShown] = useState<CreatedIngestKey | null>(null);
  const keys = useQuery({
    queryKey: KEYS_KEY,
    queryFn: ({ signal }) =>
      apiRequest<IngestKeyView[]>('/api/v1/admin/ingest-keys', { token: accessToken, signal }),
  });
  const create = useAdminMutation(KEYS_KEY, (token) =>
    apiRequest<CreatedIngestKey>('/api/v1/admin/ingest-keys', { method: 'POST', token, body: { name } }),
  );
  function submit(e: FormEvent) {
    e.preventDefault();
    create.mutate(undefined, {
      onSuccess: (key) => {
        setShown(key);
        setName('');
      },
    });
  }
  return (
    <>
      <form className="admin-form" onSubmit={submit} aria-label="Create an ingest key">
        <label>
          Source name{' '}
          <input
            required
            value={name}
            onChange={(e) => setName(e.target.value)}
            placeholder="survey-vendor"
          />
        </label>
        <button type="submit" disabled={create.isPending}>
          Create key
        </button>
        {create.isError && (
          <p role="alert" className="form-error">
            {create.error.message}
          </p>
        )}
      </form>
      {shown && (
        <div role="status" className="form-notice">
          Key for <strong>{shown.name}</strong>: <code>{shown.key}</code>
          <br />
          Copy it now: it is shown only once.{' '}
          <button type="button" onClick={() => setShown(null)}>
            Done
          </button>
        </div>
      )}
      <table className="admin-table" aria-labelledby="keys-title">
        <thead>
          <tr>
            <th scope="col">Source</th>
            <th scope="col">Created</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {keys.data?.map((k) => (
            <KeyRow key={k.id} ingestKey={k} />
          ))}
        </tbody>
      </table>
    </>
  );
}

function KeyRow({ ingestKey }: { ingestKey: IngestKeyView }) {
  const revoke = useAdminMutation(KEYS_KEY, (token) =>
    apiRequest<IngestKeyView>(`/api/v1/admin/ingest-keys/${ingestKey.id}/revoke`, { method: 'POST', token }),
  );
  return (
    <tr className={ingestKey.revokedAt ? 'inactive' : undefined}>
      <td>{ingestKey.name}</td>
      <td>{formatDateTime(ingestKey.createdAt)}</td>
      <td>
        {ingestKey.revokedAt ? (
          `Revoked ${formatDateTime(ingestKey.revokedAt)}`
        ) : (
          <button type="button" disabled={revoke.isPending} onClick={() => revoke.mutate()}>
            Revoke
          </button>
        )}
      </td>
    </tr>
  );
}
