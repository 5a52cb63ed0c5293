/**
 * Renders every story of one stories module as Storybook renders it — the meta's and the story's args,
 * render function and decorators inside the toolbar's decorator, then the play function — in English,
 * the pseudo-locales and two real translations, and in the dark scheme and the partner theme; the
 * other shipped translations on the module's first story. Each must render its element, pass axe,
 * and log no error or warning but the console errors its `parameters.expectedConsoleErrors` lists,
 * exactly. One test file per stories module calls `describeStories`, so no file runs for long.
 */
import { aTimeout, expect, fixture } from '@open-wc/testing';
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import type { LitElement, TemplateResult } from 'lit';
import { registerPseudoLocales } from '../../src/content/pseudo.js';
import { registerShippedLocales } from '../../stories/support/shipped-locales.js';
import { initialGlobals, LOCALES, withToolbar, type ToolbarGlobals } from '../../stories/support/toolbar.js';
import { captureConsole } from '../helpers.js';

export type StoryModule = { default: Meta } & Record<string, unknown>;
type Decorators = Meta['decorators'];

// Every story in each of the toolbar's thirteen locales would be 16 renders of each story instead of
// 6, and each file as much longer; the real translations differ in words, not in what the elements do
// with them. So every story runs in Farsi (a real right-to-left translation of everything) and
// Russian (a real non-Latin left-to-right one, and long): 8 renders; the other eight shipped
// translations run on a module's first story (test/stories/toolbar-locales.test.ts checks the toolbar).
const EVERY_STORY_LOCALES = ['en', 'fa', 'ru', 'en-XA', 'ar-XB'];
const FIRST_STORY_LOCALES = Object.keys(LOCALES).filter((locale) => !EVERY_STORY_LOCALES.includes(locale));

const inLocale = (locale: string): ToolbarGlobals => ({ ...initialGlobals, locale });

/** The toolbar settings each story is rendered with: those locales, then dark, the partner theme and both. */
const TOOLBARS: ToolbarGlobals[] = [
  ...EVERY_STORY_LOCALES.map(inLocale),
  { ...initialGlobals, scheme: 'dark' },
  { ...initialGlobals, theme: 'partner' },
  { ...initialGlobals, locale: 'ar-XB', scheme: 'dark', theme: 'partner' },
];

/** A module's stories: its named exports, as Storybook reads them (`__namedExportsOrder` aside). */
export const storiesOf = (module: StoryModule): Array<[string, StoryObj]> =>
  Object.entries(module).filter(([name]) => name !== 'default' && name !== '__namedExportsOrder') as Array<
    [string, StoryObj]
  >;

/** The string values one arg takes across a module's stories (e.g. every `group` shown). */
export const argValues = (module: StoryModule, arg: string): string[] =>
  storiesOf(module)
    .map(([, story]) => story.args?.[arg])
    .filter((value): value is string => typeof value === 'string');

const asList = (decorators: Decorators): NonNullable<Exclude<Decorators, unknown[] | undefined>>[] =>
  decorators === undefined ? [] : Array.isArray(decorators) ? decorators : [decorators];

/** What Storybook would put in the canvas for this story with these toolbar settings. */
function compose(meta: Meta, story: StoryObj, name: string, globals: ToolbarGlobals) {
  const args = { ...meta.args, ...story.args };
  const context = {
    id: name,
    name,
    title: meta.title,
    component: meta.component,
    args,
    globals: { ...globals, ...story.globals },
    parameters: { ...meta.parameters, ...story.parameters },
    viewMode: 'story',
  } as unknown as StoryContext;
  const render = story.render ?? meta.render;
  if (!render) throw new Error(`${meta.title} › ${name}: no render function`);
  // Story decorators sit closest to the story, then the meta's, then the preview's (the toolbar).
  const decorators = [...asList(story.decorators), ...asList(meta.decorators), withToolbar];
  const storyFn = decorators.reduce<() => unknown>(
    (inner, decorator) => () => decorator(inner as never, context),
    () => render(args, context),
  );
  return { template: storyFn() as TemplateResult, context };
}

/** Every tor-* element in `root`, including those inside the elements' shadow roots. */
function torElements(root: ParentNode): LitElement[] {
  return [...root.querySelectorAll('*')].flatMap((element) => [
    ...(element.localName.startsWith('tor-') ? [element as LitElement] : []),
    ...(element.shadowRoot ? torElements(element.shadowRoot) : []),
  ]);
}

async function settle(root: ParentNode): Promise<void> {
  for (let round = 0; round < 2; round += 1) {
    await Promise.all(torElements(root).map((element) => element.updateComplete));
    await aTimeout(0);
  }
}

/** Uncaught errors and rejected promises while `body` runs (a throwing `render()` in Lit is one). */
async function uncaught(body: () => Promise<void>): Promise<string[]> {
  const found: string[] = [];
  const onError = (event: ErrorEvent) => found.push(String(event.error ?? event.message));
  const onRejection = (event: PromiseRejectionEvent) => found.push(String(event.reason));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    await body();
    await aTimeout(0);
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  return found;
}

/** A mocha `describe` with one test per story and toolbar setting of `module` (named `file` in test ids). */
export function describeStories(file: string, module: StoryModule): void {
  const meta = module.default;
  before(() => {
    registerShippedLocales();
    registerPseudoLocales();
  });
  describe(`stories: ${meta.title}`, () => {
    for (const [index, [name, story]] of storiesOf(module).entries()) {
      const pinned = story.globals?.locale;
      const all = index === 0 ? [...TOOLBARS, ...FIRST_STORY_LOCALES.map(inLocale)] : TOOLBARS;
      const toolbars = pinned ? all.filter((globals) => globals.locale === pinned) : all;
      for (const globals of toolbars) {
        it(`${name} (${globals.locale}, ${globals.scheme}, ${globals.theme})`, async () => {
          const errors = captureConsole('error');
          const warnings = captureConsole('warn');
          let page: HTMLElement | undefined;
          let thrown: string[];
          try {
            thrown = await uncaught(async () => {
              const { template, context } = compose(meta, story, `${file}.${name}`, globals);
              page = await fixture<HTMLElement>(template);
              await settle(page);
              await story.play?.({ ...context, canvasElement: page } as never);
              await settle(page);
            });
          } finally {
            errors.restore();
            warnings.restore();
          }
          expect(thrown, 'uncaught errors').to.deep.equal([]);
          expect(errors.messages, 'console errors').to.deep.equal(story.parameters?.expectedConsoleErrors ?? []);
          expect(warnings.messages, 'console warnings').to.deep.equal([]);
          const element = page!.querySelector(meta.component!);
          expect(element, `<${meta.component}> in the story`).to.exist;
          expect(element!.shadowRoot?.childElementCount ?? 0, 'rendered shadow content').to.be.greaterThan(0);
          await expect(page).to.be.accessible();
        });
      }
    }
  });
}
