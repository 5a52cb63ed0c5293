/**
 * Partner content with its invalid pieces left out: a link with a refused `href` keeps its words, an
 * invalid item or link leaves its list, a field that may be absent goes; what cannot lose a piece and
 * stay valid (a group without a heading, say) is not usable at all. The partner's content is never
 * swapped for anyone else's here: the caller shows what is left, or nothing.
 */
import { isPlainObject } from './plain-object.js';
import type { ContentProblem, ValidationResult } from './validate.js';

export type Validator = (value: unknown, path: string) => ValidationResult;

export interface KeptContent {
  /** The content with its invalid pieces left out; `undefined` when nothing of it is usable. */
  value: unknown;
  /** Every problem of the content as given, each with its path: what was left out, and why. */
  problems: ContentProblem[];
}

type Step = string | number;

/** A piece is taken out per round; content that needs more rounds than this is treated as unusable. */
const MAX_ROUNDS = 200;

/** `value` checked with `validate` (its paths starting at `path`), its invalid pieces taken out. */
export function keepValid(value: unknown, path: string, validate: Validator): KeptContent {
  const { problems } = validate(value, path);
  if (problems.length === 0) return { value, problems };
  let current = value;
  for (let round = 0; round < MAX_ROUNDS; round += 1) {
    const result = validate(current, path);
    const [problem] = result.problems;
    if (!problem) return { value: current, problems };
    const steps = stepsOf(problem.path, path);
    const next = steps && withoutPiece(current, steps, path, validate);
    if (next === undefined) break;
    current = next;
  }
  return { value: undefined, problems };
}

/** `groupData.items[2].segments[0].href` under `groupData` → `['items', 2, 'segments', 0, 'href']`. */
function stepsOf(problemPath: string, root: string): Step[] | undefined {
  if (!problemPath.startsWith(root)) return undefined;
  const rest = problemPath.slice(root.length);
  const steps: Step[] = [];
  let read = '';
  for (const match of rest.matchAll(/\.([^.[\]]+)|\[(\d+)\]/g)) {
    steps.push(match[2] === undefined ? (match[1] as string) : Number(match[2]));
    read += match[0];
  }
  // A key with a dot or a bracket in it cannot be told apart from a path: such content is not repaired.
  return read === rest ? steps : undefined;
}

/**
 * The content without the smallest piece around the problem at `steps` that can go: from the value
 * itself up to the whole content. `undefined` when only the whole content could go.
 */
function withoutPiece(content: unknown, steps: Step[], root: string, validate: Validator): unknown {
  for (let length = steps.length; length > 0; length -= 1) {
    const at = steps.slice(0, length);
    const piece = valueAt(content, at);
    if (piece === NOT_FOUND) continue;
    if (isLinkSegment(piece) && steps[length] === 'href') {
      return replaced(content, at, { type: 'text', text: piece.text });
    }
    const without = replaced(content, at, REMOVED);
    // A list item can always go; a field only where the content is complete without it.
    if (typeof at[at.length - 1] === 'number' || !isRequired(without, pathOf(root, at), root, validate)) return without;
  }
  return undefined;
}

function isRequired(without: unknown, fieldPath: string, root: string, validate: Validator): boolean {
  return validate(without, root).problems.some((problem) => problem.path === fieldPath);
}

const pathOf = (root: string, steps: Step[]): string =>
  steps.reduce<string>((path, step) => (typeof step === 'number' ? `${path}[${step}]` : `${path}.${step}`), root);

function isLinkSegment(value: unknown): value is { type: 'link'; text: string } {
  return isPlainObject(value) && value.type === 'link' && typeof value.text === 'string' && value.text.trim() !== '';
}

const NOT_FOUND = Symbol('not found');
const REMOVED = Symbol('removed');

function valueAt(content: unknown, steps: Step[]): unknown {
  let value = content;
  for (const step of steps) {
    if (!isContainer(value) || !Object.hasOwn(value, step)) return NOT_FOUND;
    value = (value as Record<Step, unknown>)[step];
  }
  return value;
}

function isContainer(value: unknown): value is object {
  return Array.isArray(value) || isPlainObject(value);
}

/**
 * A copy of `content` with the value at `steps` replaced (or removed, for `REMOVED`); only the objects
 * and lists on the way are copied, and never through an inherited property such as `__proto__`.
 */
function replaced(content: unknown, steps: Step[], replacement: unknown): unknown {
  const [step, ...rest] = steps;
  if (step === undefined) return replacement;
  if (Array.isArray(content) && typeof step === 'number') {
    const copy = content.slice();
    if (rest.length === 0 && replacement === REMOVED) copy.splice(step, 1);
    else copy[step] = replaced(copy[step], rest, replacement);
    return copy;
  }
  const copy = Object.defineProperties({}, Object.getOwnPropertyDescriptors(content as object)) as Record<
    string,
    unknown
  >;
  const key = String(step);
  if (rest.length === 0 && replacement === REMOVED) Reflect.deleteProperty(copy, key);
  else Object.defineProperty(copy, key, { value: replaced(copy[key], rest, replacement), enumerable: true });
  return copy;
}
