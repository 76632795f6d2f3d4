// `npm run db:migrate`: applies pending migrations to DATABASE_URL.
import { runMigrations } from '../data-source.js';
import { requireDatabaseUrl } from './database-url.js';

const ran = await runMigrations(requireDatabaseUrl());
console.log(ran.length ? `migrations applied: ${ran.join(', ')}` : 'migrations: schema is up to date');
