// The consumer types as a site developer gets them: the package packed as npm publishes it, unpacked
// into a project of its own beside React's, Preact's and Vue's types, and small pages type-checked with
// tsc and `vue-tsc --strictTemplates` (fixtures/). Each must-fail page must fail with the error that
// tells the developer what is wrong.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { packedTarball } from '../../scripts/pack.mjs';

const ROOT = resolve('.');
const TSC = join(ROOT, 'node_modules/typescript/bin/tsc');
const VUE_TSC = join(ROOT, 'node_modules/vue-tsc/bin/vue-tsc.js');

let project;

/**
 * A project folder whose node_modules holds the unpacked tarball as `tor-elements` and, beside it, the
 * packages this repository installed (React's types, Preact, Vue, Lit…), linked rather than installed
 * again, so the check needs no network.
 */
before(() => {
  project = mkdtempSync(join(tmpdir(), 'tor-elements-consumer-'));
  const modules = join(project, 'node_modules');
  mkdirSync(join(modules, 'tor-elements'), { recursive: true });
  const tar = spawnSync('tar', ['-xzf', packedTarball(), '-C', join(modules, 'tor-elements'), '--strip-components=1']);
  assert.equal(tar.status, 0, String(tar.stderr));
  for (const entry of readdirSync(join(ROOT, 'node_modules'))) {
    if (entry === 'tor-elements' || entry.startsWith('.')) continue;
    symlinkSync(join(ROOT, 'node_modules', entry), join(modules, entry));
  }
  cpSync(new URL('./fixtures', import.meta.url), project, { recursive: true });
});

after(() => rmSync(project, { recursive: true, force: true }));

const checked = new Map();

/**
 * The diagnostics of one fixture folder, type-checked once as one program (its tsconfig.base.json and
 * every page in it, must-fail ones included: each page is its own module), grouped by file.
 */
function diagnostics(fixture, checker = TSC) {
  if (checked.has(fixture)) return checked.get(fixture);
  const folder = join(project, fixture);
  const files = readdirSync(folder).filter((file) => /\.(tsx?|vue)$/.test(file));
  writeFileSync(join(folder, 'tsconfig.json'), JSON.stringify({ extends: './tsconfig.base.json', files }));
  const result = spawnSync(process.execPath, [checker, '-p', 'tsconfig.json', '--pretty', 'false'], {
    cwd: folder,
    encoding: 'utf8',
  });
  const output = `${result.stdout}${result.stderr}`;
  // One diagnostic per line that starts a `file(line,col): error TS…`, its elaboration indented below.
  const found = output.split(/\n(?=\S)/).filter((text) => /error TS\d+/.test(text));
  const byFile = (file) => found.filter((text) => text.startsWith(file) || text.includes(`/${file}(`));
  checked.set(fixture, { output, byFile });
  return checked.get(fixture);
}

/** A page that must type-check: no error in it, nor in the package's own declarations. */
function passes(fixture, file, checker) {
  const { output, byFile } = diagnostics(fixture, checker);
  assert.deepEqual([...byFile(file), ...byFile('node_modules/tor-elements')], [], output);
}

/** A page that must fail, with `error` (e.g. `TS2322: Type 'number' is not assignable to type 'string'`). */
function fails(fixture, file, error, checker) {
  const errors = diagnostics(fixture, checker).byFile(file);
  assert.ok(errors.length > 0, `${fixture}/${file} type-checked, but must not`);
  assert.ok(
    errors.some((text) => text.includes(error)),
    `expected ${error} in ${fixture}/${file}, got:\n${errors.join('\n')}`,
  );
}

test('React 19: every element with attributes, properties and typed ontor-* handlers', () => {
  passes('react', 'app.tsx');
});

test('React 19: group={42} fails (a group id is a string)', () => {
  fails('react', 'fail-group-number.tsx', "error TS2322: Type 'number' is not assignable to type 'string'");
});

test('React 19: remember="forever" fails (session, local or none)', () => {
  fails('react', 'fail-remember.tsx', `error TS2322: Type '"forever"' is not assignable to type`);
});

test('React 19: heading-level="second" fails (a number)', () => {
  fails('react', 'fail-heading-level.tsx', `error TS2322: Type '{ "heading-level": "second"; }' is not assignable`);
});

test('React 19: an ontor-copy handler for another event fails', () => {
  fails(
    'react',
    'fail-event.tsx',
    `Type '{ "ontor-copy": (event: { detail: { campaign: string; }; }) => string; }' is not`,
  );
});

test('Preact: every element with attributes, properties and typed ontor-* handlers', () => {
  passes('preact', 'app.tsx');
});

test('Preact: group={42} fails', () => {
  fails('preact', 'fail-group-number.tsx', "error TS2322: Type 'number' is not assignable to type 'string'");
});

test('Preact: an ontor-copy handler for another event fails', () => {
  fails(
    'preact',
    'fail-event.tsx',
    `Type '{ "ontor-copy": (event: { detail: { campaign: string; }; }) => string; }' is not`,
  );
});

test('Vue 3 (vue-tsc --strictTemplates): every element, with @tor-dismiss and @tor-copy typed', () => {
  passes('vue', 'App.vue', VUE_TSC);
});

test('Vue 3: :group="42" fails', () => {
  fails('vue', 'FailGroupNumber.vue', "error TS2322: Type 'number' is not assignable to type 'string'", VUE_TSC);
});

test('Vue 3: an unknown attribute fails under --strictTemplates', () => {
  fails('vue', 'FailUnknownAttribute.vue', "'tipp' does not exist in type", VUE_TSC);
});

test('plain TypeScript (NodeNext): tags, events, the bundle and the onion helpers are typed', () => {
  passes('plain', 'main.ts');
});

test("plain TypeScript: banner.remember = 'forever' fails", () => {
  fails('plain', 'fail-remember.ts', `error TS2322: Type '"forever"' is not assignable to type`);
});
