import { lazy, Suspense, type ReactNode } from 'react';
import { LoginPage } from './auth/login-page';
import { useSession, useSignedIn } from './auth/session-context';
import { AlertBar } from './alerts/alert-bar';
import { CareBoard } from './care-board/care-board';
import { Inbox } from './inbox/inbox';
import { ItemPanel } from './item/item-panel';
import { usePresenceSync } from './presence/use-presence';
import { LiveProvider, useLive } from './live/live-context';
import type { LiveStatus } from './live/use-live-updates';
import { routeHref, useRoute, type AdminSection, type ViewName } from './ui/hash-route';
import { ROLE_LABELS } from './ui/labels';
import { ROLE_VIEWS, VIEW_LABELS, viewFor } from './ui/role-views';

// Recharts is most of the bundle: load it only for the views that chart.
const TrendsView = lazy(() => import('./trends/trends-view').then((m) => ({ default: m.TrendsView })));
const AdminView = lazy(() => import('./admin/admin-view').then((m) => ({ default: m.AdminView })));

const LIVE_STATUS_TEXT: Record<LiveStatus, string> = {
  connecting: 'Connecting…',
  live: 'Live',
  offline: 'Offline, reconnecting…',
};

function LiveStatusText() {
  const { status } = useLive();
  return (
    <span className={`live-status live-${status}`} role="status">
      {LIVE_STATUS_TEXT[status]}
    </span>
  );
}

/** Mounted once inside the live provider: keeps who-is-on-which-item current for every view. */
function PresenceSync() {
  usePresenceSync();
  return null;
}

function ViewTabs({ current }: { current: ViewName }) {
  const { user } = useSignedIn();
  const views = ROLE_VIEWS[user.role];
  if (views.length < 2) return null;
  return (
    <nav aria-label="Views" className="view-tabs">
      {views.map((view) => (
        <a
          key={view}
          href={routeHref({ view, itemId: null })}
          aria-current={view === current ? 'page' : undefined}
        >
          {VIEW_LABELS[view]}
        </a>
      ))}
    </nav>
  );
}

/** A list on the left, the open item on the right. */
function WithItemPanel({ list, openId }: { list: ReactNode; openId: string | null }) {
  return (
    <main className="workspace">
      {list}
      <div className="side">
        {openId ? (
          <ItemPanel key={openId} id={openId} />
        ) : (
          <p className="muted empty-panel">Select an item to see why it was classified as it was.</p>
        )}
      </div>
    </main>
  );
}

function CurrentView({
  view,
  openId,
  section,
}: {
  view: ViewName;
  openId: string | null;
  section: AdminSection | null;
}) {
  switch (view) {
    case 'board':
      return <WithItemPanel list={<CareBoard openId={openId} />} openId={openId} />;
    case 'inbox':
      return <WithItemPanel list={<Inbox openId={openId} />} openId={openId} />;
    case 'trends':
      return (
        <Suspense fallback={<p className="muted pad">Loading trends…</p>}>
          <TrendsView />
        </Suspense>
      );
    case 'admin':
      return (
        <Suspense fallback={<p className="muted pad">Loading…</p>}>
          <AdminView section={section} />
        </Suspense>
      );
  }
}

function Dashboard() {
  const { accessToken, user, signOut, refresh } = useSignedIn();
  const route = useRoute();
  const view = viewFor(user.role, route.view);

  return (
    <LiveProvider token={accessToken} onUnauthorised={signOut} onTokenExpired={refresh}>
      <div className="app">
        <header className="topbar">
          <h1>Auscult</h1>
          <LiveStatusText />
          <ViewTabs current={view} />
          <span className="spacer" />
          <span className="user">
            {user.name} · {ROLE_LABELS[user.role]}
            {user.units.length > 0 && ` · ${user.units.join(', ')}`}
          </span>
          <button type="button" onClick={() => signOut('logout')}>
            Sign out
          </button>
        </header>
        <PresenceSync />
        <AlertBar />
        <CurrentView view={view} openId={route.itemId} section={route.section ?? null} />
      </div>
    </LiveProvider>
  );
}

export function App() {
  const { session } = useSession();
  return session ? <Dashboard /> : <LoginPage />;
}
