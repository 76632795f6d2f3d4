import { describe, expect, it } from '@jest/globals';
import { CHANNELS, SERVICE_TOPICS } from '@auscult/contracts';
import { toIngestItem } from '@auscult/connectors';
import { DemoComposer, SCENARIOS, type DemoItem } from './compose.js';
import { DEMO_UNITS } from './fragments/scenario.js';
import { UNIT_PHRASES } from './fragments/voices.js';
import { seededRandom } from './random.js';
import { fill } from './template.js';

const NOW = new Date('2026-11-23T12:00:00Z');

function stream(seed: number, count: number): DemoItem[] {
  const composer = new DemoComposer(seededRandom(seed), 'run1');
  return Array.from({ length: count }, () => composer.compose(NOW));
}

describe('DemoComposer', () => {
  const items = stream(42, 1500);

  it('replays the same stream for the same seed', () => {
    expect(stream(7, 30).map((demo) => demo.item)).toEqual(stream(7, 30).map((demo) => demo.item));
  });

  it('gives every item a unique externalId made of source, run id and counter', () => {
    const ids = items.map((demo) => demo.item.externalId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(items[0].item.externalId).toBe(`${items[0].item.source}-run1-1`);
  });

  it('only writes items the ingest API accepts', () => {
    const problems = items.map((demo) => toIngestItem({ ...demo.item })).filter((result) => !result.ok);
    expect(problems).toEqual([]);
  });

  it('leaves no template syntax in the text', () => {
    expect(items.filter((demo) => /[{}[\]|]/.test(demo.item.text)).map((demo) => demo.item.text)).toEqual([]);
  });

  it('covers every kind, every person-to-hospital channel and every unit', () => {
    expect(new Set(items.map((demo) => demo.scenario.kind))).toEqual(
      new Set(['care_need', 'service_complaint', 'praise', 'other']),
    );
    expect(new Set(items.map((demo) => demo.item.channel))).toEqual(
      new Set(CHANNELS.filter((channel) => channel !== 'import')),
    );
    expect(new Set(items.flatMap((demo) => (demo.item.unit ? [demo.item.unit] : [])))).toEqual(
      new Set(DEMO_UNITS),
    );
  });

  it('names units in the text, in the field, in both or in neither', () => {
    const inText = (demo: DemoItem): boolean =>
      Object.values(UNIT_PHRASES).some((phrases) =>
        phrases.some((phrase) => demo.item.text.includes(phrase)),
      );
    const shapes = new Set(items.map((demo) => `${inText(demo)}/${demo.item.unit !== undefined}`));
    expect(shapes).toEqual(new Set(['true/true', 'true/false', 'false/true', 'false/false']));
  });

  it('sends a few critical care needs among many high and normal ones', () => {
    const care = items.filter((demo) => demo.scenario.kind === 'care_need');
    const critical = care.filter((demo) => demo.scenario.urgency === 'critical').length;
    expect(critical).toBeGreaterThan(0);
    expect(critical / items.length).toBeLessThan(0.1);
    expect(care.length - critical).toBeGreaterThan(critical * 3);
  });

  it('complains about every service topic of the demo brief', () => {
    const topics = new Set(
      items.filter((demo) => demo.scenario.kind === 'service_complaint').map((demo) => demo.scenario.topic),
    );
    for (const topic of SERVICE_TOPICS.filter((topic) => topic !== 'facilities'))
      expect(topics).toContain(topic);
  });

  it('keeps social posts within 280 characters', () => {
    expect(items.filter((demo) => demo.channel === 'social' && demo.item.text.length > 280)).toEqual([]);
  });

  it('rarely repeats a text', () => {
    const texts = items.map((demo) => demo.item.text);
    expect(new Set(texts).size / texts.length).toBeGreaterThan(0.8);
  });

  it('makes a burst of one channel', () => {
    const burst = new DemoComposer(seededRandom(3), 'run1').burst(NOW, 12);
    expect(burst).toHaveLength(12);
    expect(new Set(burst.map((demo) => demo.channel)).size).toBe(1);
  });

  it('uses the postedAt it is given', () => {
    const postedAt = new Date('2026-11-23T03:00:00Z');
    expect(new DemoComposer(seededRandom(1), 'r').compose(NOW, { postedAt }).item.postedAt).toBe(
      postedAt.toISOString(),
    );
  });
});

describe('fragments', () => {
  const vars = {
    rel: 'my mum',
    Rel: 'My mum',
    sub: 'she',
    Sub: 'She',
    obj: 'her',
    pos: 'her',
    ward: 'ICU',
    hours: '3',
    mins: '20',
    since: '6am',
    late: '4pm',
    bed: 'bed 3',
    staff: 'Jo',
    day: 'Monday',
    amount: '£7',
    hospital: 'H',
  };

  it('fill with the variables the composer provides', () => {
    for (const scenario of SCENARIOS)
      for (const line of [...scenario.lines, ...(scenario.more ?? [])])
        expect(() => fill(line, vars, seededRandom(1))).not.toThrow();
  });

  it('name a unit only where the scenario has one', () => {
    const unitless = SCENARIOS.filter((scenario) => scenario.units.length === 0);
    expect(unitless.flatMap((scenario) => scenario.lines.filter((line) => line.includes('{ward}')))).toEqual(
      [],
    );
  });
});
