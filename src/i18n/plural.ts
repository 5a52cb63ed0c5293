/**
 * Plural forms: a PO file numbers them by its `Plural-Forms` header (`msgstr[0]`, `msgstr[1]`, …, in
 * gettext's order and count), the elements pick them by CLDR category (`Intl.PluralRules`: zero, one,
 * two, few, many, other). Each category takes the form that gettext's expression selects for the
 * integers of that category; the expression is evaluated by @tannin/plural-forms, never by `eval`.
 */
import pluralForms from '@tannin/plural-forms';

export type PluralCategory = Intl.LDMLPluralRule;

/** CLDR's order, kept in the output whatever order `Intl` lists a language's categories in. */
const CATEGORIES: readonly PluralCategory[] = ['zero', 'one', 'two', 'few', 'many', 'other'];

export interface PluralMapping {
  /** The gettext form index of each CLDR category of the language. */
  forms: Partial<Record<PluralCategory, number>>;
  nplurals: number;
  /** Categories whose integers gettext splits between forms: each took the form most of them select. */
  disagreements: string[];
}

/**
 * The integers that decide: every number up to 1,100 (all of the rules' remainders by 10 and 100, and
 * their exceptions) and powers of ten with their multiples (the "many" of French, Spanish, Italian, …
 * is a million).
 */
const SAMPLES = [
  ...Array.from({ length: 1101 }, (_, index) => index),
  ...[4, 5, 6, 7, 8, 9].flatMap((power) => [1, 2, 5].map((factor) => factor * 10 ** power)),
];

/** `nplurals` and the expression of a `Plural-Forms` header; a reason when they cannot be read. */
export function readPluralForms(header: string | undefined): { nplurals: number; plural: string } | string {
  if (!header) return 'the file has no Plural-Forms header';
  const nplurals = Number(/nplurals\s*=\s*(\d+)/.exec(header)?.[1]);
  const plural = /plural\s*=\s*([^;]+)/.exec(header)?.[1]?.trim();
  if (!Number.isInteger(nplurals) || nplurals < 1 || !plural) return `cannot read the Plural-Forms header "${header}"`;
  return { nplurals, plural };
}

/** How the forms of a PO file in `locale` with this `Plural-Forms` header map to CLDR categories. */
export function pluralMapping(locale: string, header: string | undefined): PluralMapping | string {
  const forms = readPluralForms(header);
  if (typeof forms === 'string') return forms;
  let select: (n: number) => number;
  try {
    select = pluralForms(forms.plural) as (n: number) => number;
    select(0);
  } catch {
    return `cannot evaluate the plural expression "${forms.plural}"`;
  }
  const rules = new Intl.PluralRules(locale);
  const votes = new Map<PluralCategory, Map<number, number>>();
  const overall = new Map<number, number>();
  for (const n of SAMPLES) {
    const index = select(n);
    if (!Number.isInteger(index) || index < 0 || index >= forms.nplurals) {
      return `the plural expression gives form ${index} for ${n}, but nplurals is ${forms.nplurals}`;
    }
    const category = rules.select(n);
    const tally = votes.get(category) ?? new Map<number, number>();
    tally.set(index, (tally.get(index) ?? 0) + 1);
    votes.set(category, tally);
    overall.set(index, (overall.get(index) ?? 0) + 1);
  }
  const mapping: PluralMapping = { forms: {}, nplurals: forms.nplurals, disagreements: [] };
  const categories = new Set(rules.resolvedOptions().pluralCategories);
  for (const category of CATEGORIES.filter((name) => categories.has(name))) {
    const tally = votes.get(category);
    // A category no integer falls in (Russian "other" is for fractions only): the form most integers take.
    mapping.forms[category] = mostVoted(tally ?? overall);
    if (tally && tally.size > 1) {
      const split = [...tally.keys()].map((index) => `msgstr[${index}]`).join(' and ');
      mapping.disagreements.push(`CLDR's "${category}" numbers take ${split}; used msgstr[${mapping.forms[category]}]`);
    }
  }
  return mapping;
}

/** The form most samples selected; the lower index on a tie, so the result does not depend on order. */
function mostVoted(tally: Map<number, number>): number {
  return [...tally.entries()].sort(([a, countA], [b, countB]) => countB - countA || a - b)[0]?.[0] ?? 0;
}
