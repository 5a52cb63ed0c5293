// The prerender command on hostile and unusual files: it never loses or corrupts a byte of a site.
// A file it cannot prerender is named and left as it was, and the run goes on with the others.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  lstatSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createRequire, syncBuiltinESMExports } from 'node:module';
import { join } from 'node:path';
import { parse } from 'parse5';
import { folderWith, ROOT } from './support.mjs';

const BIN = join(ROOT, 'dist/ssr/bin.js');
const TIP = '<tor-tip-box tip="donate"></tor-tip-box>';
const page = (body, head = '<meta charset="utf-8"><title>Page</title>') =>
  `<!doctype html>\n<html lang="en"><head>${head}</head><body>\n${body}\n</body></html>\n`;

/** Runs the command in `cwd`; `shell` wraps it (`ulimit -f 64; exec "$@"`), `uid` runs it as that user. */
function prerender(args, cwd, { shell, uid } = {}) {
  const command = shell
    ? ['bash', ['-c', `${shell}; exec "$@"`, 'bash', process.execPath, BIN, ...args]]
    : [process.execPath, [BIN, ...args]];
  const result = spawnSync(command[0], command[1], {
    cwd,
    encoding: 'utf8',
    ...(uid === undefined ? {} : { uid, gid: uid }),
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const read = (folder, path) => readFileSync(join(folder, path));
const text = (folder, path) => readFileSync(join(folder, path), 'utf8');
const prerendered = (folder, path) => text(folder, path).includes('shadowrootmode');

test('a file-size limit mid-write leaves the original byte-identical, names the file, and the run goes on', () => {
  const filler = `<p>${'x'.repeat(70)}</p>\n`.repeat(600);
  const cards = '<tor-user-group-card group="journalist"></tor-user-group-card>\n'.repeat(12);
  const folder = folderWith({ 'big.html': page(filler + cards), 'small.html': page(TIP) });
  const before = read(folder, 'big.html');
  assert.ok(before.length < 64 * 1024, 'the page itself fits under the limit; its result does not');
  const { code, stdout, stderr } = prerender(['*.html'], folder, { shell: 'ulimit -f 64' });
  assert.equal(code, 1);
  assert.deepEqual(read(folder, 'big.html'), before);
  assert.match(stderr, /^big\.html: not prerendered, left as it was: EFBIG/m);
  assert.ok(prerendered(folder, 'small.html'));
  assert.match(stdout, /1 of 2 files prerendered, 1 elements; 1 with errors, left unchanged\./);
  assert.deepEqual(readdirSync(folder).sort(), ['big.html', 'small.html'], 'no temporary file is left behind');
});

test('a file replaced in place keeps its permissions', () => {
  const folder = folderWith({ 'private.html': page(TIP), 'script.html': page(TIP) });
  chmodSync(join(folder, 'private.html'), 0o640);
  chmodSync(join(folder, 'script.html'), 0o755);
  assert.equal(prerender(['*.html'], folder).code, 0);
  assert.ok(prerendered(folder, 'private.html') && prerendered(folder, 'script.html'));
  assert.equal(statSync(join(folder, 'private.html')).mode & 0o7777, 0o640);
  assert.equal(statSync(join(folder, 'script.html')).mode & 0o7777, 0o755);
});

test('a file replaced in place is flushed to the disk before the rename; results under --out are not', async () => {
  // Which file each flush was of, seen from the outside: the open file's path, by its descriptor.
  const fs = createRequire(import.meta.url)('node:fs');
  const original = { fsync: fs.fsync, renameSync: fs.renameSync };
  const flushed = new Set();
  const renames = [];
  fs.fsync = (descriptor, callback) => {
    flushed.add(fs.readlinkSync(`/proc/self/fd/${descriptor}`));
    return original.fsync(descriptor, callback);
  };
  fs.renameSync = (from, to) => {
    renames.push({ to, flushed: flushed.has(from) });
    return original.renameSync(from, to);
  };
  syncBuiltinESMExports();
  try {
    const { prerenderFiles } = await import(join(ROOT, 'dist/ssr/cli.js'));
    const folder = folderWith({
      'a.html': page(TIP),
      'b/c.html': page(TIP),
      'plain.html': page('<p>Nothing to render.</p>'),
    });
    const inputs = ['a.html', 'b/c.html', 'plain.html'].map((name) => ({ file: join(folder, name), tree: folder }));
    const options = { csp: false, printCsp: false, quiet: true, content: [], jobs: 1 };
    assert.equal((await prerenderFiles(inputs, options)).prerendered, 3);
    assert.deepEqual(
      renames.sort((x, y) => (x.to < y.to ? -1 : 1)),
      [
        { to: join(folder, 'a.html'), flushed: true },
        { to: join(folder, 'b/c.html'), flushed: true },
      ],
      'the two pages with elements, each flushed before it replaced the original; the plain page is not rewritten',
    );
    renames.length = 0;
    const out = { ...options, out: join(folder, 'public'), base: folder };
    assert.equal((await prerenderFiles(inputs, out)).prerendered, 3);
    assert.equal(renames.length, 3);
    assert.ok(renames.every((rename) => !rename.flushed));
    assert.ok(prerendered(folder, 'public/b/c.html'));
  } finally {
    Object.assign(fs, original);
    syncBuiltinESMExports();
  }
});

test('a read-only file and files that vanish or turn into folders are named, and the rest are prerendered', async () => {
  const files = Object.fromEntries(Array.from({ length: 20 }, (_, index) => [`page-${index}.html`, page(TIP)]));
  const folder = folderWith({ ...files, 'locked.html': page(TIP) });
  const locked = read(folder, 'locked.html');
  // Root may write any file: the command then runs as another user, as a site's builder would.
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    chmodSync(folder, 0o755);
    for (const name of readdirSync(folder)) chownSync(join(folder, name), 65534, 65534);
    chownSync(folder, 65534, 65534);
  }
  chmodSync(join(folder, 'locked.html'), 0o444);
  const { code, stdout, stderr } = prerender(['*.html'], folder, asRoot ? { uid: 65534 } : {});
  assert.equal(code, 1, stderr);
  assert.match(stderr, /^locked\.html: not prerendered, left as it was: EACCES/m);
  assert.deepEqual(read(folder, 'locked.html'), locked);
  assert.match(stdout, /20 of 21 files prerendered, 20 elements; 1 with errors, left unchanged\./);
  assert.ok(Object.keys(files).every((name) => prerendered(folder, name)));

  // A file listed, then gone or replaced by a folder before its turn: the same, from the module itself.
  const { prerenderFiles } = await import(join(ROOT, 'dist/ssr/cli.js'));
  const other = folderWith({ 'a.html': page(TIP), 'gone.html': page(TIP), 'folder.html/x': 'x', 'z.html': page(TIP) });
  const inputs = ['a.html', 'gone.html', 'folder.html', 'z.html'].map((name) => ({
    file: join(other, name),
    tree: other,
  }));
  writeFileSync(join(other, 'gone.html'), '');
  const { rmSync } = await import('node:fs');
  rmSync(join(other, 'gone.html'));
  const errors = [];
  const original = console.error;
  console.error = (message) => errors.push(message);
  try {
    const run = await prerenderFiles(inputs, { csp: false, printCsp: false, quiet: true, content: [] });
    assert.equal(run.prerendered, 2);
    assert.equal(run.failed, 2);
  } finally {
    console.error = original;
  }
  assert.ok(errors.some((message) => /gone\.html: not prerendered, left as it was: ENOENT/.test(message)));
  assert.ok(errors.some((message) => /folder\.html: not prerendered, left as it was: EISDIR/.test(message)));
  assert.ok(prerendered(other, 'a.html') && prerendered(other, 'z.html'));
});

test('a page in windows-1252 is refused, never re-encoded; a UTF-8 byte order mark is kept', () => {
  const latin = Buffer.from(
    page('<p>Caf\xe9</p>' + TIP, '<meta charset="windows-1252"><title>Caf\xe9</title>'),
    'latin1',
  );
  const undeclared = Buffer.from(page('<p>Caf\xe9</p>' + TIP), 'latin1');
  const ascii = Buffer.from(page(TIP, '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'));
  const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(page(`<p>Café</p>${TIP}`))]);
  const folder = folderWith({
    'latin.html': latin,
    'undeclared.html': undeclared,
    'ascii.html': ascii,
    'bom.html': bom,
  });
  const { code, stderr, stdout } = prerender(['*.html'], folder);
  assert.equal(code, 1);
  assert.deepEqual(read(folder, 'latin.html'), latin);
  assert.deepEqual(read(folder, 'undeclared.html'), undeclared);
  assert.deepEqual(read(folder, 'ascii.html'), ascii);
  assert.match(stderr, /^latin\.html: not prerendered, left as it was: .*UTF-8 only.*byte 0xE9 on line 2/m);
  assert.match(stderr, /^undeclared\.html: not prerendered, left as it was: .*not valid UTF-8: byte 0xE9 on line 3/m);
  assert.match(stderr, /^ascii\.html: not prerendered, left as it was: .*It declares windows-1252/m);
  assert.match(stdout, /1 of 4 files prerendered/);
  const after = read(folder, 'bom.html');
  assert.deepEqual([...after.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  assert.ok(after.toString('utf8').includes('<!doctype html>\n<html lang="en">'));
  assert.ok(prerendered(folder, 'bom.html'));
  assert.ok(after.toString('utf8').includes('<p>Café</p>'));
});

test('never follows a link out of the tree; a link inside it stays a link', () => {
  const folder = folderWith({
    'site/index.html': page(TIP),
    'outside/secret.html': page(TIP),
    'site/real/inner.html': page(TIP),
  });
  symlinkSync('../outside/secret.html', join(folder, 'site/escape.html'));
  symlinkSync('../outside', join(folder, 'site/linked-folder'));
  symlinkSync('real/inner.html', join(folder, 'site/alias.html'));
  const secret = read(folder, 'outside/secret.html');
  const { code, stderr } = prerender(['site/**/*.html'], folder);
  assert.equal(code, 1);
  assert.deepEqual(read(folder, 'outside/secret.html'), secret);
  assert.match(
    stderr,
    /^site\/escape\.html: not prerendered, left as it was: is a link to .*outside\/secret\.html, outside site: links out of the tree are not followed/m,
  );
  assert.match(stderr, /^site\/linked-folder\/secret\.html: not prerendered, left as it was: is a link to/m);
  assert.ok(prerendered(folder, 'site/index.html'));
  assert.ok(prerendered(folder, 'site/real/inner.html'));
  assert.ok(lstatSync(join(folder, 'site/alias.html')).isSymbolicLink());
});

test('--out refuses inputs outside --base, and never rewrites them', () => {
  const folder = folderWith({ 'site/in.html': page(TIP), 'other/source.html': page(TIP) });
  const source = read(folder, 'other/source.html');
  const { code, stderr, stdout } = prerender(
    ['--out', 'public', '--base', 'site', 'site/in.html', 'other/source.html'],
    folder,
  );
  assert.equal(code, 1);
  assert.deepEqual(read(folder, 'other/source.html'), source);
  assert.match(stderr, /^other\/source\.html: not prerendered, left as it was: is outside --base site/m);
  assert.ok(prerendered(folder, 'public/in.html'));
  assert.ok(!prerendered(folder, 'site/in.html'));
  assert.match(stdout, /1 of 2 files prerendered/);
});

test('leaves elements inside <svg> and tor-* tags that are not ours as they are, and renders the rest', () => {
  const body = `<svg><tor-tip-box tip="donate"></tor-tip-box><circle r="1"/></svg>\n<tor-header><b>Our header</b></tor-header>\n${TIP}`;
  const folder = folderWith({ 'index.html': page(body) });
  const before = text(folder, 'index.html');
  const { code, stdout } = prerender(['index.html'], folder);
  assert.equal(code, 0);
  const after = text(folder, 'index.html');
  assert.ok(after.includes('<svg><tor-tip-box tip="donate"></tor-tip-box><circle r="1"/></svg>'));
  assert.ok(after.includes('<tor-header><b>Our header</b></tor-header>'));
  assert.equal(after.split('shadowrootmode').length - 1, 1);
  assert.equal(after.replace(/<template shadowrootmode=[\s\S]*?<\/template>/, ''), before);
  assert.match(
    stdout,
    /Left as they were: <tor-tip-box> \(inside <svg>, where it is an svg element, not a custom element\), <tor-header> \(not a tor-elements element\)\./,
  );
});

test('writes its attributes after the last attribute, never into a value that self-closing syntax ends', () => {
  const body =
    '<tor-user-group-card group=journalist title=a/></tor-user-group-card>\n<tor-donate-banner />\n</tor-donate-banner>';
  const folder = folderWith({ 'index.html': page(body) });
  assert.equal(prerender(['index.html'], folder).code, 0);
  const document = parse(text(folder, 'index.html'));
  const body_ = document.childNodes[1].childNodes[1];
  const [card, banner] = body_.childNodes.filter((node) => node.tagName?.startsWith('tor-'));
  const attributes = (element) => Object.fromEntries(element.attrs.map(({ name, value }) => [name, value]));
  assert.deepEqual(attributes(card), { group: 'journalist', title: 'a/', id: 'journalist' });
  assert.deepEqual(Object.keys(attributes(banner)), ['server-campaign', 'server-day']);
  assert.match(
    text(folder, 'index.html'),
    /<tor-donate-banner server-campaign="support-tor" server-day="\d{4}-\d{2}-\d{2}" \/>/,
  );
});

test('--csp writes the policy wherever HTML allows it in a page without </head>, and refuses a fragment loudly', () => {
  const folder = folderWith({
    'open-head.html': `<!doctype html><html><head><title>x</title><body>${TIP}`,
    'no-head.html': `<!doctype html><title>x</title><p>Hi</p>${TIP}`,
    'html-only.html': `<html lang="en"><title>x</title>${TIP}`,
    'fragment.html': `<p>Hi</p>${TIP}`,
  });
  const fragment = read(folder, 'fragment.html');
  const { code, stderr } = prerender(['*.html', '--csp'], folder);
  assert.equal(code, 1);
  for (const name of ['open-head.html', 'no-head.html', 'html-only.html']) {
    const head = parse(text(folder, name)).childNodes.find((node) => node.tagName === 'html').childNodes[0];
    const meta = head.childNodes.find((node) => node.tagName === 'meta');
    assert.ok(meta, `${name}: the policy is in <head>`);
    assert.match(
      meta.attrs.find((a) => a.name === 'content').value,
      /^default-src 'self'; img-src 'self' data:; style-src 'self' 'sha256-/,
    );
  }
  assert.deepEqual(read(folder, 'fragment.html'), fragment);
  assert.match(
    stderr,
    /^fragment\.html:1:1: <meta> not rendered: no Content-Security-Policy written: the file has no <head>, <html> or <!doctype>/m,
  );
  assert.equal(prerender(['open-head.html', 'no-head.html', 'html-only.html', '--csp'], folder).code, 0, 'idempotent');
});
