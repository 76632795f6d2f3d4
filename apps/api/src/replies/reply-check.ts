/**
 * Checks a draft public reply before anyone copies it out. A public answer must never confirm that
 * someone is or was a patient, name anyone, disclose health details, or argue: each does harm in
 * public (and confirming care is itself a disclosure under HIPAA and the UK GDPR).
 */
import nlp from 'compromise';
import type { ReplyWarning, ReplyWarningKind } from '@auscult/contracts';

interface Rule {
  kind: ReplyWarningKind;
  pattern: RegExp;
  reason: string;
}

const words = (list: string[]) => list.map((w) => w.replace(/ /g, '\\s+')).join('|');

const CARE_NOUNS = words([
  'stay',
  'visit',
  'admission',
  'treatment',
  'care',
  'appointment',
  'procedure',
  'operation',
  'surgery',
  'discharge',
  'records?',
  'notes',
  'results',
  'file',
  'diagnosis',
  'medication',
  'prescription',
  'scan',
  'consultant',
  'nurse',
  'doctor',
  'ward',
  'bed',
  'referral',
  'test results',
  'birth',
  'labour',
  'delivery',
]);
const RELATIVES = words([
  'mum',
  'mom',
  'mother',
  'dad',
  'father',
  'husband',
  'wife',
  'son',
  'daughter',
  'partner',
  'baby',
  'child',
  'relative',
  'family member',
]);
const HEALTH = words([
  'cancer',
  'tumou?r',
  'diabetes',
  'diabetic',
  'stroke',
  'heart attack',
  'dementia',
  "alzheimer'?s",
  'pregnan(?:t|cy)',
  'miscarriage',
  'stillbirth',
  'abortion',
  'c-section',
  'caesarean',
  'chemo(?:therapy)?',
  'radiotherapy',
  'dialysis',
  'hiv',
  'aids',
  'hepatitis',
  'depression',
  'anxiety',
  'psychosis',
  'schizophrenia',
  'bipolar',
  'overdose',
  'self-harm',
  'suicid(?:e|al)',
  'addiction',
  'alcoholism',
  'fracture',
  'broken (?:hip|leg|arm|wrist)',
  'infection',
  'sepsis',
  'covid',
  'pneumonia',
  'surgery',
  'operation',
  'biopsy',
  'mri',
  'x-ray',
  'ct scan',
  'blood tests?',
  'morphine',
  'insulin',
  'antibiotics?',
  'painkillers?',
  'medication',
  'prescription',
  'diagnos(?:is|ed)',
  'condition',
  'symptoms?',
  'illness',
  'disease',
  'injury',
  'fall',
  'pain relief',
  'end of life',
  'palliative',
  'terminal',
]);

const RULES: Rule[] = [
  {
    kind: 'confirms_patient',
    pattern: new RegExp(
      `\\b(?:during|throughout|after|before)\\s+(?:your|her|his|their)\\s+(?:${CARE_NOUNS})\\b`,
      'gi',
    ),
    reason: 'Confirms that the person was cared for here. Even acknowledging a stay is a disclosure.',
  },
  {
    kind: 'confirms_patient',
    pattern: new RegExp(
      `\\b(?:your|her|his|their)\\s+(?:(?:${RELATIVES})(?:['’]s)?\\s+)?(?:recent\\s+)?(?:${CARE_NOUNS})\\b`,
      'gi',
    ),
    reason: 'Refers to their care as a fact, which confirms they are or were a patient.',
  },
  {
    kind: 'confirms_patient',
    pattern:
      /\b(?:when|while|since)\s+(?:you|she|he|they)\s+(?:were|was|are|is)\s+(?:admitted|discharged|seen|treated|in (?:hospital|the ward|a&e|icu|our care)|with us|on (?:the )?ward|an? (?:in-?)?patient)\b/gi,
    reason: 'Confirms an admission or a visit.',
  },
  {
    kind: 'confirms_patient',
    pattern:
      /\b(?:our|the)\s+(?:records|notes|systems?)\s+(?:show|say|confirm|indicate)|\bwe\s+(?:have\s+)?(?:checked|looked at|reviewed)\s+(?:your|her|his|their)\b/gi,
    reason: 'Reveals that the hospital holds records about them.',
  },
  {
    kind: 'mentions_health',
    pattern: new RegExp(`\\b(?:${HEALTH})\\b`, 'gi'),
    reason: 'Mentions a condition or treatment: health details must never appear in a public reply.',
  },
  {
    kind: 'argues',
    pattern:
      /\b(?:actually|in fact|to be fair|that(?:['’]s| is)\s+(?:not true|untrue|false|incorrect|wrong|not what happened)|not what happened|you were (?:told|informed|given|rude|wrong|aggressive|abusive)|you (?:should|could) have|you (?:failed|refused|chose) to|your (?:own )?fault|incorrect|misleading|we (?:strongly )?(?:dispute|disagree|deny))\b/gi,
    reason: 'Argues with or blames the person. Public disagreement escalates and may disclose details.',
  },
];

const TITLE_NAME =
  /\b(?:Dr|Doctor|Mr|Mrs|Ms|Miss|Nurse|Sister|Matron|Prof)\.?\s+[A-Z][a-zà-ÿ'’-]+(?:\s+[A-Z][a-zà-ÿ'’-]+)?/g;

function nameWarnings(draft: string): ReplyWarning[] {
  const reason = 'Names a person. Names of patients, relatives or staff do not belong in a public reply.';
  const found: ReplyWarning[] = [];
  for (const m of draft.matchAll(TITLE_NAME))
    found.push({ kind: 'names_person', start: m.index, end: m.index + m[0].length, text: m[0], reason });
  const people = nlp(draft).people().json({ offset: true }) as {
    offset: { start: number; length: number };
  }[];
  for (const p of people) {
    const raw = draft.slice(p.offset.start, p.offset.start + p.offset.length);
    const text = raw.replace(/[^\p{L}]+$/u, '');
    if (text.length < 2) continue;
    found.push({
      kind: 'names_person',
      start: p.offset.start,
      end: p.offset.start + text.length,
      text,
      reason,
    });
  }
  return found;
}

/** Every warning, in the order of the draft; where two of one kind overlap, the first one stands. */
export function checkReply(draft: string): ReplyWarning[] {
  const found = nameWarnings(draft);
  for (const rule of RULES) {
    for (const m of draft.matchAll(rule.pattern)) {
      found.push({
        kind: rule.kind,
        start: m.index,
        end: m.index + m[0].length,
        text: m[0],
        reason: rule.reason,
      });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  return found.filter(
    (w, i) => !found.slice(0, i).some((o) => o.kind === w.kind && w.start < o.end && o.start < w.end),
  );
}
