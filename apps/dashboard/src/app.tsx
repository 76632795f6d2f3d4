import { lazy, Suspense } from 'react';
import { AuditPageScreen } from './admin/audit/audit-page';
import { AUDIT_HREF, useIsAuditRoute } from './admin/audit/audit-route';
import { UsersPageScreen } from './admin/users/users-page';
import { USERS_HREF, useIsUsersRoute } from './admin/users/users-route';
import { LoginPage } from './auth/login-page';
import { useSession, useSignedIn } from './auth/session-context';
import { Inbox } from './inbox/inbox';
import { ItemPanel } from './item/item-panel';
import { useLiveUpdates, type LiveStatus } from './live/use-live-updates';
import { TREND_ROLES } from './trends/use-trends';
import { useOpenItemId } from './ui/hash-route';
import { ROLE_LABELS } from './ui/labels';

// Recharts is most of the bundle: load it beside the inbox instead of before it.
const TrendsChart = lazy(() => import('./trends/trends-chart').then((m) => ({ default: m.TrendsChart })));

const LIVE_STATUS_TEXT: Record<LiveStatus, string> = {
  connecting: 'Connecting…',
  live: 'Live',
  offline: 'Offline, reconnecting…',
};

function Dashboard() {
  const { accessToken, user, signOut, refresh } = useSignedIn();
  const liveStatus = useLiveUpdates(accessToken, signOut, refresh);
  const openId = useOpenItemId();
  const isAuditRoute = useIsAuditRoute() && user.role === 'admin';
  const isUsers = useIsUsersRoute() && user.role === 'admin';
  const isAudit = isAuditRoute || isUsers;

  return (
    <div className="app">
      <header className="topbar">
        <h1>Auscult</h1>
        <span className={`live-status live-${liveStatus}`} role="status">
          {LIVE_STATUS_TEXT[liveStatus]}
        </span>
        <span className="spacer" />
        {user.role === 'admin' && (
          <nav aria-label="Admin" className="admin-nav">
            {isAudit && <a href="#">Inbox</a>}
            {!isAuditRoute && <a href={AUDIT_HREF}>Audit trail</a>}
            {!isUsers && <a href={USERS_HREF}>People and keys</a>}
          </nav>
        )}
        <span className="user">
          {user.name} · {ROLE_LABELS[user.role]}
          {user.units.length > 0 && ` · ${user.units.join(', ')}`}
        </span>
        <button type="button" onClick={() => signOut('logout')}>
          Sign out
        </button>
      </header>
      {isAuditRoute && (
        <main>
          <AuditPageScreen />
        </main>
      )}
      {isUsers && (
        <main>
          <UsersPageScreen />
        </main>
      )}
      {/* Hidden, not unmounted, behind the audit screen: the inbox keeps its live state. */}
      <main className="workspace" hidden={isAudit}>
        <Inbox openId={openId} />
        <div className="side">
          {TREND_ROLES.includes(user.role) && (
            <Suspense fallback={<p className="muted">Loading trends…</p>}>
              <TrendsChart />
            </Suspense>
          )}
          {openId ? (
            <ItemPanel key={openId} id={openId} />
          ) : (
            <p className="muted empty-panel">Select an item to see why it was classified as it was.</p>
          )}
        </div>
      </main>
    </div>
  );
}

export function App() {
  const { session } = useSession();
  return session ? <Dashboard /> : <LoginPage />;
}
