// Reads the links of the seed page's user-group sections, to compare with the built content.
import { readFileSync } from 'node:fs';

const PAGE_URL = 'https://www.torproject.org/about/torusers.html.en';

export function seedGroupLinks() {
  const seed = readFileSync(new URL('../fixtures/who-uses-tor.seed.md', import.meta.url), 'utf8');
  const groups = seed.slice(
    seed.indexOf('## Normal people use Tor'),
    seed.indexOf('Please do send us your success stories'),
  );
  // Images (![alt](src)) are not links. Markdown wraps long URLs over lines: a newline inside (…) is not part of the URL.
  return [...groups.matchAll(/(?<!!)\[[^\]]*\]\(([^)]+)\)/g)].map(
    (match) => new URL(match[1].replace(/\s+/g, ''), PAGE_URL).href,
  );
}
