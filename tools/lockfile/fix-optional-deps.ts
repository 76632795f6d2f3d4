// `npm run lockfile:fix` adds placeholders for optional platform binaries the registry here
// does not serve, so `npm ci` accepts the lock; `npm run lockfile:check` fails while any is missing.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findMissingOptionals, withPlaceholders, type Lockfile } from './optional-deps.js';

const lockPath = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../package-lock.json');
const checkOnly = process.argv.includes('--check');

const lock = JSON.parse(readFileSync(lockPath, 'utf8')) as Lockfile;
const missing = findMissingOptionals(lock);

if (missing.length === 0) {
  console.log('package-lock.json: every optional dependency has an entry.');
} else if (checkOnly) {
  console.error(`package-lock.json lacks ${missing.length} optional dependencies (npm ci will refuse it):`);
  for (const m of missing) console.error(`  ${m.name}@${m.spec} (optional dependency of ${m.parent})`);
  console.error('Run `npm run lockfile:fix` and commit package-lock.json.');
  process.exitCode = 1;
} else {
  // Sorted keys and a 2-space indent match npm's own output, so the diff holds only the placeholders.
  writeFileSync(lockPath, `${JSON.stringify(withPlaceholders(lock, missing), null, 2)}\n`);
  console.log(`package-lock.json: added ${missing.length} placeholder entries for optional dependencies:`);
  for (const m of missing) console.log(`  ${m.location} ${m.entry.version}${m.entry.dev ? ' (dev)' : ''}`);
}
