// `npm test`: lint, type-check, build, the packed package (publint, are-the-types-wrong, consumer type
// fixtures), Node tests, server-rendering tests, translation tests, browser tests (Chromium and Firefox
// ESR), the Storybook build and its checks, then one closing line `N passed, N failed` that totals every suite.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBrowsers } from './browsers.mjs';
import { packedTarball } from './pack.mjs';

const scratch = mkdtempSync(join(tmpdir(), 'tor-elements-test-'));
const totals = { passed: 0, failed: 0 };
const failedSuites = [];

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

/** A suite that is one check (lint, type-check, build): one pass or one failure. */
function check(name, command, args) {
  console.log(`\n▶ ${name}`);
  const ok = run(command, args);
  record(name, { passed: ok ? 1 : 0, failed: ok ? 0 : 1 });
}

function record(name, counts) {
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  if (counts.failed > 0) failedSuites.push(name);
}

/** Node's test runner on every `*.test.mjs` in `folder`, counted from its TAP output. */
function nodeTests(name, folder) {
  // Node 20's runner takes file names, not globs.
  const files = readdirSync(folder)
    .filter((file) => file.endsWith('.test.mjs'))
    .map((file) => join(folder, file));
  console.log(`\n▶ ${name}`);
  const tap = join(scratch, 'node.tap');
  const ok = run(process.execPath, [
    '--test',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${tap}`,
    ...files,
  ]);
  const output = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
  const count = (label) => Number(output.match(new RegExp(`^# ${label} (\\d+)$`, 'm'))?.[1] ?? 0);
  const counts = { passed: count('pass'), failed: count('fail') + count('cancelled') };
  if (!ok && counts.failed === 0) counts.failed = 1;
  record(name, counts);
}

/** @web/test-runner in both browsers, counted by our reporter. */
function browserTests(name, browsers) {
  console.log(`\n▶ ${name}`);
  const countsFile = join(scratch, 'wtr.json');
  rmSync(countsFile, { force: true });
  const ok = run('npx', ['web-test-runner'], {
    CHROME_PATH: browsers.chromium,
    FIREFOX_PATH: browsers.firefox,
    TOR_WTR_COUNTS: countsFile,
  });
  const counts = existsSync(countsFile) ? JSON.parse(readFileSync(countsFile, 'utf8')) : { passed: 0, failed: 1 };
  if (!ok && counts.failed === 0) counts.failed = 1;
  record(name, counts);
}

/** The package as npm publishes it, packed once: publint and attw check it; later suites install it. */
function packedPackage() {
  let tarball;
  try {
    tarball = packedTarball();
  } catch (error) {
    console.error(error.message);
    record('npm pack', { passed: 0, failed: 1 });
    return;
  }
  process.env.TOR_PACKED_TARBALL = tarball;
  check('publint --strict (the packed package)', 'npx', ['publint', 'run', tarball, '--strict']);
  // ESM only, as the package is; the stylesheet export is CSS, which attw does not read.
  check('are the types wrong (attw, ESM-only profile)', 'npx', [
    'attw',
    tarball,
    '--profile',
    'esm-only',
    '--exclude-entrypoints',
    './before-upgrade.css',
  ]);
  nodeTests(
    'consumer types (React 19, Preact, Vue 3, plain TypeScript fixtures against the packed package)',
    'test/types',
  );
}

let browsers;
try {
  browsers = ensureBrowsers();
} catch (error) {
  console.error(`\n${error.message}\n`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

check('lint (ESLint, Prettier)', 'npm', ['run', '--silent', 'lint']);
check('type-check (tsc)', 'npm', ['run', '--silent', 'typecheck']);
check('build (rollup)', 'npm', ['run', '--silent', 'build']);
packedPackage();
nodeTests('Node tests (the built package)', 'test/node');
nodeTests('server rendering (the prerender command; the prerendered page in both browsers)', 'test/ssr');
nodeTests('translations (extract, compile, the shipped PO files, the POT against every rendered text)', 'test/i18n');
browserTests('browser tests (Chromium, Firefox ESR)', browsers);
check('Storybook static build', 'npm', ['run', '--silent', 'build-storybook', '--', '--loglevel', 'warn']);
nodeTests('Storybook: the static build and the Custom Elements Manifest', 'test/storybook');

rmSync(scratch, { recursive: true, force: true });
if (failedSuites.length > 0) console.log(`\nFailed: ${failedSuites.join('; ')}`);
console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed > 0 ? 1 : 0);
