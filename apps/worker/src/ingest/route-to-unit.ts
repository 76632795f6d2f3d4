export interface UnitAliases {
  code: string;
  aliases: readonly string[];
}

export interface Routing {
  unit: string | null;
  via: 'item' | 'text' | null;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Short all-letter aliases ("ED", "ER", "ICU") are also ordinary words or fragments in lower case
 * ("ed", "er"), so they only count when written in capitals; everything else matches in any case.
 */
function aliasPattern(alias: string): RegExp {
  const caseSensitive = alias.length <= 3 && /^[a-z&]+$/i.test(alias);
  const body = escape(caseSensitive ? alias.toUpperCase() : alias).replace(/\s+/g, '\\s*');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, caseSensitive ? 'u' : 'iu');
}

/** Which unit a care need belongs to: the item's own unit if known, else the first unit the text names. */
export function routeToUnit(
  itemUnit: string | undefined,
  text: string,
  units: readonly UnitAliases[],
): Routing {
  if (itemUnit) {
    const wanted = itemUnit.trim().toLowerCase();
    const known = units.find(
      (u) => u.code.toLowerCase() === wanted || u.aliases.some((a) => a.toLowerCase() === wanted),
    );
    if (known) return { unit: known.code, via: 'item' };
  }
  let best: { unit: string; at: number } | null = null;
  for (const unit of units) {
    for (const alias of [unit.code, ...unit.aliases]) {
      const at = text.search(aliasPattern(alias));
      if (at >= 0 && (best === null || at < best.at)) best = { unit: unit.code, at };
    }
  }
  return best ? { unit: best.unit, via: 'text' } : { unit: null, via: null };
}
