import { describe, expect, it } from '@jest/globals';
import { claimAt, claimValues, knownUnits, mapRole, unknownMappedRoles } from './oidc-claims.js';

const MAP = { Nursing: 'nurse', ChargeNurse: 'charge_nurse', Exec: 'executive', AuscultAdmin: 'admin' };

describe('claim values', () => {
  it('reads arrays, single strings and separated strings, and drops what is not a string', () => {
    expect(claimValues(['Nursing', 3, '', 'Exec'])).toEqual(['Nursing', 'Exec']);
    expect(claimValues('Nursing')).toEqual(['Nursing']);
    expect(claimValues('Nursing, Exec  AuscultAdmin')).toEqual(['Nursing', 'Exec', 'AuscultAdmin']);
    expect(claimValues(undefined)).toEqual([]);
    expect(claimValues({ Nursing: true })).toEqual([]);
  });
});

describe('claim lookup', () => {
  it('reads a claim by name, or by a dotted path into nested claims', () => {
    const claims = { roles: ['Nursing'], realm_access: { roles: ['Exec'] }, 'x.y': 1 };
    expect(claimAt(claims, 'roles')).toEqual(['Nursing']);
    expect(claimAt(claims, 'realm_access.roles')).toEqual(['Exec']);
    expect(claimAt(claims, 'x.y')).toBe(1);
    expect(claimAt(claims, 'realm_access.missing.roles')).toBeUndefined();
    expect(claimAt(claims, 'roles.constructor')).toBeUndefined();
  });
});

describe('role mapping', () => {
  it('takes the first value the map knows, in the claim order', () => {
    expect(mapRole(['Staff', 'Exec', 'Nursing'], MAP)).toBe('executive');
    expect(mapRole(['Nursing', 'Exec'], MAP)).toBe('nurse');
  });

  it('gives null when no value maps, and ignores inherited keys', () => {
    expect(mapRole(['Staff', 'Radiology'], MAP)).toBeNull();
    expect(mapRole(['constructor', 'toString'], MAP)).toBeNull();
    expect(mapRole([], MAP)).toBeNull();
  });

  it('never yields a role Auscult does not have', () => {
    expect(mapRole(['Lead'], { Lead: 'px_lead' })).toBeNull();
    expect(unknownMappedRoles({ ...MAP, Lead: 'px_lead' })).toEqual(['px_lead']);
  });
});

describe('unit validation', () => {
  it('keeps known units by their stored code and reports the others', () => {
    expect(knownUnits(['4b', 'ICU', 'Mars', '4B'], ['4B', 'ICU', 'ED'])).toEqual({
      known: ['4B', 'ICU'],
      unknown: ['Mars'],
    });
  });
});
