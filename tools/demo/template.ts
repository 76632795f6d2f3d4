// Fragments are written as templates: `[a|b|c]` picks one alternative inline, `{name}` fills a
// variable. One hand-written line thus reads a dozen ways without looking machine-made.
import { pick, type Random } from './random.js';

export type Vars = Readonly<Record<string, string>>;

const ALTERNATIVES = /\[([^[\]]*)\]/g;
const VARIABLE = /\{(\w+)\}/g;

export function fill(template: string, vars: Vars, random: Random): string {
  const chosen = template.replace(ALTERNATIVES, (_, options: string) => pick(random, options.split('|')));
  return chosen.replace(VARIABLE, (whole, name: string) => {
    const value = vars[name];
    if (value === undefined) throw new Error(`template variable {${name}} has no value in: ${template}`);
    return value;
  });
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
