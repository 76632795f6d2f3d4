// How a message looks on each channel: tweets with handles, hashtags and emoji; review
// paragraphs; terse SMS; survey free text; comment cards; emails with a greeting and sign-off.
import type { Channel, ItemKind } from '@auscult/contracts';
import * as voice from './fragments/voices.js';
import { between, chance, pick, type Random } from './random.js';
import { dropApostrophes, roughen } from './roughen.js';
import { capitalise, fill, type Vars } from './template.js';

export interface Draft {
  kind: ItemKind;
  topic: string;
  /** The filled core sentence, already placed on its unit when it should be. */
  core: string;
  /** A filled follow-up sentence, for the channels that have room for one. */
  more: string | null;
  vars: Vars;
  /** A number unique in this run, for ids and card numbers. */
  serial: number;
}

export interface Framed {
  source: string;
  text: string;
  author?: string;
  url?: string;
  raw: Record<string, unknown>;
}

const MAX_POST_LENGTH = 280;

export function frame(channel: Exclude<Channel, 'import'>, draft: Draft, random: Random): Framed {
  switch (channel) {
    case 'social':
      return social(draft, random);
    case 'review':
      return review(draft, random);
    case 'survey':
      return {
        source: 'fft-survey',
        text: withMore(draft, random, 0.3, false),
        raw: {
          survey: 'Friends and Family Test',
          question: 'What could we have done better?',
          score: rating(draft.kind, random),
        },
      };
    case 'comment_card':
      return commentCard(draft, random);
    case 'email':
      return email(draft, random);
    case 'sms':
      return sms(draft, random);
    case 'web_form':
      return webForm(draft, random);
  }
}

function social(draft: Draft, random: Random): Framed {
  const source = pick(random, ['x', 'x', 'facebook', 'instagram']);
  const handle = `@${pick(random, voice.HANDLE_PARTS.starts)}${pick(random, voice.HANDLE_PARTS.ends)}`;
  let text = draft.core;
  if (chance(random, 0.4)) text = `${voice.HOSPITAL.handle} ${text}`;
  else if (chance(random, 0.3)) text = `${text} ${voice.HOSPITAL.handle}`;
  if (chance(random, 0.35)) text = roughen(text, random);
  if (chance(random, 0.5)) text = `${text} ${hashtags(draft, random)}`;
  if (chance(random, 0.5)) text = `${text} ${pick(random, voice.EMOJI[draft.kind])}`;
  if (text.length > MAX_POST_LENGTH) text = draft.core.slice(0, MAX_POST_LENGTH);
  const post = `${1_860_000_000 + draft.serial}`;
  return {
    source,
    text,
    author: handle,
    url: `https://${source}.example/${handle.slice(1)}/status/${post}`,
    raw: { platform: source, likes: between(random, 0, 40), reposts: between(random, 0, 6) },
  };
}

function hashtags(draft: Draft, random: Random): string {
  const topical = voice.TOPIC_HASHTAGS[draft.topic];
  const general = pick(random, voice.HASHTAGS[draft.kind]);
  return topical !== undefined && chance(random, 0.7) ? `${topical} ${general}` : general;
}

function review(draft: Draft, random: Random): Framed {
  const sentences = [
    fill(pick(random, voice.REVIEW_OPENERS), draft.vars, random),
    sentence(draft.core),
    draft.more ?? '',
    pick(random, voice.REVIEW_CLOSERS[draft.kind]),
  ];
  const source = pick(random, ['google-reviews', 'nhs-reviews']);
  return {
    source,
    text: sentences.filter((part) => part !== '').join(' '),
    author: `${pick(random, voice.FIRST_NAMES)} ${String.fromCharCode(65 + between(random, 0, 25))}.`,
    url: `https://reviews.example/${voice.HOSPITAL.facility}/${draft.serial}`,
    raw: { rating: rating(draft.kind, random) },
  };
}

function commentCard(draft: Draft, random: Random): Framed {
  const signOff = fill(pick(random, voice.CARD_SIGN_OFFS), draft.vars, random);
  return {
    source: 'comment-cards',
    text: `${sentence(draft.core)}${signOff}`,
    raw: { cardNo: `CC-${String(draft.serial).padStart(5, '0')}`, transcribedBy: 'volunteer' },
  };
}

function email(draft: Draft, random: Random): Framed {
  const name = pick(random, voice.FIRST_NAMES);
  const body = [
    pick(random, voice.EMAIL_GREETINGS),
    '',
    withMore(draft, random, 0.8),
    '',
    `${pick(random, voice.EMAIL_SIGN_OFFS)},`,
    name,
  ].join('\n');
  return {
    source: 'px-mailbox',
    text: body,
    author: emailAddress(name, random),
    raw: { subject: pick(random, voice.EMAIL_SUBJECTS[draft.kind]) },
  };
}

function sms(draft: Draft, random: Random): Framed {
  let text = draft.core.replace(/[.!]$/, '') + pick(random, voice.SMS_TAGS[draft.kind]);
  if (chance(random, 0.5)) text = text.toLowerCase();
  if (chance(random, 0.5)) text = dropApostrophes(text, random);
  return {
    source: 'sms-feedback',
    text,
    author: `+447700900${String(between(random, 0, 999)).padStart(3, '0')}`,
    raw: { gateway: 'demo-sms' },
  };
}

function webForm(draft: Draft, random: Random): Framed {
  const category = {
    care_need: 'Concern',
    service_complaint: 'Complaint',
    praise: 'Compliment',
    other: 'General enquiry',
  }[draft.kind];
  const author = chance(random, 0.6) ? emailAddress(pick(random, voice.FIRST_NAMES), random) : undefined;
  return {
    source: 'website-contact',
    text: withMore(draft, random, 0.6),
    ...(author ? { author } : {}),
    raw: { form: 'contact-us', category },
  };
}

/** The core, and sometimes the follow-up; `punctuate` for channels where people write whole sentences. */
function withMore(draft: Draft, random: Random, probability: number, punctuate = true): string {
  const core = punctuate ? sentence(draft.core) : draft.core;
  return draft.more !== null && chance(random, probability)
    ? `${sentence(draft.core)} ${sentence(draft.more)}`
    : core;
}

/** Ends a sentence with a full stop unless it already ends in punctuation or an emoji. */
function sentence(text: string): string {
  const trimmed = capitalise(text.trim());
  return /[.!?)\p{Extended_Pictographic}]$/u.test(trimmed) ? trimmed : `${trimmed}.`;
}

function emailAddress(firstName: string, random: Random): string {
  return `${firstName.toLowerCase()}.${String.fromCharCode(97 + between(random, 0, 25))}@example.net`;
}

function rating(kind: ItemKind, random: Random): number {
  if (kind === 'praise') return between(random, 4, 5);
  if (kind === 'other') return 3;
  return between(random, 1, kind === 'care_need' ? 2 : 3);
}
