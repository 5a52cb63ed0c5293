// Without the optional PO packages (a browser-only install), the commands say what to install.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { ROOT, temporaryFolder } from './support.mjs';

const MISSING = ['gettext-parser', '@tannin'];

/** A copy of the built package beside every installed package except gettext-parser and @tannin/plural-forms. */
function installWithoutPoPackages() {
  const folder = temporaryFolder();
  cpSync(join(ROOT, 'dist'), join(folder, 'dist'), { recursive: true });
  cpSync(join(ROOT, 'package.json'), join(folder, 'package.json'));
  mkdirSync(join(folder, 'node_modules'));
  for (const name of readdirSync(join(ROOT, 'node_modules'))) {
    if (!MISSING.includes(name)) symlinkSync(join(ROOT, 'node_modules', name), join(folder, 'node_modules', name));
  }
  return folder;
}

const run = (folder, bin, args) =>
  spawnSync(process.execPath, [join(folder, bin), ...args], { cwd: folder, encoding: 'utf8' });

test('tor-elements-i18n names the packages to install, with their versions', () => {
  const folder = installWithoutPoPackages();
  const { status, stderr } = run(folder, 'dist/i18n/bin.js', ['extract']);
  assert.equal(status, 2);
  assert.match(
    stderr,
    /^tor-elements-i18n needs gettext-parser and @tannin\/plural-forms,\nwhich tor-elements lists as optional/,
  );
  assert.match(stderr, /npm install --save-dev gettext-parser@\^10\.\d+\.\d+ @tannin\/plural-forms@\^1\.\d+\.\d+/);
});

test('the prerender command needs them only for a PO file', () => {
  const folder = installWithoutPoPackages();
  writeFileSync(join(folder, 'page.html'), '<tor-tip-box tip="donate"></tor-tip-box>');
  writeFileSync(join(folder, 'fa.po'), 'msgid ""\nmsgstr "Language: fa\\n"\n');
  const withPo = run(folder, 'dist/ssr/bin.js', ['page.html', '--content', 'fa=fa.po']);
  assert.equal(withPo.status, 2);
  assert.match(
    withPo.stderr,
    /^tor-elements-prerender: --content with a PO file needs gettext-parser and @tannin\/plural-forms,$/m,
  );
  const withoutPo = run(folder, 'dist/ssr/bin.js', ['page.html']);
  assert.equal(withoutPo.status, 0, withoutPo.stderr);
});
