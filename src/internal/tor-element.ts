/**
 * The base of every tor-elements element: its content controller's locale on a wrapper that carries
 * `dir` and `lang`, checked partner content, one funnel for problems (`reportOnce`), slots the page
 * fills, and the contract with the server renderer (`serverContext` in, `serverAdditions()` out).
 */
import { LitElement, html, isServer, type PropertyValues, type TemplateResult } from 'lit';
import { formatProblems, type ValidationResult } from '../content/validate.js';
import { attributeName } from './attributes.js';
import type { ContentController, Sections } from './content-controller.js';
import { deliver, type Reporter, type ReportLevel } from './report.js';
import type { ServerAdditions, ServerContext } from './server-context.js';
import { foldWhitespace } from './text.js';

/** What a JSON attribute held when it could not be parsed: the parser's reason, for the console error. */
class InvalidJson {
  constructor(readonly error: string) {}
}

/** Attribute converter for partner content given as JSON in HTML (`group-data='{"id": …}'`). */
export const jsonAttribute = {
  fromAttribute(value: string | null): unknown {
    if (value === null) return undefined;
    try {
      return JSON.parse(value) as unknown;
    } catch (error) {
      return new InvalidJson(error instanceof Error ? error.message : String(error));
    }
  },
};

// Validation results per object: an object given to many elements (or rendered often) is checked once.
const validated = new WeakMap<object, ValidationResult>();

export abstract class TorElement extends LitElement implements Reporter {
  /**
   * Set by the server renderer only: what a browser would find in the page around the element.
   * @internal
   */
  serverContext?: ServerContext;

  /** The element's content, resolved for the page's locale. */
  protected abstract readonly content: ContentController<Sections>;

  /** The input last reported per topic, so each problem is reported once per distinct input. */
  private readonly reported = new Map<string, unknown>();

  /**
   * What the server renderer must add to the page for this element beside its shadow root: an id,
   * anchors, or the server inputs the browser's first render must repeat. Called after rendering.
   * @internal
   */
  serverAdditions(): ServerAdditions {
    return {};
  }

  /**
   * Reports a problem with `key` (the input at fault) under `topic`, once: again only when the input
   * changes. A `key` of `undefined` means the problem is gone, so it is reported again if it returns.
   * @internal
   */
  reportOnce(topic: string, key: unknown, message: () => string, level: ReportLevel = 'error'): void {
    if (key === undefined) {
      this.reported.delete(topic);
      return;
    }
    if (this.reported.has(topic) && Object.is(this.reported.get(topic), key)) return;
    this.reported.set(topic, key);
    deliver({ source: this.tag, topic, level, message: `${this.tag}: ${message()}` });
  }

  /**
   * What must arrive before the element renders, so it never shows a wrong first state: the package's
   * translation for the page's language (not English first), and whatever else an element needs.
   */
  protected workBeforeRender(): Array<Promise<unknown> | undefined> {
    return [this.content.pending];
  }

  protected override scheduleUpdate(): ReturnType<LitElement['scheduleUpdate']> {
    const work = this.workBeforeRender().filter((promise) => promise !== undefined);
    return work.length > 0 ? Promise.all(work).then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  /** The element's tag, for messages. */
  protected get tag(): string {
    return this.localName ?? this.tagName?.toLowerCase() ?? 'tor-element';
  }

  /**
   * Partner content from a property or a JSON attribute: returned when valid, else `undefined` after
   * one report that names the element, the property and every problem's path.
   */
  protected checked<T>(
    value: unknown,
    property: string,
    validate: (value: unknown, path: string) => ValidationResult,
  ): T | undefined {
    const problem = this.problemWith(value, property, validate);
    if (!problem) this.reportOnce(property, undefined, () => '');
    else {
      const [summary, details] = problem;
      this.reportOnce(
        property,
        value,
        () => `${summary}; showing the default content instead.${details ? `\n${details}` : ''}`,
      );
    }
    return value !== undefined && value !== null && !problem ? (value as T) : undefined;
  }

  /** What is wrong with partner content: a summary and, for invalid content, one line per problem. */
  private problemWith(
    value: unknown,
    property: string,
    validate: (value: unknown, path: string) => ValidationResult,
  ): [summary: string, details?: string] | undefined {
    if (value === undefined || value === null) return undefined;
    if (value instanceof InvalidJson) {
      const attribute = attributeName(this.constructor as typeof LitElement, property) ?? property;
      return [`the ${attribute} attribute is not valid JSON (${value.error})`];
    }
    if (typeof value !== 'object') return [`${property} must be an object, got ${typeof value}`];
    let result = validated.get(value);
    if (!result) {
      result = validate(value, property);
      validated.set(value, result);
    }
    return result.ok ? undefined : [`${property} is not valid content`, formatProblems(result.problems)];
  }

  /**
   * Whether the page put content in a slot (`name`), or in the default slot (elements or words, not
   * the whitespace between tags). Slots are always rendered; this only decides what shows beside them.
   */
  protected hasSlotted(name?: string): boolean {
    if (isServer) return this.serverContext?.slots.has(name ?? '') ?? false;
    return Array.from(this.childNodes).some((node) =>
      name === undefined ? isDefaultSlotContent(node) : (node as Element).slot === name,
    );
  }

  /** The text the page put in slot `name`, whitespace folded (a label made from a slotted headline, say). */
  protected slottedText(name: string): string {
    if (isServer) return this.serverContext?.slots.get(name) ?? '';
    const slotted = Array.from(this.children).filter((child) => child.slot === name);
    return foldWhitespace(slotted.map((child) => child.textContent ?? '').join(' '));
  }

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    // Re-render when the page adds or removes slotted content.
    this.renderRoot.addEventListener('slotchange', () => this.requestUpdate());
    // Once the first render is done (over a server's shadow root, that is hydration), the browser's own
    // facts replace what a server decided without them.
    void this.updateComplete.then(() => this.decideInBrowser());
  }

  /**
   * Replaces what the server decided (the day, the page's host, nothing dismissed: declared as
   * `server-*` attributes) with what the browser finds; an element re-renders only where they differ.
   */
  protected decideInBrowser(): void {}

  /** Wraps rendered content with the page's language and direction (text in another language marks its own). */
  protected localized(content: unknown): TemplateResult {
    const { lang, dir } = this.content.locale;
    return html`<div part="base" class="base" dir=${dir} lang=${lang}>${content}</div>`;
  }
}

function isDefaultSlotContent(node: Node): boolean {
  if (node.nodeType === 3 /* TEXT_NODE */) return (node.textContent ?? '').trim() !== '';
  return node.nodeType === 1 /* ELEMENT_NODE */ && !(node as Element).hasAttribute('slot');
}
