// What installing tor-elements brings, for a contributor (`npm install` here) and for a site (the packed
// package): no browser download, no server renderer in a browser-only install, and a prerender command
// that says what to install when the renderer is missing.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { packedTarball } from '../../scripts/pack.mjs';

const ROOT = resolve('.');
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const SERVER_RENDERER = ['@lit-labs/ssr', 'parse5', 'tinyglobby'];
const PO_TOOLS = ['@tannin/plural-forms', 'gettext-parser'];

test('npm install downloads no browser: no package in the tree fetches one at install time', () => {
  // Full puppeteer and playwright download browsers in a postinstall step; puppeteer-core does not.
  const downloaders =
    /^(puppeteer|playwright|playwright-chromium|playwright-firefox|chromedriver|geckodriver|electron)$/;
  const found = Object.keys(lock.packages)
    .map((path) => path.replace(/^.*node_modules\//, ''))
    .filter((name) => downloaders.test(name));
  assert.deepEqual(found, []);
});

test('the server renderer and the PO tools are optional peers: a browser-only install leaves them (and node-fetch & co.) out', () => {
  assert.deepEqual(Object.keys(pkg.peerDependencies).sort(), [...SERVER_RENDERER, ...PO_TOOLS].sort());
  for (const name of [...SERVER_RENDERER, ...PO_TOOLS]) {
    assert.deepEqual(pkg.peerDependenciesMeta[name], { optional: true }, name);
    assert.equal(pkg.dependencies[name], undefined, `${name} is not a dependency`);
  }
  // npm marks `dev` what only development needs: nothing a site's `npm install tor-elements` gets.
  for (const name of [...SERVER_RENDERER, ...PO_TOOLS, 'node-fetch', 'web-streams-polyfill']) {
    assert.equal(lock.packages[`node_modules/${name}`]?.dev, true, `${name} comes only with development`);
  }
});

let site;

/** A site's project with the packed package installed and everything but the server renderer beside it. */
before(() => {
  site = mkdtempSync(join(tmpdir(), 'tor-elements-site-'));
  const modules = join(site, 'node_modules');
  mkdirSync(join(modules, 'tor-elements'), { recursive: true });
  const tar = spawnSync('tar', ['-xzf', packedTarball(), '-C', join(modules, 'tor-elements'), '--strip-components=1']);
  assert.equal(tar.status, 0, String(tar.stderr));
  for (const entry of readdirSync(join(ROOT, 'node_modules'))) {
    if (entry === 'tor-elements' || entry.startsWith('.') || SERVER_RENDERER.includes(entry)) continue;
    if (entry === '@lit-labs') {
      mkdirSync(join(modules, entry));
      for (const scoped of readdirSync(join(ROOT, 'node_modules', entry)).filter((name) => name !== 'ssr'))
        symlinkSync(join(ROOT, 'node_modules', entry, scoped), join(modules, entry, scoped));
      continue;
    }
    symlinkSync(join(ROOT, 'node_modules', entry), join(modules, entry));
  }
});

after(() => rmSync(site, { recursive: true, force: true }));

const prerender = (args) =>
  spawnSync(process.execPath, [join(site, 'node_modules/tor-elements/dist/ssr/bin.js'), ...args], {
    cwd: site,
    encoding: 'utf8',
  });

test('without the server renderer, tor-elements-prerender names the packages to install', () => {
  const { status, stderr } = prerender(['public/**/*.html']);
  assert.equal(status, 2);
  assert.match(stderr, /server rendering needs @lit-labs\/ssr, parse5, tinyglobby/);
  assert.match(stderr, /npm install --save-dev @lit-labs\/ssr@\^4\.1\.0 parse5@\^7\.3\.0 tinyglobby@\^0\.2\.17/);
});

test('without the server renderer, the elements still load in Node (the browser side needs none of it)', () => {
  const script =
    "import('tor-elements/tor-tip-box.js').then(() => console.log(customElements.get('tor-tip-box').name))";
  const { status, stdout, stderr } = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: site,
    encoding: 'utf8',
  });
  assert.equal(status, 0, stderr);
  assert.equal(stdout.trim(), 'TorTipBox');
});

/** A copy of the packed package in a new project with `renderer` (some of the server renderer's packages) beside it. */
function projectWith(renderer) {
  const project = mkdtempSync(join(tmpdir(), 'tor-elements-project-'));
  cpSync(join(site, 'node_modules'), join(project, 'node_modules'), { recursive: true, verbatimSymlinks: true });
  for (const name of renderer) {
    mkdirSync(join(project, 'node_modules', name, '..'), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules', name), join(project, 'node_modules', name));
  }
  mkdirSync(join(project, 'public'));
  for (const name of ['a', 'b', 'c'])
    writeFileSync(join(project, 'public', `${name}.html`), '<!doctype html><tor-tip-box></tor-tip-box>\n');
  const run = (args) =>
    spawnSync(process.execPath, [join(project, 'node_modules/tor-elements/dist/ssr/bin.js'), ...args], {
      cwd: project,
      encoding: 'utf8',
    });
  return { project, run };
}

test("from the packed package, --jobs 2 renders in worker threads that load the package's own modules", () => {
  const { project, run } = projectWith(SERVER_RENDERER);
  const { status, stdout, stderr } = run(['public/*.html', '--jobs', '2']);
  assert.equal(status, 0, stderr);
  assert.match(stdout, /3 of 3 files prerendered, 3 elements\./);
  assert.ok(readFileSync(join(project, 'public/c.html'), 'utf8').includes('shadowrootmode'));
  rmSync(project, { recursive: true, force: true });
});

test('a renderer package missing where only the worker threads load it still gets the advice', () => {
  const { project, run } = projectWith(['tinyglobby']);
  const { status, stderr } = run(['public/*.html', '--jobs', '2']);
  assert.equal(status, 2);
  assert.match(stderr, /server rendering needs @lit-labs\/ssr, parse5, tinyglobby/);
  rmSync(project, { recursive: true, force: true });
});

test('tor-elements-prerender --version prints the version, renderer or not', () => {
  const { status, stdout } = prerender(['--version']);
  assert.equal(status, 0);
  assert.equal(stdout.trim(), pkg.version);
});

test('the packed package has no dist/node_modules and ships its types and editor data', () => {
  const unpacked = join(site, 'node_modules/tor-elements');
  // A folder name that package tools skip or mistake for installed packages.
  assert.ok(!existsSync(join(unpacked, 'dist/node_modules')), 'no dist/node_modules');
  for (const file of [pkg['web-types'], 'dist/vscode.html-custom-data.json', 'dist/vscode.css-custom-data.json'])
    assert.ok(existsSync(join(unpacked, file)), file);
  assert.equal(pkg.exports['./bundle.js'].types, './dist/bundle.d.ts');
  assert.equal(pkg.exports['./bundle-hydrate.js'].types, './dist/bundle-hydrate.d.ts');
  assert.ok(existsSync(join(unpacked, 'CHANGELOG.md')));
});
