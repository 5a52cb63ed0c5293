// The package as npm would publish it: `npm pack` of the built dist/ (run `npm run build` first; the
// `prepack` build is skipped here, as the build already ran). `npm test` packs once and passes the
// tarball to every suite through TOR_PACKED_TARBALL; a suite run alone packs for itself.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let packed;

/** The path of the packed .tgz: TOR_PACKED_TARBALL if set, else a fresh `npm pack` (once per process). */
export function packedTarball() {
  if (process.env.TOR_PACKED_TARBALL) return process.env.TOR_PACKED_TARBALL;
  if (packed) return packed;
  if (!existsSync('dist/index.js')) throw new Error('dist/ is not built: run `npm run build` first');
  const destination = mkdtempSync(join(tmpdir(), 'tor-elements-pack-'));
  const result = spawnSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', destination], {
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`npm pack failed:\n${result.stderr}`);
  packed = join(destination, JSON.parse(result.stdout)[0].filename);
  return packed;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(packedTarball());
