/**
 * Binds an element to the content it shows: the page's locale where the element stands (followed as
 * `lang` and `dir` change), its sections resolved for that locale with English where nothing is
 * registered, and a re-render whenever content is registered.
 */
import { html, isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { DEFAULT_LOCALE, localeIn, resolveLocale, type Direction, type LocaleInfo } from '../content/locale.js';
import {
  contentDirection,
  localeChain,
  onContentChange,
  originOf,
  resolveSection,
  type Section,
} from '../content/store.js';
import { loadLocale } from './locale-loader.js';
import type { ServerContext } from './server-context.js';

export type ContentHost = ReactiveControllerHost & HTMLElement & { serverContext?: ServerContext };

export type Sections = Record<string, Section<unknown>>;

/** The resolved value of each section. */
export type SectionValues<S extends Sections> = { [K in keyof S]: S[K] extends Section<infer T> ? T : never };

const controllers = new Set<ContentController<Sections>>();
const observedRoots = new WeakSet<Node>();
let observer: MutationObserver | undefined;

/** One MutationObserver per page watches `lang` and `dir` on every root an element stands in. */
function observe(root: Node): void {
  if (observedRoots.has(root)) return;
  observer ??= new MutationObserver(() => controllers.forEach((controller) => controller.refresh()));
  observer.observe(root, { attributes: true, attributeFilter: ['lang', 'dir'], subtree: true });
  observedRoots.add(root);
}

/** What render code needs to mark text that is not in the page's language (see `ContentController`). */
export interface Languages {
  langOf(container: object, key?: string): string;
  foreign(lang: string, around?: string): { lang: string; dir: Direction } | undefined;
  mark(lang: string, content: unknown, around?: string): unknown;
}

export class ContentController<S extends Sections> implements ReactiveController, Languages {
  private current: LocaleInfo = DEFAULT_LOCALE;
  private stopListening?: () => void;

  /** While the package's translation for the page's language loads: the element waits to render. */
  pending?: Promise<void>;

  constructor(
    private readonly host: ContentHost,
    private readonly sections: S,
  ) {
    host.addController(this);
  }

  /** The page's locale where the element stands. */
  get locale(): LocaleInfo {
    if (!isServer) return this.current;
    // A server renders without a page around the element: the server's context, else its own attributes.
    return this.host.serverContext?.locale ?? this.ownLocale();
  }

  /**
   * The language of field `key` of `container` (a value of this element's content, or `container` as a
   * whole): the locale that gave it, else English, the fallback.
   */
  langOf(container: object, key?: string): string {
    return originOf(container, key) ?? 'en';
  }

  /** The `lang` and `dir` text in `lang` needs inside text in `around` (the page's language), if any. */
  foreign(lang: string, around = this.locale.lang): { lang: string; dir: Direction } | undefined {
    return localeChain(around).includes(lang.toLowerCase()) ? undefined : { lang, dir: contentDirection(lang) };
  }

  /**
   * `content` as text in `lang`: inside text in another language (the page's, by default) it gets its
   * own `lang` and direction, isolated, so punctuation stays put and a screen reader picks the voice.
   */
  mark(lang: string, content: unknown, around?: string): unknown {
    const own = this.foreign(lang, around);
    return own ? html`<span lang=${own.lang} dir=${own.dir}>${content}</span>` : content;
  }

  /** Every section, resolved for the page's locale. */
  get value(): SectionValues<S> {
    const { lang } = this.locale;
    const entries = Object.entries(this.sections).map(([name, section]) => [name, resolveSection(section, lang)]);
    return Object.fromEntries(entries) as SectionValues<S>;
  }

  hostConnected(): void {
    controllers.add(this);
    // Every root between the host and the document, so a lang change anywhere above it is seen.
    for (let root = this.host.getRootNode(); ; root = (root as ShadowRoot).host.getRootNode()) {
      observe(root);
      if (!(root instanceof ShadowRoot)) break;
    }
    this.stopListening = onContentChange(() => this.host.requestUpdate());
    this.refresh();
  }

  hostDisconnected(): void {
    controllers.delete(this);
    this.stopListening?.();
  }

  /** Re-reads the locale; re-renders the host only when it changed. */
  refresh(): void {
    const next = resolveLocale(this.host);
    if (next.lang !== this.current.lang || next.dir !== this.current.dir) {
      this.current = next;
      this.waitFor(loadLocale(next.lang));
      this.host.requestUpdate();
    }
  }

  private waitFor(loading: Promise<void> | undefined): void {
    if (!loading) return;
    const waiting: Promise<void> = loading.finally(() => {
      if (this.pending === waiting) this.pending = undefined;
    });
    this.pending = waiting;
  }

  private ownLocale(): LocaleInfo {
    const { lang, dir } = localeIn(this.host, {
      parent: () => null,
      attribute: (element, name) => element.getAttribute?.(name),
    });
    return { lang, dir: dir === 'auto' ? DEFAULT_LOCALE.dir : dir };
  }
}
