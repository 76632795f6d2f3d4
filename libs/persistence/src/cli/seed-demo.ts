// `npm run db:seed`: the demo facility, units, users and ingest key (demo mode only).
import { createDataSource } from '../data-source.js';
import { seedDemo } from '../demo/seed-demo.js';
import { requireDatabaseUrl } from './database-url.js';

if (process.env.NODE_ENV === 'production') {
  console.error('refusing to seed demo users with NODE_ENV=production');
  process.exit(1);
}
const ds = createDataSource({ url: requireDatabaseUrl(), poolSize: 1, applicationName: 'auscult-seed' });
await ds.initialize();
try {
  await seedDemo(ds);
  console.log('demo data seeded: units 4B, ICU, ED, MAT; six demo users; ingest key demo-ingest-key');
} finally {
  await ds.destroy();
}
