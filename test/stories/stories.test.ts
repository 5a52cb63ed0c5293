/**
 * Every story, rendered as Storybook renders it — the meta's and the story's args, render function and
 * decorators inside the toolbar's decorator, then the play function — in each toolbar locale, and in
 * the dark scheme and the partner theme. Each must render its element, pass axe, and log no error or
 * warning but the console errors its `parameters.expectedConsoleErrors` lists, exactly.
 */
import { aTimeout, expect, fixture } from '@open-wc/testing';
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import type { LitElement, TemplateResult } from 'lit';
import { englishContent } from '../../src/content/index.js';
import { registerPseudoLocales } from '../../src/content/pseudo.js';
import * as donateBanner from '../../stories/donate-banner.stories.js';
import * as onionFooter from '../../stories/onion-footer.stories.js';
import * as tipBox from '../../stories/tip-box.stories.js';
import { initialGlobals, LOCALES, withToolbar, type ToolbarGlobals } from '../../stories/support/toolbar.js';
import * as userGroupCard from '../../stories/user-group-card.stories.js';
import * as userGroups from '../../stories/user-groups.stories.js';
import { captureConsole } from '../helpers.js';

type StoryModule = { default: Meta } & Record<string, unknown>;
type Decorators = Meta['decorators'];

const MODULES: Record<string, StoryModule> = { userGroupCard, userGroups, tipBox, donateBanner, onionFooter };

/** The toolbar settings each story is rendered with: every locale, then dark, the partner theme and both. */
const TOOLBARS: ToolbarGlobals[] = [
  ...Object.keys(LOCALES).map((locale) => ({ ...initialGlobals, locale: locale as ToolbarGlobals['locale'] })),
  { ...initialGlobals, scheme: 'dark' },
  { ...initialGlobals, theme: 'partner' },
  { ...initialGlobals, locale: 'ar-XB', scheme: 'dark', theme: 'partner' },
];

/** A module's stories: its named exports, as Storybook reads them (`__namedExportsOrder` aside). */
const storiesOf = (module: StoryModule): Array<[string, StoryObj]> =>
  Object.entries(module).filter(([name]) => name !== 'default' && name !== '__namedExportsOrder') as Array<
    [string, StoryObj]
  >;

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

before(() => registerPseudoLocales());

for (const [file, module] of Object.entries(MODULES)) {
  const meta = module.default;
  describe(`stories: ${meta.title}`, () => {
    for (const [name, story] of storiesOf(module)) {
      const pinned = story.globals?.locale;
      const toolbars = pinned ? TOOLBARS.filter((globals) => globals.locale === pinned) : TOOLBARS;
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

describe('stories: coverage of the content', () => {
  const argValues = (module: StoryModule, arg: string) =>
    storiesOf(module)
      .map(([, story]) => story.args?.[arg])
      .filter((value): value is string => typeof value === 'string');

  it('has a story for every user group in the content', () => {
    const shown = new Set(argValues(userGroupCard, 'group'));
    expect(englishContent.userGroups.map((group) => group.id).filter((id) => !shown.has(id))).to.deep.equal([]);
  });

  it('offers the content’s ids, and only those, in the group, groups, tip and campaign controls', () => {
    const control = (module: StoryModule, arg: string) => {
      const row = module.default.argTypes?.[arg] as { options?: string[]; control?: { type?: string } } | undefined;
      return { type: row?.control?.type, options: row?.options?.filter(Boolean) };
    };
    const ids = (items: ReadonlyArray<{ id: string }>) => items.map((item) => item.id);
    expect(control(userGroupCard, 'group')).to.deep.equal({ type: 'select', options: ids(englishContent.userGroups) });
    expect(control(userGroups, 'groups')).to.deep.equal({ type: 'check', options: ids(englishContent.userGroups) });
    expect(control(tipBox, 'tip')).to.deep.equal({ type: 'select', options: ids(englishContent.tips) });
    expect(control(donateBanner, 'campaign')).to.deep.equal({ type: 'select', options: ids(englishContent.campaigns) });
  });

  it('has a story for every tip in the content', () => {
    const shown = new Set(argValues(tipBox, 'tip'));
    expect(englishContent.tips.map((tip) => tip.id).filter((id) => !shown.has(id))).to.deep.equal([]);
  });
});
