/**
 * The base of every tor-elements element: its content controller's locale on a wrapper that carries
 * `dir` and `lang`, checked partner content, one funnel for problems (`reportOnce`), slots the page
 * fills, and the contract with the server renderer (`serverContext` in, `serverAdditions()` out).
 */
import { LitElement, html, isServer, type PropertyValues, type TemplateResult } from 'lit';
import type { KeptContent, Validator } from '../content/keep-valid.js';
import { contentArriving, newItemsUnchecked } from '../content/store.js';
import { attributeName } from './attributes.js';
import { contentChecks, loadContentChecks, type ContentChecks } from './content-checks.js';
import type { ContentController, Sections } from './content-controller.js';
import { deliver, type Reporter, type ReportLevel } from './report.js';
import type { ServerAdditions, ServerContext } from './server-context.js';
import { foldWhitespace } from './text.js';

/** What a JSON attribute held when it could not be parsed: the parser's reason, for the console error. */
class InvalidJson {
  constructor(readonly error: string) {}
}

/**
 * Attribute converter for partner content given as JSON in HTML (`group-data='{"id": …}'`). A property
 * with this converter is partner content: while one is set, the element loads the checks before it renders.
 */
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

// Checked partner content per object: an object given to many elements (or rendered often) is checked once.
const checkedContent = new WeakMap<object, KeptContent>();

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
   * translation for the page's language (not English first), content the page is registering, the
   * checks of partner content when there is any (never a frame of it unchecked), and whatever else an
   * element needs.
   */
  protected workBeforeRender(): Array<Promise<unknown> | undefined> {
    const checking = !contentChecks() && (this.hasPartnerContent() || newItemsUnchecked());
    return [this.content.pending, contentArriving(), checking ? loadContentChecks() : undefined];
  }

  /** Whether partner content is set: a property read from JSON attributes (see `jsonAttribute`). */
  private hasPartnerContent(): boolean {
    const { elementProperties } = this.constructor as typeof LitElement;
    return [...elementProperties].some(
      ([name, options]) => options.converter === jsonAttribute && this[name as keyof this] != null,
    );
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
   * Partner content from a property or a JSON attribute: `undefined` when none is given; else what of
   * it is valid (`value`, `undefined` when nothing is, or while the checks are not here: nothing is
   * shown unchecked). Invalid pieces are left out, never replaced by the default content, and reported
   * once, naming the element, the property and each piece's path. `validator` picks the check.
   */
  protected checked<T>(
    value: unknown,
    property: string,
    validator: (checks: ContentChecks) => Validator,
  ): { value: T | undefined } | undefined {
    if (value === undefined || value === null) {
      this.reportOnce(property, undefined, () => '');
      return undefined;
    }
    const checks = contentChecks();
    if (!checks) return { value: undefined };
    const kept = this.keptContent(value, property, checks, validator(checks));
    const faulty = value instanceof InvalidJson || kept.problems.length > 0;
    this.reportOnce(property, faulty ? value : undefined, () => this.describeProblems(value, property, kept, checks));
    return { value: kept.value as T | undefined };
  }

  private keptContent(value: unknown, property: string, checks: ContentChecks, validate: Validator): KeptContent {
    if (value instanceof InvalidJson) return { value: undefined, problems: [] };
    if (typeof value !== 'object' || value === null) return checks.keepValid(value, property, validate);
    let kept = checkedContent.get(value);
    if (!kept) {
      kept = checks.keepValid(value, property, validate);
      checkedContent.set(value, kept);
    }
    return kept;
  }

  private describeProblems(value: unknown, property: string, kept: KeptContent, checks: ContentChecks): string {
    if (value instanceof InvalidJson) {
      const attribute = attributeName(this.constructor as typeof LitElement, property) ?? property;
      return `the ${attribute} attribute is not valid JSON (${value.error}), so none of it is shown. Fix the JSON.`;
    }
    const outcome =
      kept.value === undefined
        ? 'none of it can be shown, and nothing is shown in its place'
        : 'what is invalid is left out and the rest is shown';
    return `${property} is not valid content: ${outcome}. Fix:\n${checks.formatProblems(kept.problems)}`;
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

  /**
   * Wraps rendered content with the page's language and direction (text in another language marks its
   * own). With `shown` false the element shows nothing and takes no space (its slots stay rendered).
   */
  protected localized(content: unknown, shown = true): TemplateResult {
    const { lang, dir } = this.content.locale;
    return html`<div part="base" class="base" dir=${dir} lang=${lang} ?hidden=${!shown}>${content}</div>`;
  }
}

function isDefaultSlotContent(node: Node): boolean {
  if (node.nodeType === 3 /* TEXT_NODE */) return (node.textContent ?? '').trim() !== '';
  return node.nodeType === 1 /* ELEMENT_NODE */ && !(node as Element).hasAttribute('slot');
}
