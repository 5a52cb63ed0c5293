/**
 * `<tor-tip-box ${props(args)}>`: binds a story's args to the element, so every control changes what
 * is rendered. A string, number or boolean goes in the property's attribute, as a page writes it (and
 * as "Show code" then shows it); an object goes in the property; `--tor-*` args are inline custom
 * properties; `onTorCopy`-style args (Storybook's actions) listen for `tor-copy`. Removing an arg
 * restores the element's default.
 */
import { nothing, type ReactiveElement } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

type Element = HTMLElement & Record<string, unknown>;

/** The attribute Lit reads for `property` of this element, if it has one. */
function attributeOf(element: Element, property: string): string | undefined {
  const type = customElements.get(element.localName) as typeof ReactiveElement | undefined;
  const options = type?.elementProperties.get(property);
  if (!options || options.attribute === false) return undefined;
  return typeof options.attribute === 'string' ? options.attribute : property.toLowerCase();
}

const isPrimitive = (value: unknown): value is string | number | boolean =>
  ['string', 'number', 'boolean'].includes(typeof value);
export type StoryArgs = Record<string, unknown>;

/** `onTorCopy` → `tor-copy`. */
const eventOf = (handler: string): string =>
  handler
    .slice(2)
    .replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)
    .slice(1);

class PropsDirective extends Directive {
  private readonly defaults = new Map<string, unknown>();
  private readonly listeners = new Map<string, EventListener>();
  private applied = new Set<string>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('props() belongs on an element: <tor-tip-box ${props(args)}>');
  }

  render(_args: StoryArgs): unknown {
    return nothing;
  }

  override update(part: ElementPart, [args]: [StoryArgs]): unknown {
    const element = part.element as Element;
    const given = Object.entries(args).filter(([key]) => !key.includes(':'));
    for (const key of this.applied) if (!(key in args)) this.apply(element, key, undefined);
    for (const [key, value] of given) this.apply(element, key, value);
    this.applied = new Set(given.map(([key]) => key));
    return nothing;
  }

  private apply(element: Element, key: string, value: unknown): void {
    if (key.startsWith('--')) {
      if (value === undefined || value === '') element.style.removeProperty(key);
      else element.style.setProperty(key, String(value));
    } else if (/^on[A-Z]/.test(key)) {
      this.listen(element, eventOf(key), typeof value === 'function' ? (value as EventListener) : undefined);
    } else {
      this.set(element, key, value);
    }
  }

  private set(element: Element, key: string, value: unknown): void {
    if (!this.defaults.has(key)) this.defaults.set(key, element[key]);
    const attribute = attributeOf(element, key);
    if (attribute && isPrimitive(value)) {
      if (typeof value === 'boolean') element.toggleAttribute(attribute, value);
      else element.setAttribute(attribute, String(value));
      return;
    }
    if (attribute) element.removeAttribute(attribute);
    element[key] = value === undefined ? this.defaults.get(key) : value;
  }

  private listen(element: Element, event: string, listener: EventListener | undefined): void {
    const previous = this.listeners.get(event);
    if (previous) element.removeEventListener(event, previous);
    this.listeners.delete(event);
    if (listener) {
      element.addEventListener(event, listener);
      this.listeners.set(event, listener);
    }
  }
}

export const props = directive(PropsDirective);

/** A date control gives a timestamp; the elements take a `Date`. */
export const asDate = (value: unknown): Date | undefined =>
  value === undefined || value === null || value instanceof Date ? (value ?? undefined) : new Date(value as number);
