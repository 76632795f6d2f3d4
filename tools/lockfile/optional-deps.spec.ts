import { describe, expect, it } from '@jest/globals';
import { findMissingOptionals, withPlaceholders, type Lockfile } from './optional-deps.js';

function lock(packages: Lockfile['packages']): Lockfile {
  return { name: 'x', lockfileVersion: 3, packages: { '': { name: 'x' }, ...packages } };
}

describe('findMissingOptionals', () => {
  it('lists optional dependencies the lock names but does not contain, marked dev when the parent is dev', () => {
    const missing = findMissingOptionals(
      lock({
        'node_modules/@swc/core': {
          version: '1.0.0',
          dev: true,
          optionalDependencies: { '@swc/core-darwin-arm64': '1.0.0' },
        },
        'node_modules/msgpackr-extract': {
          version: '3.0.0',
          optional: true,
          optionalDependencies: { 'm-darwin': '^3.0.7' },
        },
      }),
    );
    expect(missing.map((m) => [m.location, m.entry])).toEqual([
      ['node_modules/@swc/core-darwin-arm64', { version: '1.0.0', dev: true, optional: true }],
      ['node_modules/m-darwin', { version: '3.0.7', optional: true }],
    ]);
  });

  it('accepts an optional dependency installed in an enclosing node_modules', () => {
    const missing = findMissingOptionals(
      lock({
        'node_modules/a/node_modules/b': { version: '1.0.0', optionalDependencies: { c: '1.0.0' } },
        'node_modules/c': { version: '1.0.0' },
      }),
    );
    expect(missing).toEqual([]);
  });

  it('adds placeholders with the root entry first and the rest sorted', () => {
    const original = lock({ 'node_modules/z': { version: '1.0.0', optionalDependencies: { a: '2.0.0' } } });
    const fixed = withPlaceholders(original, findMissingOptionals(original));
    expect(Object.keys(fixed.packages)).toEqual(['', 'node_modules/a', 'node_modules/z']);
    expect(findMissingOptionals(fixed)).toEqual([]);
  });
});
