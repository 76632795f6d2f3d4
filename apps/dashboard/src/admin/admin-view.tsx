import { lazy, Suspense } from 'react';
import { routeHref, type AdminSection } from '../ui/hash-route';
import { FacilitySettingsEditor } from './facility-settings';
import { SlaPolicyEditor } from './sla-policy-editor';
import { SlaReportView } from './sla-report';
import { UnitAliases } from './unit-aliases';
import './admin.css';

const UsersPageScreen = lazy(() =>
  import('./users/users-page').then((m) => ({ default: m.UsersPageScreen })),
);
const AuditPageScreen = lazy(() =>
  import('./audit/audit-page').then((m) => ({ default: m.AuditPageScreen })),
);
const ConnectorsAdmin = lazy(() =>
  import('./connectors/connectors-admin').then((m) => ({ default: m.ConnectorsAdmin })),
);

const SECTION_LABELS: Record<'policy' | AdminSection, string> = {
  policy: 'SLA and units',
  users: 'People and keys',
  audit: 'Audit trail',
  connectors: 'Connectors',
};

function AdminTabs({ current }: { current: AdminSection | null }) {
  return (
    <nav aria-label="Admin pages" className="view-tabs admin-tabs">
      {(Object.keys(SECTION_LABELS) as ('policy' | AdminSection)[]).map((key) => {
        const section = key === 'policy' ? null : key;
        return (
          <a
            key={key}
            href={routeHref({ view: 'admin', itemId: null, section })}
            aria-current={section === current ? 'page' : undefined}
          >
            {SECTION_LABELS[key]}
          </a>
        );
      })}
    </nav>
  );
}

/** Admin screens: SLA policy and report, units and their aliases; people and keys; audit trail; connectors. */
export function AdminView({ section }: { section: AdminSection | null }) {
  return (
    <main className="trends-view admin-view">
      <AdminTabs current={section} />
      {section ? (
        <Suspense fallback={<p className="muted">Loading…</p>}>
          {section === 'users' && <UsersPageScreen />}
          {section === 'audit' && <AuditPageScreen />}
          {section === 'connectors' && <ConnectorsAdmin />}
        </Suspense>
      ) : (
        <div className="admin-grid">
          <SlaPolicyEditor />
          <UnitAliases />
          <FacilitySettingsEditor />
          <div className="wide">
            <SlaReportView />
          </div>
        </div>
      )}
    </main>
  );
}
