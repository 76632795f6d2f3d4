// Surface noise for generated items, so the model learns content rather than our typing habits:
// lower case, typos, text-speak, handles, hashtags, emoji and channel-specific wrappers.
import type { Channel } from '@auscult/contracts';
import type { Rng } from './rng.js';

const TEXT_SPEAK: [RegExp, string][] = [
  [/\byou\b/g, 'u'],
  [/\byour\b/g, 'ur'],
  [/\bplease\b/g, 'pls'],
  [/\bbecause\b/g, 'cos'],
  [/\bsomeone\b/g, 'some1'],
  [/\btonight\b/g, 'tonite'],
  [/\bhours\b/g, 'hrs'],
  [/\bminutes\b/g, 'mins'],
  [/\bnobody\b/g, 'no1'],
  [/\bare\b/g, 'r'],
];
const HANDLES = ['@NHSEngland', '@CQCProf', '@BBCNews', '@healthwatch', '@PALS_team', '@LocalPaper'];
const TAGS = [
  '#NHS',
  '#nhscrisis',
  '#patientsafety',
  '#hospital',
  '#carers',
  '#dementia',
  '#AandE',
  '#nurses',
];
const EMOJI = ['😡', '😢', '😭', '🙏', '😤', '💔', '🤦‍♀️', '😩', '🙄', '❤️'];
const EMAIL_OPEN = [
  'Dear Sir/Madam,\n',
  'Hello,\n',
  'To whom it may concern,\n',
  'Hi PALS team,\n',
  'Dear Patient Experience team,\n',
];
const EMAIL_CLOSE = [
  '\nKind regards,\nSarah',
  '\nThanks,\nM. Ahmed',
  '\nRegards\nJohn',
  '\n\nSent from my iPhone',
  '\nYours faithfully,\nA. Patel',
];
const SURVEY_OPEN = [
  '',
  '',
  'Q: Is there anything else you would like to tell us? A: ',
  'Comments: ',
  'What could we improve? ',
];

export function styleText(text: string, channel: Channel, rng: Rng): string {
  let out = text;
  const casual = channel === 'social' || channel === 'sms';
  if (casual && rng.chance(0.35)) out = out.toLowerCase();
  if (casual && rng.chance(0.3))
    for (const [re, sub] of TEXT_SPEAK) if (rng.chance(0.6)) out = out.replace(re, sub);
  if (rng.chance(casual ? 0.3 : 0.1)) out = addTypos(out, rng);
  if (casual && rng.chance(0.2)) out = out.replace(/[.!]+$/, '');
  if (channel === 'social') out = decorateSocial(out, rng);
  if (channel === 'email' && rng.chance(0.6)) out = rng.pick(EMAIL_OPEN) + out + rng.pick(EMAIL_CLOSE);
  if (channel === 'survey') out = rng.pick(SURVEY_OPEN) + out;
  if (channel === 'comment_card' && rng.chance(0.2)) out = out.toUpperCase();
  return out;
}

function decorateSocial(text: string, rng: Rng): string {
  let out = text;
  if (rng.chance(0.2)) out = `${rng.pick(HANDLES)} ${out}`;
  if (rng.chance(0.2)) out = `${out} ${rng.pick(TAGS)}`;
  if (rng.chance(0.25)) out = `${out} ${rng.pick(EMOJI)}`;
  if (rng.chance(0.08)) out = `RT ${out}`;
  return out;
}

function addTypos(text: string, rng: Rng): string {
  const words = text.split(' ');
  const count = 1 + rng.int(2);
  for (let n = 0; n < count; n++) {
    const i = rng.int(words.length);
    const w = words[i];
    if (w.length < 4 || !/^[a-z]+$/i.test(w)) continue;
    const j = 1 + rng.int(w.length - 2);
    const kind = rng.int(3);
    words[i] =
      kind === 0
        ? w.slice(0, j) + w[j + 1] + w[j] + w.slice(j + 2)
        : kind === 1
          ? w.slice(0, j) + w.slice(j + 1)
          : w.slice(0, j) + w[j] + w.slice(j);
  }
  return words.join(' ');
}
