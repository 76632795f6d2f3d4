import { SlaPolicyEditor } from './sla-policy-editor';
import { SlaReportView } from './sla-report';
import { UnitAliases } from './unit-aliases';
import './admin.css';

/** Admin screens: the SLA policy, the SLA report, units and their routing aliases. */
export function AdminView() {
  return (
    <main className="trends-view admin-view">
      <div className="admin-grid">
        <SlaPolicyEditor />
        <UnitAliases />
        <div className="wide">
          <SlaReportView />
        </div>
      </div>
    </main>
  );
}
