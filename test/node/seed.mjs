// Reads the seed page (the "Who uses Tor" page as it was), to compare with the built content and demo.
import { readFileSync } from 'node:fs';

const PAGE_URL = 'https://www.torproject.org/about/torusers.html.en';

export function seedGroupLinks() {
  const seed = seedText();
  const groups = seed.slice(
    seed.indexOf('## Normal people use Tor'),
    seed.indexOf('Please do send us your success stories'),
  );
  // Images (![alt](src)) are not links. Markdown wraps long URLs over lines: a newline inside (…) is not part of the URL.
  return [...groups.matchAll(/(?<!!)\[[^\]]*\]\(([^)]+)\)/g)].map(
    (match) => new URL(match[1].replace(/\s+/g, ''), PAGE_URL).href,
  );
}

const seedText = () => readFileSync(new URL('../fixtures/who-uses-tor.seed.md', import.meta.url), 'utf8');

/** The page's Tor Tip as a reader read it: "Tor is written for … Donate today!" */
export function seedTorTip() {
  const seed = seedText();
  const tip = seed.slice(seed.indexOf('## Tor Tip') + '## Tor Tip'.length, seed.indexOf('![Tor]'));
  return tip
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The pictures of the user groups: each one's alt text and the heading of the group it stood above. */
export function seedGroupImages() {
  const seed = seedText();
  return [...seed.matchAll(/!\[([^\]]*)\]\([^)]*\)\s+## ([^\n]+)/g)]
    .map(([, alt, heading]) => ({ alt, heading: heading.trim() }))
    .filter(({ heading }) => heading.endsWith('use Tor'));
}
