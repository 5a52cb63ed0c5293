// Checks the English content against the page it transcribes, test/fixtures/who-uses-tor.seed.md.
import { expect } from '@open-wc/testing';
import { page } from '../../src/content/en/page.js';
import { userGroups } from '../../src/content/en/user-groups.js';
import { plainText } from '../../src/content/segments.js';
import type { RichText, Segment } from '../../src/content/types.js';
import { PAGE_GROUP_IDS, PAGE_ITEM_COUNTS } from '../expected.js';

const PAGE_URL = 'https://www.torproject.org/about/torusers.html.en';
const INTRO_START = '# Inception';
const GROUPS_START = '## Normal people use Tor';
const OUTRO_START = 'Please do send us your success stories';

interface PageLink {
  text: string;
  href: string;
}

interface PageSection {
  heading: string;
  markdown: string;
}

const collapseSpaces = (value: string): string => value.replace(/\s+/g, ' ').trim();

/**
 * The markdown converter both dropped and added spaces around links and bold ("increasingly[falling",
 * "**SecureDrop** ,"), which the transcription repairs; wording is therefore compared without whitespace,
 * and spacing is checked on its own.
 */
const withoutSpaces = (value: string): string => value.replace(/\s+/g, '');

function between(markdown: string, start: string, end: string): string {
  const from = markdown.indexOf(start);
  const to = markdown.indexOf(end, from);
  if (from < 0 || to < 0) throw new Error(`fixture: cannot find "${start}" … "${end}"`);
  return markdown.slice(from, to);
}

/** A relative href as the browser resolves it on the original page; absolute hrefs stay exactly as written. */
const resolveHref = (href: string): string => (/^[a-z][a-z\d+.-]*:/i.test(href) ? href : new URL(href, PAGE_URL).href);

/** Markdown links, not images, with the converter's line wraps undone. */
function pageLinks(markdown: string): PageLink[] {
  return [...markdown.matchAll(/(?<!!)\[([^\]]*)\]\(([^)]*)\)/g)].map(([, text, href]) => ({
    text: collapseSpaces(text),
    href: resolveHref(href.replace(/\s+/g, '')),
  }));
}

const stripLinks = (markdown: string): string => markdown.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');

/** What a reader sees of a markdown paragraph or list item. */
const pageWords = (markdown: string): string =>
  withoutSpaces(stripLinks(markdown).replaceAll('**', '').replaceAll('\\--', '--'));

const boldTexts = (markdown: string): string[] =>
  [...markdown.matchAll(/\*\*(.+?)\*\*/g)].map(([, bold]) => collapseSpaces(stripLinks(bold)));

function groupSections(markdown: string): PageSection[] {
  return between(markdown, GROUPS_START, OUTRO_START)
    .split(/^## /m)
    .filter((chunk) => chunk.trim() !== '')
    .map((chunk) => {
      const [heading, ...body] = chunk.split('\n');
      return { heading: heading.trim(), markdown: body.join('\n') };
    });
}

const listItems = (markdown: string): string[] => [...markdown.matchAll(/^ {2}\* (.*)$/gm)].map(([, item]) => item);

/** Paragraphs of prose, without rules and images. */
const paragraphs = (markdown: string): string[] =>
  markdown
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block !== '' && !/^(#|\* \* \*|!\[)/.test(block));

const introMarkdown = (markdown: string): string => between(markdown, INTRO_START, GROUPS_START);

const outroParagraphs = (markdown: string): string[] =>
  paragraphs(markdown.slice(markdown.indexOf(OUTRO_START))).slice(0, 2);

function linkSegments(segments: readonly Segment[]): PageLink[] {
  return segments.flatMap((segment): PageLink[] => {
    if (segment.type === 'link') return [{ text: segment.text, href: segment.href }];
    if (segment.type === 'text') return [];
    return linkSegments(segment.segments);
  });
}

function strongTexts(segments: readonly Segment[]): string[] {
  return segments.flatMap((segment): string[] => {
    if (segment.type === 'strong') return [plainText(segment.segments), ...strongTexts(segment.segments)];
    if (segment.type === 'emphasis') return strongTexts(segment.segments);
    return [];
  });
}

function allSegments(segments: readonly Segment[]): Segment[] {
  return segments.flatMap((segment) =>
    segment.type === 'strong' || segment.type === 'emphasis' ? [segment, ...allSegments(segment.segments)] : [segment],
  );
}

/** The texts of text and link segments in reading order, where a link or bold text starts or ends. */
function leafTexts(segments: readonly Segment[]): string[] {
  return segments.flatMap((segment) =>
    segment.type === 'strong' || segment.type === 'emphasis' ? leafTexts(segment.segments) : [segment.text],
  );
}

const linksOfAll = (paragraphsOrItems: readonly RichText[]): PageLink[] =>
  paragraphsOrItems.flatMap((rich) => linkSegments(rich.segments));

const allRichText = (): RichText[] => [...userGroups.flatMap((group) => group.items), ...page.intro, ...page.outro];

function expectSameLinks(actual: PageLink[], expected: PageLink[], where: string): void {
  for (const link of expected) {
    expect(actual, `${where}: missing link ${JSON.stringify(link)}`).to.deep.include(link);
  }
  for (const link of actual) {
    expect(expected, `${where}: link not on the page ${JSON.stringify(link)}`).to.deep.include(link);
  }
}

describe('English content: "Who uses Tor"', () => {
  let markdown = '';
  let sections: PageSection[] = [];

  const sectionFor = (heading: string): PageSection => {
    const section = sections.find((candidate) => candidate.heading === heading);
    if (!section) throw new Error(`no section "## ${heading}" on the page`);
    return section;
  };

  before(async () => {
    markdown = await (await fetch('/test/fixtures/who-uses-tor.seed.md')).text();
    sections = groupSections(markdown);
  });

  it('lists the page’s groups in order, by their anchor ids and headings', () => {
    expect(userGroups.map((group) => group.id)).to.deep.equal(PAGE_GROUP_IDS);
    expect(userGroups.map((group) => group.heading)).to.deep.equal(sections.map((section) => section.heading));
  });

  it('has every item of every group', () => {
    const counts = userGroups.map((group) => group.items.length);
    expect(counts).to.deep.equal(PAGE_ITEM_COUNTS);
    expect(counts).to.deep.equal(sections.map((section) => listItems(section.markdown).length));
  });

  it('keeps each item’s wording', () => {
    for (const group of userGroups) {
      const expected = listItems(sectionFor(group.heading).markdown).map(pageWords);
      group.items.forEach((item, index) => {
        expect(withoutSpaces(plainText(item.segments)), `${group.id}, item ${index + 1}`).to.equal(expected[index]);
      });
    }
  });

  it('links, in each group, exactly what the page links there', () => {
    for (const group of userGroups) {
      expectSameLinks(linksOfAll(group.items), pageLinks(sectionFor(group.heading).markdown), group.id);
    }
  });

  it('sets in bold exactly what the page sets in bold', () => {
    for (const group of userGroups) {
      const bold = boldTexts(sectionFor(group.heading).markdown);
      const groupText = withoutSpaces(group.items.map((item) => plainText(item.segments)).join(' '));
      const strong = group.items.flatMap((item) => strongTexts(item.segments)).map(withoutSpaces);
      for (const text of bold) {
        expect(groupText, `${group.id}: text of bold "${text}"`).to.include(withoutSpaces(text));
        expect(strong, `${group.id}: "${text}" is not bold`).to.include(withoutSpaces(text));
      }
      expect(strong, `${group.id}: bold the page does not have`).to.have.length(bold.length);
    }
  });

  it('keeps the intro and outro, with their links', () => {
    const intro = paragraphs(introMarkdown(markdown).slice(INTRO_START.length));
    const outro = outroParagraphs(markdown);
    expect(page.intro.map((paragraph) => withoutSpaces(plainText(paragraph.segments)))).to.deep.equal(
      intro.map(pageWords),
    );
    expect(page.outro.map((paragraph) => withoutSpaces(plainText(paragraph.segments)))).to.deep.equal(
      outro.map(pageWords),
    );
    expectSameLinks(linksOfAll(page.intro), pageLinks(introMarkdown(markdown)), 'intro');
    expectSameLinks(linksOfAll(page.outro), pageLinks(outro.join('\n\n')), 'outro');
  });

  it('holds plain text only, without markdown or HTML', () => {
    for (const segment of allRichText().flatMap((rich) => allSegments(rich.segments))) {
      if (segment.type !== 'text' && segment.type !== 'link') continue;
      for (const syntax of ['**', '](', '<', '\\--']) {
        expect(segment.text, `"${segment.text}"`).not.to.include(syntax);
      }
    }
  });

  it('is spaced like prose: no leading, trailing, doubled or non-space whitespace', () => {
    for (const rich of allRichText()) {
      const text = plainText(rich.segments);
      expect(text.trim(), 'leading or trailing whitespace').to.equal(text);
      expect(text, 'doubled or non-space whitespace').not.to.match(/ {2}|[^\S ]/);
      const pieces = leafTexts(rich.segments);
      pieces.slice(1).forEach((piece, index) => {
        const joined = `${pieces[index]}|${piece}`;
        expect(joined, 'a word runs into a link or bold text').not.to.match(/\w\|\w/);
      });
    }
    for (const link of linksOfAll(allRichText())) {
      expect(link.text, `link text "${link.text}"`).to.equal(link.text.trim());
    }
  });

  it('links only to absolute http(s) addresses, which work from a partner’s page', () => {
    for (const { href } of linksOfAll(allRichText())) {
      expect(['http:', 'https:'], href).to.include(new URL(href).protocol);
      expect(href, href).to.match(/^https?:\/\/\S+$/);
    }
  });
});
