// Where the bench finds the built package: the project root, dist/, and the files package.json's
// `exports` and `sideEffects` name (so a renamed or new entry needs no change here).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob } from 'tinyglobby';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DIST = join(ROOT, 'dist');

export const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

/** The absolute path of the file an export of package.json points at, or undefined. */
export function exportedFile(subpath) {
  const target = pkg.exports[subpath];
  const file = typeof target === 'string' ? target : target?.default;
  return file ? resolve(ROOT, file) : undefined;
}

/** The first export whose subpath matches `pattern` (`/enhance/`), as `{ subpath, file }`, or undefined. */
export function findExport(pattern) {
  const subpath = Object.keys(pkg.exports).find((key) => pattern.test(key));
  return subpath ? { subpath, file: exportedFile(subpath) } : undefined;
}

/**
 * The files package.json's `sideEffects` names. A site's bundler honours that list for the files of
 * an installed package; the bench bundles dist/ from inside the project, so it applies the list itself.
 */
export async function sideEffectFiles() {
  return new Set(await glob(pkg.sideEffects, { cwd: ROOT, absolute: true }));
}
