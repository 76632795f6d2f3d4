import type { Role } from '@auscult/contracts';

/** Demo mode's facility, units and people (public contract: listed in the README). Never seeded in production. */
export const DEMO_FACILITY = 'auscult-general';
export const DEMO_PASSWORD = 'auscult-demo';
export const DEMO_INGEST_KEY = 'demo-ingest-key';

export const DEMO_UNITS = [
  { code: '4B', name: 'Ward 4B (medical)', aliases: ['ward 4b', '4b', '4 b', 'medical ward'] },
  { code: 'ICU', name: 'Intensive care', aliases: ['icu', 'intensive care', 'itu', 'critical care'] },
  {
    code: 'ED',
    name: 'Emergency department',
    aliases: ['ed', 'a&e', 'a & e', 'er', 'emergency department', 'emergency room', 'casualty'],
  },
  {
    code: 'MAT',
    name: 'Maternity',
    aliases: ['maternity', 'labour ward', 'labor ward', 'delivery suite', 'postnatal ward'],
  },
] as const;

export const DEMO_USERS: { email: string; name: string; role: Role; units: string[] }[] = [
  { email: 'px@auscult.local', name: 'Pat Experience', role: 'px', units: [] },
  { email: 'nurse.4b@auscult.local', name: 'Nina Ward', role: 'nurse', units: ['4B'] },
  { email: 'charge.4b@auscult.local', name: 'Charlie Charge', role: 'charge_nurse', units: ['4B'] },
  { email: 'nurse.icu@auscult.local', name: 'Ian Care', role: 'nurse', units: ['ICU'] },
  { email: 'exec@auscult.local', name: 'Erin Exec', role: 'executive', units: [] },
  { email: 'admin@auscult.local', name: 'Ada Admin', role: 'admin', units: [] },
  // Issue 4: a PX team to share complaints (auto-assignment, presence), and a charge nurse and a
  // nurse on every unit, so every board and every escalation has someone to reach.
  { email: 'px.2@auscult.local', name: 'Priya Team', role: 'px', units: [] },
  { email: 'px.3@auscult.local', name: 'Paul Team', role: 'px', units: [] },
  { email: 'charge.icu@auscult.local', name: 'Cora Intensive', role: 'charge_nurse', units: ['ICU'] },
  { email: 'nurse.ed@auscult.local', name: 'Ed Triage', role: 'nurse', units: ['ED'] },
  { email: 'charge.ed@auscult.local', name: 'Chris Emergency', role: 'charge_nurse', units: ['ED'] },
  { email: 'nurse.mat@auscult.local', name: 'Maya Midwife', role: 'nurse', units: ['MAT'] },
  { email: 'charge.mat@auscult.local', name: 'Martha Maternity', role: 'charge_nurse', units: ['MAT'] },
];
