// The prerender command at build scale: --jobs (worker threads) writes and says exactly what one thread
// does, --shard splits a site so that each file is rendered by exactly one run, and the output is for
// the enhancement script by default (no Lit markers) or for hydration with --hydrate.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'parse5';
import { prerenderHtml } from '../../dist/ssr/index.js';
import { batchSize } from '../../dist/ssr/workers.js';
import { folderWith, prerender, ROOT, withoutPrerendering } from './support.mjs';

const page = (body) =>
  `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Page</title></head><body>\n${body}\n</body></html>\n`;

/** Files of every kind the command meets: several elements, none, a failure, a refusal, a link, a foreign tag. */
const VARIED = {
  'a.html': page('<tor-tip-box tip="donate"></tor-tip-box><tor-onion-footer></tor-onion-footer>'),
  'b/groups.html': page('<tor-user-groups groups="activists bloggers" index></tor-user-groups>'),
  'b/broken.html': page('<tor-user-group-card group="pirates"></tor-user-group-card>'),
  'b/plain.html': page('<p>No elements here.</p>'),
  'c/fa.html': page('<div lang="fa" dir="rtl"><tor-tip-box tip="volunteer"></tor-tip-box></div>'),
  'c/latin1.html': Buffer.from(page('<p>caf\xe9</p><tor-tip-box></tor-tip-box>'), 'latin1'),
  'c/theirs.html': page('<tor-header></tor-header><tor-donate-banner remember="none"></tor-donate-banner>'),
  'd/banner.html': page('<tor-donate-banner remember="local" heading-level="0"></tor-donate-banner>'),
};

/** Every file under `folder` (relative path → bytes). */
function contentsOf(folder) {
  return Object.fromEntries(
    readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const path = join(entry.parentPath, entry.name);
        return [path.slice(folder.length + 1), readFileSync(path)];
      })
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );
}

const LIT_MARKER = /<!--(?:lit-part(?: [^>]*)?|\/lit-part|lit-node \d+)-->/g;

test('--jobs 2 writes the same bytes and prints the same lines, in the same order, as --jobs 1', () => {
  const [one, two] = [folderWith(VARIED), folderWith(VARIED)];
  const single = prerender(['**/*.html', '--jobs', '1'], one);
  const threads = prerender(['**/*.html', '--jobs', '2'], two);
  assert.equal(single.code, 1);
  assert.equal(threads.code, single.code);
  assert.equal(threads.stdout, single.stdout);
  assert.equal(threads.stderr, single.stderr);
  assert.deepEqual(contentsOf(two), contentsOf(one));
  // What the run said, so that the comparison above compares something.
  assert.match(single.stdout, /^6 of 8 files prerendered, 6 elements; 2 with errors, left unchanged\./m);
  assert.match(single.stderr, /^b\/broken\.html:3:1: <tor-user-group-card> not rendered: .*"pirates"/m);
  assert.match(single.stderr, /^c\/latin1\.html: not prerendered, left as it was: .*not valid UTF-8/m);
  assert.match(single.stdout, /Left as they were: <tor-header> \(not a tor-elements element\)\./);
  const order = [...single.stdout.matchAll(/^(\S+): rendered/gm)].map(([, file]) => file);
  assert.deepEqual(order, ['a.html', 'b/groups.html', 'c/fa.html', 'c/theirs.html', 'd/banner.html']);
  assert.equal(readFileSync(join(one, 'b/broken.html'), 'utf8'), VARIED['b/broken.html']);
});

test("--jobs 2 over files enough for many batches: the same bytes and lines, in the input's order, as one thread", () => {
  // Every seventh page names a group that does not exist: an error line and a file left as it was.
  const files = Object.fromEntries(
    Array.from({ length: 45 }, (_, index) => [
      `pages/${String(index).padStart(2, '0')}.html`,
      index % 7 === 3
        ? page('<tor-user-group-card group="pirates"></tor-user-group-card>')
        : page(`<p>${index}</p><tor-tip-box tip="volunteer"></tor-tip-box>`),
    ]),
  );
  const [one, two] = [folderWith(files), folderWith(files)];
  const single = prerender(['pages/*.html', '--jobs', '1'], one);
  const threads = prerender(['pages/*.html', '--jobs', '2'], two);
  assert.equal(threads.code, single.code);
  assert.equal(threads.stdout, single.stdout);
  assert.equal(threads.stderr, single.stderr);
  assert.deepEqual(contentsOf(two), contentsOf(one));
  assert.match(single.stdout, /^39 of 45 files prerendered, 39 elements; 6 with errors, left unchanged\./m);
  const rendered = [...single.stdout.matchAll(/^pages\/(\d+)\.html: rendered/gm)].map(([, index]) => Number(index));
  assert.deepEqual(
    rendered,
    Object.keys(files)
      .map((_, index) => index)
      .filter((index) => index % 7 !== 3),
  );
  const failed = [...single.stderr.matchAll(/^pages\/(\d+)\.html:\d+:\d+: <tor-user-group-card> not rendered/gm)];
  assert.deepEqual(
    failed.map(([, index]) => Number(index)),
    [3, 10, 17, 24, 31, 38],
  );
});

test('files go to the workers in batches that shrink as the queue runs out, so the workers finish together', () => {
  assert.equal(batchSize(1000, 2), 16, 'a long queue: full batches');
  assert.equal(batchSize(40, 2), 10, 'a quarter of what is left, for two workers holding two batches each');
  assert.equal(batchSize(3, 2), 1);
  assert.equal(batchSize(1, 4), 1);
  // Draining a queue of 1,000 files: every file once, and the last batches of a single file.
  const sizes = [];
  for (let queued = 1000; queued > 0; queued -= sizes.at(-1)) sizes.push(batchSize(queued, 2));
  assert.equal(
    sizes.reduce((sum, size) => sum + size, 0),
    1000,
  );
  assert.deepEqual(sizes.slice(-4), [1, 1, 1, 1]);
});

test('--jobs 2 with --out and --csp: the same files as one thread, and one policy for all', () => {
  const [one, two] = [folderWith(VARIED), folderWith(VARIED)];
  const args = (jobs) => ['**/*.html', '--out', 'public', '--csp', '--print-csp', '--quiet', '--jobs', jobs];
  const single = prerender(args('1'), one);
  const threads = prerender(args('2'), two);
  assert.equal(threads.stdout, single.stdout);
  assert.equal(threads.stderr, single.stderr);
  assert.deepEqual(contentsOf(join(two, 'public')), contentsOf(join(one, 'public')));
  assert.match(single.stdout, /^Content-Security-Policy: default-src 'self'; .*'sha256-/m);
});

test('--shard i/3 over 10 files: each file in exactly one shard, each run saying its share', () => {
  const files = Object.fromEntries(
    Array.from({ length: 10 }, (_, index) => [
      `pages/page-${index}.html`,
      page(`<p>${index}</p><tor-tip-box tip="volunteer"></tor-tip-box>`),
    ]),
  );
  const site = folderWith(files);
  const shares = [1, 2, 3].map((index) => {
    const { code, stdout } = prerender(
      ['pages/*.html', '--out', `out-${index}`, '--base', 'pages', '--shard', `${index}/3`],
      site,
    );
    assert.equal(code, 0);
    const written = readdirSync(join(site, `out-${index}`)).sort();
    assert.match(
      stdout,
      new RegExp(
        `^shard ${index}/3: ${written.length} of 10 files\\. ${written.length} of ${written.length} files prerendered`,
        'm',
      ),
    );
    return written;
  });
  assert.deepEqual(
    shares.map((share) => share.length),
    [4, 3, 3],
  );
  const all = shares.flat().sort();
  assert.deepEqual(
    all,
    Object.keys(files)
      .map((path) => path.slice('pages/'.length))
      .sort(),
    'every file, once',
  );
  // The same share on every machine: a second run of shard 2 takes the same files.
  prerender(['pages/*.html', '--out', 'again', '--base', 'pages', '--shard', '2/3'], site);
  assert.deepEqual(readdirSync(join(site, 'again')).sort(), shares[1]);
});

test('a --shard or --jobs that makes no sense is a usage error naming the option and the fix', () => {
  const site = folderWith({ 'a.html': page('<tor-tip-box></tor-tip-box>') });
  for (const value of ['0/4', '5/4', 'x', '2', '1/0', '2/4/6']) {
    const { code, stderr } = prerender(['a.html', '--shard', value], site);
    assert.equal(code, 2, value);
    assert.match(stderr, new RegExp(`--shard takes <i>/<n>: .*e\\.g\\. --shard 2/4.*got "${value}"`), value);
  }
  for (const value of ['0', 'two', '1.5']) {
    const { code, stderr } = prerender(['a.html', '--jobs', value], site);
    assert.equal(code, 2, value);
    assert.match(
      stderr,
      new RegExp(`--jobs takes a whole number of worker threads, 1 or more .*got "${value}"`),
      value,
    );
  }
  assert.equal(readFileSync(join(site, 'a.html'), 'utf8'), page('<tor-tip-box></tor-tip-box>'), 'nothing written');
});

/** The comments inside every shadow root of `html` (templates' content, nested ones too). */
function shadowComments(html) {
  const found = [];
  const walk = (node, inShadow) => {
    if (node.nodeName === '#comment' && inShadow) found.push(node.data);
    const shadow = inShadow || (node.tagName === 'template' && node.attrs.some((a) => a.name === 'shadowrootmode'));
    if (node.content) walk(node.content, shadow);
    for (const child of node.childNodes ?? []) walk(child, shadow);
  };
  walk(parse(html), false);
  return found;
}

const OWN = page(
  [
    "<!-- the page's own comment --><!--lit-part-->",
    '<script>var marker = "<!--lit-part abc=-->";</script><style>p::after { content: "<!--/lit-part-->" }</style>',
    '<p title="<!--lit-node 0-->">Look-alikes stay.</p>',
    '<tor-user-groups groups="activists" index></tor-user-groups><tor-tip-box tip="donate"></tor-tip-box>',
  ].join('\n'),
);

test('by default the shadow roots carry no Lit markers, the page keeps its own comments, and the summary says so', () => {
  const site = folderWith({ 'own.html': OWN });
  const { code, stdout } = prerender(['own.html'], site);
  assert.equal(code, 0);
  assert.match(
    stdout,
    /Written for the enhancement script \(tor-elements\/enhance\.js\); pass --hydrate for Lit hydration\./,
  );
  const written = readFileSync(join(site, 'own.html'), 'utf8');
  assert.ok(shadowComments(written).length === 0 || shadowComments(written).every((data) => !/^\/?lit-/.test(data)));
  assert.equal(
    written.match(LIT_MARKER)?.length,
    4,
    "the page's own comment, and the look-alikes in its script, style and title",
  );
  assert.equal(withoutPrerendering(written, OWN), OWN, 'every byte of the page as it was');
});

test('--hydrate keeps the markers; they are all the difference, and the library API has the same default', () => {
  const site = folderWith({ 'own.html': OWN });
  const { code, stdout } = prerender(['own.html', '--hydrate'], site);
  assert.equal(code, 0);
  assert.match(stdout, /Written with Lit's hydration markers, for the hydration bundle/);
  const hydrated = readFileSync(join(site, 'own.html'), 'utf8');
  const markers = shadowComments(hydrated).filter((data) => /^(lit-part|\/lit-part|lit-node)/.test(data));
  assert.ok(markers.length > 10, `markers in the shadow roots: ${markers.length}`);
  assert.deepEqual(
    hydrated.replaceAll(/<template shadowrootmode[\s\S]*?<\/template>/g, (shadow) => shadow.replaceAll(LIT_MARKER, '')),
    prerenderHtml(OWN).html,
  );
  assert.equal(prerenderHtml(OWN, { hydrate: true }).html, hydrated);
  assert.ok(prerenderHtml(OWN).html.length < hydrated.length);
});

test('the demo pages are built for the enhancement script, without markers; hydrated.html for Lit, with them', () => {
  const demo = readFileSync(join(ROOT, 'dist/demo/index.html'), 'utf8');
  assert.match(demo, /<script type="module" src="\.\.\/tor-elements\.enhance\.js">/);
  assert.ok(!shadowComments(demo).some((data) => data.startsWith('lit-part ')));
  const hydrated = readFileSync(join(ROOT, 'dist/demo/hydrated.html'), 'utf8');
  assert.match(hydrated, /<script type="module" src="\.\.\/tor-elements\.hydrate\.bundle\.js">/);
  assert.ok(shadowComments(hydrated).some((data) => data.startsWith('lit-part ')));
});
