/// <reference types="node" />
/**
 * A translated PO file → a validated content patch for one locale, as `registerContent` takes it.
 * Fuzzy, obsolete and untranslated entries are left out, so the elements show English there; an entry
 * whose tags or placeholders do not match its English source is refused with its line and the reason.
 */
import { basename } from 'node:path';
import { po as poFormat, type GetTextTranslation } from 'gettext-parser';
import { en as englishContent } from '../content/en/index.js';
import type { Content, ContentPatch, Plural, RichText } from '../content/types.js';
import { validateContentPatch } from '../content/validate.js';
import { messagesOf, sourceOf, valueAt, type Message, type PathStep } from './messages.js';
import { pluralMapping, type PluralMapping } from './plural.js';
import { decodeSegments, encodeSegments, placeholderProblem } from './tags.js';

/** A problem with one entry: its line in the file (when it can be found) and msgctxt. */
export interface EntryProblem {
  line?: number;
  context: string;
  reason: string;
}

/** `file:line: msgctxt: reason` (a warning: `file:line: warning: msgctxt: reason`). */
export function formatProblem(file: string, problem: EntryProblem, kind?: 'warning'): string {
  const where = `${file}${problem.line ? `:${problem.line}` : ''}`;
  return `${where}: ${kind ? `${kind}: ` : ''}${problem.context || '(no msgctxt)'}: ${problem.reason}`;
}

export interface CompileResult {
  /** The locale, canonical BCP 47 (`pt-BR`): as given, else the `Language` header, else the file name. */
  locale: string;
  patch: ContentPatch;
  /** Entries whose tags or placeholders do not match the English source, or that fail validation. */
  refused: EntryProblem[];
  /** Entries skipped for another reason worth a look: unknown msgctxt, translated from older English, … */
  warnings: EntryProblem[];
  counts: { translated: number; untranslated: number; fuzzy: number; obsolete: number };
}

export interface CompileOptions {
  /** The locale, whatever the file says (`--content fa=fa.po`). */
  locale?: string;
  /** The file's name: its locale where it has no `Language` header (`i18n/pt-BR.po`), and for messages. */
  file?: string;
  /** The English content the file was translated from; default the package's. */
  english?: Content;
}

/** Compiles one PO file. Throws (with the line where the parser gives one) for a file that is not PO or has no usable locale. */
export function compilePo(po: string | Buffer, options: CompileOptions = {}): CompileResult {
  const table = poFormat.parse(po);
  const named = options.file ? basename(options.file).replace(/\.po$/i, '') : undefined;
  const locale = canonicalLocale(options.locale || table.headers.Language || named);
  const messages = messagesOf(options.english ?? englishContent);
  const byContext = new Map(messages.map((message) => [message.context, message]));
  const lines = contextLines(typeof po === 'string' ? po : po.toString('utf8'));
  const result: CompileResult = {
    locale,
    patch: {},
    refused: [],
    warnings: [],
    counts: { translated: 0, untranslated: 0, fuzzy: 0, obsolete: countEntries(table.obsolete) },
  };
  let plurals: PluralMapping | string | undefined;
  const pluralsFor = () => (plurals ??= pluralMapping(locale, table.headers['Plural-Forms']));
  const translated = new Map<string, unknown>();

  for (const entry of entriesOf(table.translations)) {
    const context = entry.msgctxt ?? '';
    const problem = (reason: string): EntryProblem => ({ line: lines.get(context), context, reason });
    const message = byContext.get(context);
    if (!message) {
      result.warnings.push(problem('no such string in the current English content; skipped'));
      continue;
    }
    if (entry.msgstr.every((form) => form === '')) {
      result.counts.untranslated += 1;
      continue;
    }
    if (/\bfuzzy\b/.test(entry.comments?.flag ?? '')) {
      result.counts.fuzzy += 1;
      continue;
    }
    const source = sourceOf(message);
    if (entry.msgid !== source.msgid || (entry.msgid_plural ?? undefined) !== source.msgidPlural) {
      result.warnings.push(problem('translated from an older English text (update the file from the POT); skipped'));
      continue;
    }
    const decoded = decode(message, entry, pluralsFor, result.warnings, problem);
    if (decoded === undefined) {
      result.counts.untranslated += 1;
      continue;
    }
    if (!decoded.ok) {
      result.refused.push(problem(decoded.reason));
      continue;
    }
    const invalid = validateContentPatch(assemble(messages, new Map([[context, decoded.value]]), options.english));
    if (!invalid.ok) {
      result.refused.push(problem(invalid.problems.map((p) => `${p.path}: ${p.message}`).join('; ')));
      continue;
    }
    translated.set(context, decoded.value);
    result.counts.translated += 1;
  }
  result.patch = assemble(messages, translated, options.english);
  const check = validateContentPatch(result.patch);
  if (!check.ok)
    throw new Error(`the compiled content is not valid: ${check.problems[0]?.path}: ${check.problems[0]?.message}`);
  return result;
}

type DecodeResult = { ok: true; value: unknown } | { ok: false; reason: string } | undefined;

/** A translation as content; `undefined` for a plural with forms left empty (untranslated). */
function decode(
  message: Message,
  entry: GetTextTranslation,
  plurals: () => PluralMapping | string,
  warnings: EntryProblem[],
  problem: (reason: string) => EntryProblem,
): DecodeResult {
  const [translation = ''] = entry.msgstr;
  switch (message.kind) {
    case 'string': {
      const reason = placeholderProblem(translation, message.english);
      return reason ? { ok: false, reason } : { ok: true, value: translation };
    }
    case 'segments': {
      const decoded = decodeSegments(translation, encodeSegments(message.english).tags);
      return decoded.ok ? { ok: true, value: decoded.segments } : decoded;
    }
    case 'richText': {
      const decoded = decodeSegments(translation, encodeSegments(message.english.segments).tags);
      return decoded.ok ? { ok: true, value: { segments: decoded.segments } satisfies RichText } : decoded;
    }
    case 'plural':
      return decodePlural(message.english, entry.msgstr, plurals(), warnings, problem);
  }
}

function decodePlural(
  english: Plural,
  forms: string[],
  mapping: PluralMapping | string,
  warnings: EntryProblem[],
  problem: (reason: string) => EntryProblem,
): DecodeResult {
  if (typeof mapping === 'string') return { ok: false, reason: mapping };
  if (forms.length !== mapping.nplurals) {
    return { ok: false, reason: `has ${forms.length} plural forms, the Plural-Forms header says ${mapping.nplurals}` };
  }
  if (forms.some((form) => form === '')) {
    warnings.push(problem('some plural forms are empty; left untranslated'));
    return undefined;
  }
  mapping.disagreements.forEach((disagreement) => warnings.push(problem(disagreement)));
  const plural: Record<string, string> = {};
  for (const [category, index] of Object.entries(mapping.forms)) {
    const form = forms[index] as string;
    const reason = placeholderProblem(form, english.other, category !== 'other');
    if (reason) return { ok: false, reason: `msgstr[${index}] (${category}): ${reason}` };
    plural[category] = form;
  }
  return { ok: true, value: plural };
}

/**
 * The patch for the translated messages. A part that must be given whole (a list without ids, a call
 * to action) is English with the translations in it; a paragraph left in English there says so with
 * `lang: 'en'`, so the elements show it as English.
 */
function assemble(
  messages: Message[],
  translated: Map<string, unknown>,
  english: Content = englishContent,
): ContentPatch {
  const patch: Record<string, unknown> = {};
  const units = new Map<string, Message[]>();
  for (const message of messages) {
    const key = JSON.stringify(message.path.slice(0, message.unit));
    units.set(key, [...(units.get(key) ?? []), message]);
  }
  for (const unitMessages of units.values()) {
    if (!unitMessages.some((message) => translated.has(message.context))) continue;
    const unitPath = (unitMessages[0] as Message).path.slice(0, (unitMessages[0] as Message).unit);
    let value: unknown = structuredClone(valueAt(english, unitPath));
    for (const message of unitMessages) {
      const inUnit = message.path.slice(message.unit);
      const own = translated.has(message.context)
        ? translated.get(message.context)
        : message.kind === 'richText'
          ? { ...message.english, lang: english.locale }
          : message.english;
      value = inUnit.length === 0 ? own : setIn(value, inUnit, own);
    }
    setIn(patch, unitPath, value);
  }
  return patch as ContentPatch;
}

/** Sets `value` at `path` inside `target`, making the objects and lists on the way; returns `target`. */
function setIn(target: unknown, path: readonly PathStep[], value: unknown): unknown {
  const [step, ...rest] = path;
  if (step === undefined) return value;
  if (typeof step === 'object') {
    const list = target as Array<{ id: string }>;
    let item = list.find((candidate) => candidate.id === step.id);
    if (!item) list.push((item = { id: step.id }));
    const updated = setIn(item, rest, value) as { id: string };
    list.splice(list.indexOf(item), 1, updated);
    return list;
  }
  const container = target as Record<string | number, unknown>;
  const next = rest[0];
  container[step] =
    rest.length === 0 ? value : setIn(container[step] ?? (typeof next === 'object' ? [] : {}), rest, value);
  return container;
}

function* entriesOf(record: Record<string, Record<string, GetTextTranslation>>): Generator<GetTextTranslation> {
  for (const [context, entries] of Object.entries(record)) {
    for (const [msgid, entry] of Object.entries(entries)) {
      if (context === '' && msgid === '') continue; // the header
      yield entry;
    }
  }
}

function countEntries(record: Record<string, Record<string, GetTextTranslation>> | undefined): number {
  return record ? [...entriesOf(record)].length : 0;
}

/** `pt_BR` (gettext) or `pt-br` → `pt-BR`. */
export function canonicalLocale(tag: string | undefined): string {
  const given = (tag ?? '').trim().replaceAll('_', '-');
  try {
    const [canonical] = Intl.getCanonicalLocales(given);
    if (canonical) return canonical;
  } catch {
    // reported below
  }
  throw new Error(given ? `"${tag}" is not a language tag` : 'no locale: give the file a Language header');
}

/**
 * The line of each entry's `msgctxt "…"`. gettext-parser gives no line numbers; an entry's msgctxt
 * line is found by its text as PO writes it (a context folded over several lines is not found, and
 * its problems are reported without a line).
 */
function contextLines(po: string): Map<string, number> {
  const lines = new Map<string, number>();
  po.split(/\r?\n/).forEach((text, index) => {
    const match = /^msgctxt "(.*)"\s*$/.exec(text);
    if (!match || lines.has(unescape(match[1] as string))) return;
    lines.set(unescape(match[1] as string), index + 1);
  });
  return lines;
}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\' };
const unescape = (text: string) => text.replace(/\\(.)/g, (whole, char: string) => ESCAPES[char] ?? whole);
