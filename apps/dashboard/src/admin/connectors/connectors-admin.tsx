import { ConnectorHealthTable } from './connector-health-table';
import { RejectedItemsList } from './rejected-items-list';
import { UnitQrPrint } from './unit-qr-print';
import './connectors-admin.css';

/** The admin's view of every source: health and alerts, rejected payloads with replay, unit QR codes. */
export function ConnectorsAdmin() {
  return (
    <main className="admin-connectors">
      <p>
        <a href="#">← Back to the inbox</a>
      </p>
      <ConnectorHealthTable />
      <RejectedItemsList />
      <UnitQrPrint />
    </main>
  );
}
