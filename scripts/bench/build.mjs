// Builds dist/ first when it is missing or older than what it is built from, and says so.
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { globSync } from 'tinyglobby';
import { DIST, ROOT } from './package.mjs';

/** What `npm run build` reads. */
const INPUTS = [
  'src/**',
  'demo/**',
  'rollup.config.mjs',
  'scripts/build-demo.mjs',
  'tsconfig*.json',
  'package-lock.json',
];
/** What the bench reads from dist/. */
const OUTPUTS = [
  'tor-elements.bundle.js',
  'tor-elements.hydrate.bundle.js',
  'ssr/index.js',
  'ssr/bin.js',
  'demo/index.html',
];

const modified = (file) => statSync(file, { throwIfNoEntry: false })?.mtimeMs;

/** Why dist/ needs building, or undefined when it is up to date. */
export function staleness() {
  const outputs = OUTPUTS.map((file) => ({ file: join(DIST, file), time: modified(join(DIST, file)) }));
  const missing = outputs.find((output) => output.time === undefined);
  if (missing) return `${relative(ROOT, missing.file)} is missing`;
  const oldest = outputs.reduce((a, b) => (b.time < a.time ? b : a));
  const newer = globSync(INPUTS, { cwd: ROOT, absolute: true }).find((file) => modified(file) > oldest.time);
  return newer ? `${relative(ROOT, newer)} changed after ${relative(ROOT, oldest.file)} was built` : undefined;
}

/** Runs `npm run build` (its output on stderr, so --json stays clean) when dist/ is stale. */
export function buildIfStale({ log }) {
  const reason = staleness();
  if (!reason) return;
  log(`bench: ${reason}; running npm run build first`);
  const result = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 2, 2] });
  if (result.status !== 0) throw new Error('npm run build failed (see above)');
}
