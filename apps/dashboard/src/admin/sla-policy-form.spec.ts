import { describe, expect, it } from '@jest/globals';
import { checkPolicy, describeMinutes, type PolicyValues } from './sla-policy-form';

const values: PolicyValues = { critical: '5', high: '15', normal: '60', low: '240', service: '1440' };

describe('checkPolicy', () => {
  it('turns the fields into the update the API takes', () => {
    expect(checkPolicy(null, values)).toEqual({
      ok: true,
      update: {
        facility: null,
        careNeedMinutes: { critical: 5, high: 15, normal: 60, low: 240 },
        serviceComplaintMinutes: 1440,
      },
    });
  });

  it('names every field that is not a whole number of minutes in range', () => {
    expect(
      checkPolicy('auscult-general', { ...values, critical: '0', high: '2.5', service: 'soon' }),
    ).toEqual({
      ok: false,
      errors: {
        critical: 'must be between 1 and 43200 minutes',
        high: 'must be a whole number of minutes',
        service: 'must be a whole number of minutes',
      },
    });
  });
});

describe('describeMinutes', () => {
  it('reads minutes as days, hours and minutes', () => {
    expect(describeMinutes(5)).toBe('5 min');
    expect(describeMinutes(90)).toBe('1 h 30 min');
    expect(describeMinutes(1440)).toBe('1 d');
    expect(describeMinutes(0)).toBe('');
  });
});
