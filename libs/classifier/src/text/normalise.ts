/** Normalised form of a word: lower case, straight apostrophes, elongations squeezed ("soooo" → "soo"). */
export function normaliseWord(raw: string): string {
  let s = raw.toLowerCase();
  if (s.includes('’')) s = s.replace(/’/g, "'");
  if (s.endsWith("'")) s = s.replace(/'+$/, '');
  return hasTripleLetter(s) ? s.replace(/(\p{L})\1{2,}/gu, '$1$1') : s;
}

function hasTripleLetter(s: string): boolean {
  for (let i = 2; i < s.length; i++)
    if (s.charCodeAt(i) === s.charCodeAt(i - 1) && s.charCodeAt(i) === s.charCodeAt(i - 2)) return true;
  return false;
}
