/**
 * The base of every tor-elements element: the page's locale, checked partner content (one console
 * error per bad object, naming the element and the path), and the wrapper that carries `dir`/`lang`.
 */
import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import { contentLocale } from '../content/registry.js';
import { formatProblems, type ValidationResult } from '../content/validate.js';
import type { LocaleInfo } from '../content/locale.js';
import { LocaleController } from './locale-controller.js';

/** What a JSON attribute held when it could not be parsed. */
export class InvalidJson {
  constructor(
    readonly source: string,
    readonly error: string,
  ) {}
}

/** Attribute converter for partner content given as JSON in HTML (`group-data='{"id": …}'`). */
export const jsonAttribute = {
  fromAttribute(value: string | null): unknown {
    if (value === null) return undefined;
    try {
      return JSON.parse(value) as unknown;
    } catch (error) {
      return new InvalidJson(value, error instanceof Error ? error.message : String(error));
    }
  },
};

const checkedObjects = new WeakMap<object, boolean>();

export abstract class TorElement extends LitElement {
  private readonly localeController = new LocaleController(this);

  /** The page's locale where the element stands (nearest `lang` and `dir`). */
  protected get locale(): LocaleInfo {
    return this.localeController.value;
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
    return Array.from(this.childNodes ?? []).some((node) =>
      name === undefined ? isDefaultSlotContent(node) : (node as Element).slot === name,
    );
  }

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    // Re-render when the page adds or removes slotted content.
    this.renderRoot.addEventListener('slotchange', () => this.requestUpdate());
  }

  /** Wraps rendered content with the page's direction, and `lang` when the content is in another language. */
  protected localized(content: unknown): TemplateResult {
    const { lang, dir } = this.locale;
    return html`<div part="base" class="base" dir=${dir} lang=${contentLocale(lang)}>${content}</div>`;
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
