// Keeps what the sender wrote now: drops quoted replies (">" lines, "On … wrote:" and what follows,
// Outlook's "-----Original Message-----" and "From:/Sent:" blocks) and the signature after "-- "
// (RFC 3676 §4.3), so the classifier reads the complaint, not the thread it answers.

const CUT_HERE: readonly ((line: string, next: string) => boolean)[] = [
  (line) => line === '-- ' || line === '--',
  (line) => /^\s*On\b.{0,300}\bwrote:\s*$/i.test(line),
  // "On Mon, 23 Nov 2026 at 09:12, Jane Doe <jane@example.com>" wrapped before "wrote:".
  (line, next) => /^\s*On\b/i.test(line) && /^.{0,200}\bwrote:\s*$/i.test(next),
  (line) => /^\s*-{2,}\s*Original Message\s*-{2,}\s*$/i.test(line),
  (line, next) => /^\s*_{10,}\s*$/.test(line) && /^\s*From:/i.test(next),
  (line, next) => /^\s*From:\s.+/i.test(line) && /^\s*(Sent|Date):\s/i.test(next),
  (line) => /^\s*Sent from my \w+/i.test(line),
];

export function stripQuotedReply(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i];
    if (CUT_HERE.some((cut) => cut(line, lines[i + 1] ?? ''))) break;
    if (/^\s*>/.test(line)) continue;
    kept.push(line.trimEnd());
  }
  return kept
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
