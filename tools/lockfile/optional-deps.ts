// Finds optional dependencies that package-lock.json names but does not contain, and the
// placeholder entries that make `npm ci` accept such a lock (see STACK-NOTES, "the lockfile trap").

export interface LockEntry {
  version?: string;
  dev?: boolean;
  optional?: boolean;
  devOptional?: boolean;
  optionalDependencies?: Record<string, string>;
  [key: string]: unknown;
}

export interface Lockfile {
  packages: Record<string, LockEntry>;
  [key: string]: unknown;
}

export interface MissingOptional {
  parent: string;
  name: string;
  spec: string;
  /** Where the placeholder goes in `packages`. */
  location: string;
  entry: LockEntry;
}

/** Node's lookup: the parent's own node_modules, then each enclosing node_modules up to the root. */
function resolves(packages: Record<string, LockEntry>, parent: string, name: string): boolean {
  let base = parent;
  for (;;) {
    if (packages[`${base ? `${base}/` : ''}node_modules/${name}`]) return true;
    if (!base) return false;
    const cut = base.lastIndexOf('/node_modules/');
    base = cut < 0 ? '' : base.slice(0, cut);
  }
}

/** The lowest version a spec like `1.2.3`, `^1.2.3` or `>=1.2.3 <2` admits; npm only checks it satisfies. */
function lowestVersion(spec: string): string {
  const match = /\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?/.exec(spec);
  if (!match) {
    throw new Error(
      `Cannot derive a version from the optional dependency spec "${spec}"; add its entry by hand.`,
    );
  }
  return match[0];
}

export function findMissingOptionals(lock: Lockfile): MissingOptional[] {
  const missing: MissingOptional[] = [];
  for (const [parent, meta] of Object.entries(lock.packages)) {
    for (const [name, spec] of Object.entries(meta.optionalDependencies ?? {})) {
      if (resolves(lock.packages, parent, name)) continue;
      const hoisted = `node_modules/${name}`;
      // Hoist like npm does, unless another placeholder for a different version already sits there.
      const taken = missing.some((m) => m.location === hoisted && m.spec !== spec);
      const location = taken ? `${parent}/node_modules/${name}` : hoisted;
      if (missing.some((m) => m.location === location)) continue;
      // Key order as npm writes it (version, dev, optional), so a later `npm install` leaves it alone.
      const entry: LockEntry = meta.dev
        ? { version: lowestVersion(spec), dev: true, optional: true }
        : { version: lowestVersion(spec), optional: true };
      missing.push({ parent, name, spec, location, entry });
    }
  }
  return missing;
}

/** Returns a copy of the lock with placeholders added, keys kept in npm's sorted order. */
export function withPlaceholders(lock: Lockfile, missing: MissingOptional[]): Lockfile {
  const merged: Record<string, LockEntry> = { ...lock.packages };
  for (const m of missing) merged[m.location] = m.entry;
  const [rootKey, ...rest] = Object.keys(merged).sort((a, b) =>
    a === '' ? -1 : b === '' ? 1 : a.localeCompare(b, 'en'),
  );
  const packages: Record<string, LockEntry> = {};
  for (const key of [rootKey, ...rest]) if (key !== undefined) packages[key] = merged[key] as LockEntry;
  return { ...lock, packages };
}
