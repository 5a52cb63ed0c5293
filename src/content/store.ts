/**
 * The content store: what is registered, per locale, layered over the English defaults. A section is
 * looked up on its own, so a component downloads only the English content it shows. It holds no
 * checks, so the elements carry none: content reaches it checked, through `registerContent`
 * (registry.ts), or as the package's own translations, checked when the package was built.
 */
import { directionOf } from './locale.js';
import { isPlainObject as isRecord, ownValue, UNSAFE_KEYS } from './plain-object.js';
import type { Content, ContentPatch, UiStrings } from './types.js';

export type SectionKey = Exclude<keyof Content, 'locale' | 'dir' | 'source'>;

/**
 * What is registered, and who listens. A page may load two copies of tor-elements (the drop-in bundle
 * and an npm build, say): they share one registry through a well-known global, created on first use
 * (importing this module changes nothing), so content registered through either reaches every element.
 */
interface SharedRegistry {
  readonly version: typeof REGISTRY_VERSION;
  readonly patches: Map<string, ContentPatch>;
  readonly listeners: Set<() => void>;
  /** Counts changes, so each copy knows when its cache of resolved sections is stale. */
  generation: number;
}

const REGISTRY_VERSION = 1;
const SHARED_KEY = Symbol.for('tor-elements.content-registry');
let ownRegistry: SharedRegistry | undefined;

function registry(): SharedRegistry {
  if (ownRegistry) return ownRegistry;
  const holder = globalThis as typeof globalThis & { [SHARED_KEY]?: { version?: unknown } };
  const fresh: SharedRegistry = { version: REGISTRY_VERSION, patches: new Map(), listeners: new Set(), generation: 0 };
  const found = (holder[SHARED_KEY] ??= fresh);
  if (found.version === REGISTRY_VERSION) return (ownRegistry = found as SharedRegistry);
  console.warn(
    'tor-elements: another copy of tor-elements, of an incompatible version, holds this page’s content registry; ' +
      'content registered through that copy does not reach these elements. Load tor-elements once per page.',
  );
  return (ownRegistry = fresh);
}

/** Resolved sections of this copy (its English defaults differ from another copy's), by generation. */
const cache = new Map<string, unknown>();
let cachedGeneration = -1;

function changed(): void {
  const shared = registry();
  shared.generation += 1;
  shared.listeners.forEach((listener) => listener());
}

/**
 * The translations this copy of tor-elements ships, loaded on demand: beneath what a page registers
 * for the same locale. Each copy keeps its own (they match its English defaults).
 */
const shipped = new Map<string, ContentPatch>();

/** `fa-IR` → `['fa', 'fa-ir']`: the registered locales that apply, least specific first. */
export function localeChain(locale: string): string[] {
  const parts = locale.toLowerCase().replaceAll('_', '-').split('-').filter(Boolean);
  return parts.map((_, index) => parts.slice(0, index + 1).join('-'));
}

/**
 * Adds or overrides content for a locale, as checked by `registerContent`: lists of things with an
 * `id` merge by id. Use `registerContent`, which checks it first.
 */
export function addContent(locale: string, patch: ContentPatch): void {
  const key = locale.toLowerCase();
  const { patches } = registry();
  const existing = patches.get(key);
  patches.set(key, existing ? (merge(existing, patch, key) as ContentPatch) : patch);
  changed();
}

/**
 * Adds one of the package's own translations (see `src/internal/locale-loader.ts`), checked when the
 * package was built: content a page registers for the same locale stays on top of it.
 */
export function addShippedContent(locale: string, patch: ContentPatch): void {
  shipped.set(locale.toLowerCase(), patch);
  changed();
}

const pendingContent = new Set<Promise<undefined>>();

/**
 * Content on its way: `registerContent` of the drop-in bundle loads the checks first. Elements wait
 * for it before they render, so a page's first render already shows what the page registers.
 */
export function awaitContent(arriving: Promise<unknown>): void {
  const settled = arriving.then(
    () => undefined,
    () => undefined,
  );
  pendingContent.add(settled);
  void settled.then(() => pendingContent.delete(settled));
}

/** Settles once the content on its way (see `awaitContent`) is registered or refused; `undefined` if none is. */
export function contentArriving(): Promise<unknown> | undefined {
  return pendingContent.size > 0 ? Promise.all(pendingContent) : undefined;
}

/** Forgets the package's translations loaded so far (for tests). */
export function resetShippedContent(): void {
  shipped.clear();
  changed();
}

/** The patches that apply to one locale of a chain, the package's translation first, then the page's. */
const layersOf = (candidate: string): ContentPatch[] =>
  [shipped.get(candidate), registry().patches.get(candidate)].filter(
    (patch): patch is ContentPatch => patch !== undefined,
  );

/** Every registered locale and its content, in the order given: what a server needs to render as the page does. */
export function registeredContent(): Array<[locale: string, patch: ContentPatch]> {
  return [...registry().patches.entries()];
}

/** Forgets every registered locale (for tests and hot reloading). */
export function resetContent(): void {
  registry().patches.clear();
  changed();
}

/** Calls `listener` whenever content is registered; returns the function that stops it. */
export function onContentChange(listener: () => void): () => void {
  const { listeners } = registry();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The most specific registered locale that applies to `locale`, or `en`. */
export function contentLocale(locale: string): string {
  const registered = localeChain(locale).filter((candidate) => layersOf(candidate).length > 0);
  return registered.length > 0 ? locale : 'en';
}

/** The writing direction of a locale's content: as registered, else the language's own. */
export function contentDirection(locale: string): 'ltr' | 'rtl' {
  const declared = localeChain(locale)
    .flatMap((candidate) => layersOf(candidate).map((patch) => patch.dir))
    .filter(Boolean)
    .pop();
  return declared ?? directionOf(locale);
}

/**
 * One part of the content an element binds to: a top-level section (`userGroups`) or one element's UI
 * strings (`ui.tipBox`), with the English default the element ships, so an element's bundle holds only
 * the English content it shows.
 */
export interface Section<T> {
  readonly path: SectionKey | `ui.${keyof UiStrings}`;
  readonly english: T;
}

/**
 * Per section, whether an item a patch for `locale` adds (a group the English content lacks) is
 * complete, saying what it lacks if not: an incomplete one is left out.
 */
export type NewItemChecks = Partial<Record<string, (item: unknown, path: string, locale: string) => boolean>>;

let newItemChecks: NewItemChecks | undefined;

/**
 * Gives the store the checks of added items (registry.ts does, with the validators). Until then, an
 * item a patch adds is left out, never shown unchecked (a second copy of the package on the page may
 * have registered it): see `newItemsUnchecked`.
 */
export function checkNewItemsWith(checks: NewItemChecks): void {
  newItemChecks = checks;
}

/** Whether the page registered content whose added items this copy cannot check yet. */
export function newItemsUnchecked(): boolean {
  return newItemChecks === undefined && registry().patches.size > 0;
}

/** A section for `locale`: its English default, then the `en`, `fa`, `fa-ir` patches layered on top. */
export function resolveSection<T>(section: Section<T>, locale: string): T {
  const [key, uiKey] = section.path.split('.') as [keyof ContentPatch, string | undefined];
  const pick = (patch: ContentPatch): unknown =>
    uiKey === undefined ? patch[key] : (patch.ui as Record<string, unknown> | undefined)?.[uiKey];
  return layered(section.path, locale, section.english, pick, newItemCheck(section.path));
}

/** One section of a locale's content: English, then `en`, `fa`, `fa-ir` patches layered on top. */
export function getSection<K extends SectionKey>(key: K, locale: string, english: Content[K]): Content[K] {
  return resolveSection({ path: key, english }, locale);
}

function layered<T>(
  name: string,
  locale: string,
  english: T,
  pick: (patch: ContentPatch) => unknown,
  check?: NewItemCheck,
): T {
  const { generation } = registry();
  if (generation !== cachedGeneration) {
    cache.clear();
    cachedGeneration = generation;
  }
  const cacheKey = `${name}|${locale.toLowerCase()}|${newItemChecks ? 'checked' : 'unchecked'}`;
  if (cache.has(cacheKey)) return cache.get(cacheKey) as T;
  let value: unknown = english;
  for (const candidate of ['en', ...localeChain(locale).filter((l) => l !== 'en')]) {
    for (const patch of layersOf(candidate)) {
      const part = pick(patch);
      if (part === undefined) continue;
      value = merge(value, part, candidate, check?.(candidate));
      // A section the locale replaced whole (the footer notice's segments, say) is all that locale's.
      if (value === part) markWhole(part, candidate);
    }
  }
  cache.set(cacheKey, value);
  return value as T;
}

type ItemCheck = (item: unknown, index: number) => boolean;

type NewItemCheck = (locale: string) => ItemCheck;

function newItemCheck(key: string): NewItemCheck | undefined {
  // Without the checks, no added item can be shown: it would be shown unchecked.
  if (!newItemChecks) return () => () => false;
  const check = newItemChecks[key];
  if (!check) return undefined;
  return (locale) => (item, index) => check(item, `${key}[${index}]`, locale);
}

const hasId = (value: unknown): value is { id: string } => isRecord(value) && typeof value.id === 'string';

/**
 * Where layered content came from, so an element can mark what falls back to English with its own
 * language: for each object the registry built, the locale of each field a patch gave; for an item a
 * locale added whole, that locale. What no record names is English.
 */
const fieldOrigins = new WeakMap<object, Map<string, string>>();
const itemOrigins = new WeakMap<object, string>();

/**
 * The locale field `key` of `container` (a value of a resolved section) came from, or the locale of the
 * whole `container`; `undefined` for English.
 */
export function originOf(container: object, key?: string): string | undefined {
  return (key === undefined ? undefined : fieldOrigins.get(container)?.get(key)) ?? itemOrigins.get(container);
}

/** Records `value` and every object inside it as `locale`'s. */
function markWhole(value: unknown, locale: string): void {
  if (typeof value !== 'object' || value === null) return;
  itemOrigins.set(value, locale);
  Object.values(value).forEach((inner) => markWhole(inner, locale));
}

/**
 * Deep merge of `locale`'s patch over a base. Lists of items with ids merge by id; other lists replace.
 * Only own properties are read, and every key is defined rather than assigned, so nothing is ever
 * written through a prototype (validated patches hold no `__proto__`, and this holds even if one did).
 */
function merge(base: unknown, patch: unknown, locale: string, acceptNewItem?: ItemCheck): unknown {
  if (Array.isArray(patch)) {
    if (!Array.isArray(base) || !patch.every(hasId) || !base.every(hasId)) return patch;
    const byId = new Map(patch.map((item) => [item.id, item]));
    const merged = base.map((item) => (byId.has(item.id) ? merge(item, byId.get(item.id), locale) : item));
    const known = new Set(base.map((item) => item.id));
    const added = patch.filter((item, index) => !known.has(item.id) && (acceptNewItem?.(item, index) ?? true));
    added.forEach((item) => markWhole(item, locale));
    return [...merged, ...added];
  }
  if (isRecord(patch) && isRecord(base)) {
    const result: Record<string, unknown> = { ...base };
    const origins = new Map(fieldOrigins.get(base));
    const whole = itemOrigins.get(base);
    if (whole) itemOrigins.set(result, whole);
    for (const [key, value] of Object.entries(patch)) {
      if (UNSAFE_KEYS.has(key)) continue;
      const before = ownValue(base, key);
      const merged = merge(before, value, locale);
      Object.defineProperty(result, key, { value: merged, enumerable: true, writable: true, configurable: true });
      // A nested object records its own fields; anything else (text, a replaced list, a new object) is this locale's.
      if (!isRecord(merged) || !isRecord(before)) origins.set(key, locale);
      if (result[key] === value) markWhole(value, locale);
    }
    fieldOrigins.set(result, origins);
    return result;
  }
  return patch;
}
