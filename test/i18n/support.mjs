// Shared by the translation tests: the built commands, PO files read with gettext-parser, temporary folders.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { po } from 'gettext-parser';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const FIXTURES = fileURLToPath(new URL('./fixtures', import.meta.url));
const I18N_BIN = join(ROOT, 'dist/i18n/bin.js');
const PRERENDER_BIN = join(ROOT, 'dist/ssr/bin.js');

export const temporaryFolder = () => mkdtempSync(join(tmpdir(), 'tor-elements-i18n-'));

function run(bin, args, cwd) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs `tor-elements-i18n` with `args` in `cwd`. */
export const i18n = (args, cwd = ROOT) => run(I18N_BIN, args, cwd);

/** Runs `tor-elements-prerender` with `args` in `cwd`. */
export const prerender = (args, cwd = ROOT) => run(PRERENDER_BIN, args, cwd);

/** A PO or POT file as gettext-parser reads it. */
export const readPo = (file) => po.parse(readFileSync(file));

/** Every entry of a parsed PO file except the header, in file order. */
export function entriesOf(table) {
  return Object.values(table.translations)
    .flatMap((entries) => Object.values(entries))
    .filter((entry) => entry.msgid !== '' || entry.msgctxt);
}
