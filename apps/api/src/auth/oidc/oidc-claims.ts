import { ROLES, type Role } from '@auscult/contracts';

/** A claim as a list of strings: IdPs send a single value, an array, or a space/comma-separated string. */
export function claimValues(value: unknown): string[] {
  if (typeof value === 'string')
    return value
      .split(/[\s,]+/)
      .map((v) => v.trim())
      .filter(Boolean);
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string' && v.length > 0);
  return [];
}

/**
 * A claim by name; a dotted name reaches into nested objects (Keycloak's `realm_access.roles`) when the
 * ID token has no claim of that exact name.
 */
export function claimAt(claims: Readonly<Record<string, unknown>>, name: string): unknown {
  if (Object.hasOwn(claims, name)) return claims[name];
  let value: unknown = claims;
  for (const key of name.split('.')) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** The role of the first claim value (in the IdP's order) that the map knows; null when none maps. */
export function mapRole(values: readonly string[], roleMap: Readonly<Record<string, string>>): Role | null {
  for (const value of values) {
    const role = Object.hasOwn(roleMap, value) ? roleMap[value] : undefined;
    if (role && isRole(role)) return role;
  }
  return null;
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** Role-map entries whose role is not an Auscult role: a configuration mistake, refused at start-up. */
export function unknownMappedRoles(roleMap: Readonly<Record<string, string>>): string[] {
  return Object.values(roleMap).filter((r) => !isRole(r));
}

/** Units of the claim that exist (case-insensitive on the code), as their stored codes, without repeats. */
export function knownUnits(
  values: readonly string[],
  unitCodes: readonly string[],
): { known: string[]; unknown: string[] } {
  const byLower = new Map(unitCodes.map((c) => [c.toLowerCase(), c]));
  const known = new Set<string>();
  const unknown: string[] = [];
  for (const v of values) {
    const code = byLower.get(v.toLowerCase());
    if (code) known.add(code);
    else unknown.push(v);
  }
  return { known: [...known], unknown };
}

/** Roles scoped to units: they need at least one known unit; the others carry none. */
export const UNIT_SCOPED_ROLES: readonly Role[] = ['nurse', 'charge_nurse'];
