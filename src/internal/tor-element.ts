/**
 * The base of every tor-elements element: the page's locale, checked partner content (one console
 * error per bad object, naming the element and the path), the wrapper that carries `dir`/`lang`, and
 * what server rendering needs (slots the page fills, and the server's decisions for hydration).
 */
import { LitElement, html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { contentLocale } from '../content/registry.js';
import { formatProblems, type ValidationResult } from '../content/validate.js';
import type { LocaleInfo } from '../content/locale.js';
import { LocaleController } from './locale-controller.js';
import { serverSlots } from './server-context.js';

/** What a JSON attribute held when it could not be parsed: the parser's reason, for the console error. */
export class InvalidJson {
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

const checkedObjects = new WeakMap<object, boolean>();

export abstract class TorElement extends LitElement {
  private readonly localeController = new LocaleController(this);

  /**
   * Until the first render of an element rendered on a server, that render's wrapper: the first
   * render in the browser must repeat the server's decisions (locale, the day, the page's host) for
   * hydration to match; the next render then applies the browser's own.
   */
  private serverBase?: Element | null;

  override connectedCallback(): void {
    if (!this.hasUpdated && this.shadowRoot) this.serverBase = this.shadowRoot.querySelector('[part~="base"]');
    super.connectedCallback();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.serverBase) {
      this.serverBase = undefined;
      this.requestUpdate();
    }
  }

  /** The page's locale where the element stands (nearest `lang` and `dir`). */
  protected get locale(): LocaleInfo {
    const server = this.serverBase;
    if (server)
      return {
        lang: server.getAttribute('data-locale') ?? 'en',
        dir: server.getAttribute('dir') === 'rtl' ? 'rtl' : 'ltr',
      };
    return this.localeController.value;
  }

  /** During the first render after server rendering, what the server decided for `name` (see `localized`). */
  protected serverDecision(name: string): string | undefined {
    const recorded = this.serverBase?.getAttribute('data-decided');
    if (!recorded) return undefined;
    try {
      const decisions = JSON.parse(recorded) as Record<string, unknown>;
      return typeof decisions[name] === 'string' ? decisions[name] : undefined;
    } catch {
      return undefined;
    }
  }

  /** The element's tag, for messages. */
  protected get tag(): string {
    return this.localName ?? this.tagName?.toLowerCase() ?? 'tor-element';
  }

  /**
   * Partner content from a property or a JSON attribute: returned when valid, else `undefined` after
   * one console error that names the element, the property and every problem's path.
   */
  protected checked<T>(
    value: unknown,
    property: string,
    validate: (value: unknown, path: string) => ValidationResult,
  ): T | undefined {
    if (value === undefined || value === null) return undefined;
    if (value instanceof InvalidJson) {
      if (!checkedObjects.has(value)) {
        checkedObjects.set(value, false);
        console.error(
          `${this.tag}: the ${attributeOf(this, property)} attribute is not valid JSON (${value.error}); showing the default content instead.`,
        );
      }
      return undefined;
    }
    if (typeof value !== 'object') {
      console.error(
        `${this.tag}: ${property} must be an object, got ${typeof value}; showing the default content instead.`,
      );
      return undefined;
    }
    let ok = checkedObjects.get(value);
    if (ok === undefined) {
      const result = validate(value, property);
      ok = result.ok;
      checkedObjects.set(value, ok);
      if (!ok)
        console.error(
          `${this.tag}: ${property} is not valid content; showing the default content instead.\n${formatProblems(result.problems)}`,
        );
    }
    return ok ? (value as T) : undefined;
  }

  /**
   * Whether the page put content in a slot (`name`), or in the default slot (elements or words, not
   * the whitespace between tags). Slots are always rendered; this only decides what shows beside them.
   */
  protected hasSlotted(name?: string): boolean {
    if (isServer) return serverSlots(this)?.has(name ?? '') ?? false;
    return Array.from(this.childNodes ?? []).some((node) =>
      name === undefined ? isDefaultSlotContent(node) : (node as Element).slot === name,
    );
  }

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    // Re-render when the page adds or removes slotted content.
    this.renderRoot.addEventListener('slotchange', () => this.requestUpdate());
  }

  /**
   * Wraps rendered content with the page's direction, and `lang` when the content is in another
   * language. `decisions` are choices that depend on where and when it renders (the tip of the day,
   * whether a campaign runs): recorded, so that a browser hydrating a server's render repeats them.
   */
  protected localized(content: unknown, decisions?: Record<string, string>): TemplateResult {
    const { lang, dir } = this.locale;
    return html`<div
      part="base"
      class="base"
      dir=${dir}
      lang=${contentLocale(lang)}
      data-locale=${lang}
      data-decided=${decisions ? JSON.stringify(decisions) : nothing}
    >
      ${content}
    </div>`;
  }
}

function isDefaultSlotContent(node: Node): boolean {
  if (node.nodeType === 3 /* TEXT_NODE */) return (node.textContent ?? '').trim() !== '';
  return node.nodeType === 1 /* ELEMENT_NODE */ && !(node as Element).hasAttribute('slot');
}

/** The attribute that sets `property`, e.g. `group-data` for `groupData`. */
function attributeOf(element: LitElement, property: string): string {
  const attribute = (element.constructor as typeof LitElement).elementProperties.get(property)?.attribute;
  return typeof attribute === 'string' ? attribute : property;
}
