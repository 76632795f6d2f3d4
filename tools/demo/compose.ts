// Composes demo items: picks what happens (scenario), where (unit), how it arrives (channel),
// and writes it from the hand-written fragments. Pure: all chance comes from the given Random.
import type { Channel, IngestItem } from '@auscult/contracts';
import { CARE } from './fragments/care.js';
import { CRITICAL_CARE } from './fragments/care-critical.js';
import { NOISE } from './fragments/noise.js';
import { PRAISE } from './fragments/praise.js';
import type { DemoUnit, Scenario } from './fragments/scenario.js';
import { SERVICE } from './fragments/service.js';
import * as voice from './fragments/voices.js';
import { frame, type Draft } from './channels.js';
import { between, chance, pick, pickWeighted, type Random } from './random.js';
import { capitalise, fill, type Vars } from './template.js';

export const SCENARIOS: readonly Scenario[] = [...CRITICAL_CARE, ...CARE, ...SERVICE, ...PRAISE, ...NOISE];

export type DemoChannel = Exclude<Channel, 'import'>;

/** How often each channel brings something in, relative to the others. */
const CHANNEL_WEIGHTS: Record<DemoChannel, number> = {
  social: 35,
  sms: 12,
  survey: 12,
  review: 10,
  comment_card: 8,
  email: 8,
  web_form: 8,
};
/** Forms and cards ask for the ward; people mention it in free text now and then. */
const UNIT_FIELD_CHANCE: Record<DemoChannel, number> = {
  survey: 0.85,
  comment_card: 0.8,
  web_form: 0.4,
  social: 0,
  sms: 0,
  review: 0,
  email: 0,
};
const UNIT_IN_TEXT_CHANCE: Record<DemoChannel, number> = {
  survey: 0.3,
  comment_card: 0.35,
  web_form: 0.5,
  social: 0.6,
  sms: 0.55,
  review: 0.6,
  email: 0.7,
};

/** A line that says where it happens, by placeholder or because it is about A&E itself. */
function namesUnit(line: string): boolean {
  return line.includes('{ward}') || /A&E|\bED\b/.test(line);
}

function fits(scenario: Scenario, channel: DemoChannel | undefined): boolean {
  return channel === undefined || (scenario.channels?.includes(channel) ?? true);
}

export interface DemoItem {
  item: IngestItem;
  scenario: Scenario;
  channel: DemoChannel;
}

export interface ComposeChoice {
  scenario?: Scenario;
  channel?: DemoChannel;
  postedAt?: Date;
}

export class DemoComposer {
  private serial = 0;

  constructor(
    private readonly random: Random,
    /** Makes externalIds unique per run, so a second demo run is not deduplicated away. */
    readonly runId: string,
  ) {}

  compose(now: Date, choice: ComposeChoice = {}): DemoItem {
    const scenario =
      choice.scenario ??
      pickWeighted(
        this.random,
        SCENARIOS.filter((candidate) => fits(candidate, choice.channel)),
      );
    const channel = choice.channel ?? this.pickChannel(scenario);
    const unit = scenario.units.length > 0 ? pick(this.random, scenario.units) : undefined;
    this.serial += 1;
    const vars = this.vars(unit);
    const draft: Draft = {
      kind: scenario.kind,
      topic: scenario.topic,
      core: this.core(scenario, channel, vars, unit),
      more: this.more(scenario, vars),
      vars,
      serial: this.serial,
    };
    const framed = frame(channel, draft, this.random);
    const item: IngestItem = {
      source: framed.source,
      externalId: `${framed.source}-${this.runId}-${this.serial}`,
      text: framed.text,
      channel,
      facility: voice.HOSPITAL.facility,
      postedAt: (choice.postedAt ?? this.postedAt(channel, now)).toISOString(),
      raw: framed.raw,
    };
    if (framed.author !== undefined) item.author = framed.author;
    if (framed.url !== undefined) item.url = framed.url;
    if (unit !== undefined && chance(this.random, UNIT_FIELD_CHANCE[channel])) item.unit = unit;
    return { item, scenario, channel };
  }

  /**
   * A burst: half the time a survey export lands at once, otherwise one complaint goes viral and
   * the replies pile on. Both are how real listening feeds spike.
   */
  burst(now: Date, size: number): DemoItem[] {
    const items: DemoItem[] = [];
    if (chance(this.random, 0.5)) {
      for (let index = 0; index < size; index += 1) items.push(this.compose(now, { channel: 'survey' }));
      return items;
    }
    const scenario = pickWeighted(
      this.random,
      SCENARIOS.filter((candidate) => candidate.kind === 'service_complaint'),
    );
    for (let index = 0; index < size; index += 1)
      items.push(this.compose(now, { scenario, channel: 'social' }));
    return items;
  }

  private pickChannel(scenario: Scenario): DemoChannel {
    const allowed = (Object.keys(CHANNEL_WEIGHTS) as DemoChannel[]).filter((channel) =>
      fits(scenario, channel),
    );
    return pickWeighted(
      this.random,
      allowed.map((channel) => ({ channel, weight: CHANNEL_WEIGHTS[channel] })),
    ).channel;
  }

  /** Picks a line that does or does not name the unit, and frames it on the unit when it should and does not. */
  private core(scenario: Scenario, channel: DemoChannel, vars: Vars, unit: DemoUnit | undefined): string {
    const wantsUnit = unit !== undefined && chance(this.random, UNIT_IN_TEXT_CHANCE[channel]);
    const naming = scenario.lines.filter(namesUnit);
    const silent = scenario.lines.filter((line) => !namesUnit(line));
    const preferred = wantsUnit ? naming : silent;
    const line = pick(this.random, preferred.length > 0 ? preferred : scenario.lines);
    let text = fill(line, vars, this.random);
    if (wantsUnit && !namesUnit(line)) {
      text = chance(this.random, 0.5)
        ? fill(pick(this.random, voice.LOCATION_PREFIXES), vars, this.random) + text
        : text + fill(pick(this.random, voice.LOCATION_SUFFIXES), vars, this.random);
    }
    return capitalise(text);
  }

  private more(scenario: Scenario, vars: Vars): string | null {
    return scenario.more !== undefined && scenario.more.length > 0
      ? capitalise(fill(pick(this.random, scenario.more), vars, this.random))
      : null;
  }

  private vars(unit: DemoUnit | undefined): Vars {
    // On maternity the person in the bed is the mother, whoever writes.
    const relatives =
      unit === 'MAT'
        ? voice.RELATIVES.filter((relative) => voice.MATERNITY_RELATIVES.includes(relative.rel))
        : voice.RELATIVES;
    const relative = pick(this.random, relatives);
    return {
      ...relative,
      Rel: capitalise(relative.rel),
      Sub: capitalise(relative.sub),
      ward: unit === undefined ? 'the ward' : pick(this.random, voice.UNIT_PHRASES[unit]),
      hours: String(between(this.random, 2, 9)),
      mins: String(pick(this.random, [15, 20, 25, 30, 40, 45, 50])),
      since: pick(this.random, voice.SINCE),
      late: pick(this.random, voice.LATE),
      bed: `bed ${between(this.random, 1, 28)}`,
      staff: pick(this.random, voice.STAFF_NAMES),
      day: pick(this.random, voice.DAYS),
      amount: pick(this.random, voice.AMOUNTS),
      hospital: voice.HOSPITAL.name,
    };
  }

  /** Social posts and reviews are found by pollers a little after they are written; cards are transcribed hours later. */
  private postedAt(channel: DemoChannel, now: Date): Date {
    const lagSeconds: Record<DemoChannel, [number, number]> = {
      social: [5, 180],
      review: [60, 1800],
      survey: [60, 3600],
      comment_card: [3600, 8 * 3600],
      email: [5, 600],
      sms: [1, 30],
      web_form: [5, 300],
    };
    const [min, max] = lagSeconds[channel];
    return new Date(now.getTime() - between(this.random, min, max) * 1000);
  }
}
