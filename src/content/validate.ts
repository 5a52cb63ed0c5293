/**
 * Runtime checks for content that partners pass in. Every problem is reported with the exact path of
 * the offending value, e.g. `userGroups[3].items[2].segments[0].href: "javascript:…" is not an allowed URL`.
 *
 * Hand-written rather than built on a schema library: the checks are few, the messages are the product,
 * and the components that ship this code stay small.
 */
import { describeValue as describe } from '../policy/describe.js';
import { imageOrigin } from '../policy/image-url.js';
import { isAllowedUrl } from '../policy/url.js';
import { isPlainObject as isRecord, ownValue, UNSAFE_KEYS } from './plain-object.js';

export interface ContentProblem {
  /** Where the problem is, e.g. `userGroups[3].items[2].segments[0].href`. */
  path: string;
  message: string;
}

export interface ValidationResult {
  ok: boolean;
  problems: ContentProblem[];
}

type Check = (value: unknown, path: string, problems: ContentProblem[]) => void;

/** A field of an object shape: its check, and whether it may be absent when the whole object is required. */
interface Field {
  check: Check;
  optional?: boolean;
}

const MAX_DEPTH = 8;

const fail = (problems: ContentProblem[], path: string, message: string) => problems.push({ path, message });

const string: Check = (value, path, problems) => {
  if (typeof value !== 'string') fail(problems, path, `expected a string, got ${describe(value)}`);
};

const nonEmptyString: Check = (value, path, problems) => {
  if (typeof value !== 'string') fail(problems, path, `expected a string, got ${describe(value)}`);
  else if (value.trim() === '') fail(problems, path, 'must not be empty');
};

const url: Check = (value, path, problems) => {
  if (typeof value !== 'string') fail(problems, path, `expected a URL string, got ${describe(value)}`);
  else if (!isAllowedUrl(value))
    fail(problems, path, `${describe(value)} is not an allowed URL (use http, https, mailto or a relative URL)`);
};

const isoDate: Check = (value, path, problems) => {
  const valid = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value));
  if (!valid) fail(problems, path, `expected a date as YYYY-MM-DD, got ${describe(value)}`);
};

const oneOf =
  (...allowed: string[]): Check =>
  (value, path, problems) => {
    if (!allowed.includes(value as string))
      fail(problems, path, `expected one of ${allowed.map((a) => `"${a}"`).join(', ')}, got ${describe(value)}`);
  };

/** A template string whose `{name}` placeholders must all be present. */
const template =
  (...placeholders: string[]): Check =>
  (value, path, problems) => {
    nonEmptyString(value, path, problems);
    if (typeof value !== 'string') return;
    const missing = placeholders.filter((name) => !value.includes(`{${name}}`));
    if (missing.length > 0) fail(problems, path, `must contain ${missing.map((name) => `{${name}}`).join(' and ')}`);
  };

/** A BCP 47 language tag, as `Intl` reads one (`fa`, `pt-BR`, `az-Arab`). */
const languageTag: Check = (value, path, problems) => {
  let valid = false;
  try {
    valid = typeof value === 'string' && Intl.getCanonicalLocales(value).length === 1;
  } catch {
    valid = false;
  }
  if (!valid) fail(problems, path, `expected a language tag such as "fa" or "pt-BR", got ${describe(value)}`);
};

/** A non-negative amount and an ISO 4217 currency code. */
const money: Check = (value, path, problems) =>
  shape({
    amount: required((amount, at, found) => {
      if (typeof amount !== 'number' || !Number.isFinite(amount) || amount < 0)
        fail(found, at, `expected an amount of 0 or more, got ${describe(amount)}`);
    }),
    currency: required((currency, at, found) => {
      if (typeof currency !== 'string' || !/^[A-Z]{3}$/.test(currency))
        fail(found, at, `expected a currency code such as "USD" or "EUR", got ${describe(currency)}`);
    }),
  })(value, path, problems);

/** One form per plural category; `other` always, with every placeholder (other forms may leave the number out). */
const plural = (...placeholders: string[]): Check =>
  shape({
    zero: optional(nonEmptyString),
    one: optional(nonEmptyString),
    two: optional(nonEmptyString),
    few: optional(nonEmptyString),
    many: optional(nonEmptyString),
    other: required(template(...placeholders)),
  });

/**
 * An object with known fields; unknown fields are reported (they are usually typos), and so are keys
 * that would reach the prototype (`__proto__`, `constructor`, `prototype`). Only the object's own
 * properties count. With `partial`, any field may be absent.
 */
function shape(fields: Record<string, Field>, partial = false): Check {
  return (value, path, problems) => {
    if (!isRecord(value)) {
      fail(problems, path, `expected an object, got ${describe(value)}`);
      return;
    }
    for (const [key, field] of Object.entries(fields)) {
      const fieldPath = pathTo(path, key);
      const fieldValue = ownValue(value, key);
      if (fieldValue === undefined) {
        if (!partial && !field.optional) fail(problems, fieldPath, 'is required');
      } else {
        field.check(fieldValue, fieldPath, problems);
      }
    }
    for (const key of Object.keys(value)) {
      const keyPath = pathTo(path, key);
      if (UNSAFE_KEYS.has(key)) fail(problems, keyPath, `is not allowed: ${UNSAFE_LIST} are never content`);
      else if (!Object.hasOwn(fields, key)) fail(problems, keyPath, 'is not a known field');
    }
  };
}

/** `path.key`, or `path["odd key"]` for a key that is not a plain name (one with a dot, a colon or a line break). */
const pathTo = (path: string, key: string) =>
  /^[A-Za-z_$][\w$]*$/.test(key) ? (path ? `${path}.${key}` : key) : `${path}[${JSON.stringify(key)}]`;

const UNSAFE_LIST = [...UNSAFE_KEYS].map((key) => `"${key}"`).join(', ');

function list(item: Check, { nonEmpty = false } = {}): Check {
  return (value, path, problems) => {
    if (!Array.isArray(value)) {
      fail(problems, path, `expected an array, got ${describe(value)}`);
      return;
    }
    if (nonEmpty && value.length === 0) fail(problems, path, 'must not be empty');
    value.forEach((entry, index) => item(entry, `${path}[${index}]`, problems));
  };
}

/** A list of things with ids: ids must be present and unique. */
function listWithIds(item: Check): Check {
  const items = list(item);
  return (value, path, problems) => {
    items(value, path, problems);
    if (!Array.isArray(value)) return;
    const seen = new Set<unknown>();
    value.forEach((entry, index) => {
      const id = isRecord(entry) ? ownValue(entry, 'id') : undefined;
      if (typeof id === 'string' && seen.has(id)) fail(problems, `${path}[${index}].id`, `duplicate id "${id}"`);
      seen.add(id);
    });
  };
}

const required = (check: Check): Field => ({ check });
const optional = (check: Check): Field => ({ check, optional: true });

function segmentsAt(depth: number): Check {
  return (value, path, problems) => {
    if (depth > MAX_DEPTH) {
      fail(problems, path, `segments nest more than ${MAX_DEPTH} levels deep`);
      return;
    }
    list(segmentAt(depth), { nonEmpty: true })(value, path, problems);
  };
}

function segmentAt(depth: number): Check {
  const variants: Record<string, Check> = {
    text: shape({ type: required(string), text: required(string) }),
    link: shape({ type: required(string), text: required(nonEmptyString), href: required(url) }),
    strong: shape({ type: required(string), segments: required(segmentsAt(depth + 1)) }),
    emphasis: shape({ type: required(string), segments: required(segmentsAt(depth + 1)) }),
  };
  return (value, path, problems) => {
    if (!isRecord(value)) {
      fail(problems, path, `expected a segment object, got ${describe(value)}`);
      return;
    }
    const type = ownValue(value, 'type');
    const variant = typeof type === 'string' && Object.hasOwn(variants, type) ? variants[type] : undefined;
    if (!variant) {
      oneOf(...Object.keys(variants))(type, `${path}.type`, problems);
      return;
    }
    variant(value, path, problems);
  };
}

const segments = segmentsAt(0);
const richText = shape({ segments: required(segments), lang: optional(languageTag) });

const imageUrl: Check = (value, path, problems) => {
  if (typeof value !== 'string') fail(problems, path, `expected an image URL string, got ${describe(value)}`);
  // Any origin is a well-formed image URL here: the element that shows it decides, by what its page opted into.
  else if (imageOrigin(value) === undefined) {
    fail(
      problems,
      path,
      `${describe(value)} is not an allowed image URL (use http, https, a relative URL or data:image)`,
    );
  }
};

const pixels: Check = (value, path, problems) => {
  if (!Number.isInteger(value) || (value as number) < 1 || (value as number) > 20000)
    fail(problems, path, `expected a size in pixels (a whole number from 1 to 20000), got ${describe(value)}`);
};

/** A picture; in a patch (`partial`) even its alt text may be left out, to add a `src` to the content's. */
const image = (partial: boolean) =>
  shape(
    {
      src: optional(imageUrl),
      alt: required(string),
      width: optional(pixels),
      height: optional(pixels),
      srcset: optional(list(shape({ src: required(imageUrl), width: required(pixels) }), { nonEmpty: true })),
      sizes: optional(nonEmptyString),
    },
    partial,
  );

const userGroupFields = (partial: boolean): Record<string, Field> => ({
  id: required(nonEmptyString),
  heading: required(nonEmptyString),
  items: required(list(richText, { nonEmpty: true })),
  image: optional(image(partial)),
});

const USER_GROUP = userGroupFields(false);
const TIP: Record<string, Field> = { id: required(nonEmptyString), segments: required(segments) };
const CAMPAIGN: Record<string, Field> = {
  id: required(nonEmptyString),
  headline: required(nonEmptyString),
  text: required(segments),
  callToAction: required(shape({ text: required(nonEmptyString), href: required(url) })),
  start: optional(isoDate),
  end: optional(isoDate),
  match: optional(money),
  goal: optional(money),
};
const ONION_SERVICE: Record<string, Field> = {
  siteName: required(nonEmptyString),
  address: required(nonEmptyString),
  directoryHref: required(url),
  aboutHref: required(url),
};
const FOOTER_LINK_GROUP: Record<string, Field> = {
  id: required(nonEmptyString),
  heading: required(nonEmptyString),
  links: required(list(shape({ text: required(nonEmptyString), href: required(url) }), { nonEmpty: true })),
};

const campaignDates: Check = (value, path, problems) => {
  const [start, end] = isRecord(value) ? [ownValue(value, 'start'), ownValue(value, 'end')] : [];
  if (typeof start !== 'string' || typeof end !== 'string') return;
  if (start > end) fail(problems, `${path}.end`, `ends (${end}) before it starts (${start})`);
};

const both =
  (...checks: Check[]): Check =>
  (value, path, problems) =>
    checks.forEach((check) => check(value, path, problems));

function uiShape(partial: boolean): Check {
  const strings = (fields: Record<string, Check>) =>
    required(shape(Object.fromEntries(Object.entries(fields).map(([key, check]) => [key, required(check)])), partial));
  return shape(
    {
      userGroups: strings({ indexLabel: nonEmptyString, permalinkLabel: template('heading') }),
      tipBox: strings({ heading: nonEmptyString }),
      donateBanner: strings({
        label: nonEmptyString,
        dismiss: nonEmptyString,
        dismissLabel: template('headline'),
        match: template('amount'),
        matchUntil: template('amount', 'date'),
        goal: template('amount'),
        daysLeft: plural('count'),
      }),
      onionFooter: strings({
        offer: template('onionService', 'address'),
        onionServiceLinkText: nonEmptyString,
        directory: template('directory', 'siteName'),
        onOnion: template('siteName'),
        unavailable: nonEmptyString,
        retired: template('address'),
        copy: nonEmptyString,
        copyLabel: template('address'),
        copied: nonEmptyString,
        copyFailed: nonEmptyString,
        linksLabel: nonEmptyString,
      }),
    },
    partial,
  );
}

/** Content fields; `partial` builds the variant used for registered patches (anything may be left out). */
function contentShape(partial: boolean): Check {
  // In a patch, a listed item needs only its id: that is how it finds the item it overrides.
  const withIds = (fields: Record<string, Field>, extra?: Check) => {
    const item = shape(partial ? { ...allOptional(fields), id: required(nonEmptyString) } : fields);
    return listWithIds(extra ? both(item, extra) : item);
  };
  return shape(
    {
      locale: required(nonEmptyString),
      dir: required(oneOf('ltr', 'rtl')),
      source: optional(
        shape({
          title: required(nonEmptyString),
          url: required(url),
          author: required(nonEmptyString),
          licence: required(nonEmptyString),
          licenceUrl: required(url),
        }),
      ),
      userGroups: required(withIds(userGroupFields(partial))),
      tips: required(withIds(TIP)),
      campaigns: required(withIds(CAMPAIGN, campaignDates)),
      onionServices: required(list(shape(ONION_SERVICE), { nonEmpty: true })),
      footerLinks: required(withIds(FOOTER_LINK_GROUP)),
      footerNotice: required(segments),
      page: required(
        shape(
          { title: required(nonEmptyString), intro: required(list(richText)), outro: required(list(richText)) },
          partial,
        ),
      ),
      ui: required(uiShape(partial)),
    },
    partial,
  );
}

function allOptional(fields: Record<string, Field>): Record<string, Field> {
  return Object.fromEntries(Object.entries(fields).map(([key, field]) => [key, optional(field.check)]));
}

/** Runs a check from the root; a problem with the root itself is named `rootName`, never an empty path. */
function run(check: Check, value: unknown, path: string, rootName = path || 'content'): ValidationResult {
  const problems: ContentProblem[] = [];
  check(value, path, problems);
  problems.forEach((problem) => (problem.path ||= rootName));
  return { ok: problems.length === 0, problems };
}

const fullContent = contentShape(false);
const contentPatch = contentShape(true);

/** Checks a complete locale's content. */
export const validateContent = (value: unknown): ValidationResult => run(fullContent, value, '');

/** Checks what a partner registers for a locale: like {@link validateContent}, but any field may be left out. */
export const validateContentPatch = (value: unknown): ValidationResult => run(contentPatch, value, '');

export const validateUserGroup = (value: unknown, path = 'userGroup'): ValidationResult =>
  run(shape(USER_GROUP), value, path);

export const validateTip = (value: unknown, path = 'tip'): ValidationResult => run(shape(TIP), value, path);

export const validateCampaign = (value: unknown, path = 'campaign'): ValidationResult =>
  run(both(shape(CAMPAIGN), campaignDates), value, path);

export const validateOnionService = (value: unknown, path = 'onionService'): ValidationResult =>
  run(shape(ONION_SERVICE), value, path);

export const validateFooterLinks = (value: unknown, path = 'footerLinks'): ValidationResult =>
  run(listWithIds(shape(FOOTER_LINK_GROUP)), value, path);

/** Checks rich text given as segments, such as the footer's trademark line. */
export const validateSegments = (value: unknown, path = 'segments'): ValidationResult => run(segments, value, path);

/** One line per problem: `path: message`. */
export const formatProblems = (problems: readonly ContentProblem[]): string =>
  problems.map((problem) => `${problem.path}: ${problem.message}`).join('\n');
