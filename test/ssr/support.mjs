// Shared by the server-rendering tests: a folder of pages or a copy of the fixture site, the prerender command, and a way
// to take back out exactly what the prerender step put in.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'parse5';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'dist/ssr/bin.js');

/** A fresh temporary folder with `files` (path → text or bytes) in it. */
export function folderWith(files) {
  const folder = mkdtempSync(join(tmpdir(), 'tor-elements-site-'));
  for (const [path, contents] of Object.entries(files)) {
    mkdirSync(join(folder, path, '..'), { recursive: true });
    writeFileSync(join(folder, path), contents);
  }
  return folder;
}

/** A fresh copy of test/fixtures/site in a temporary folder. */
export function copyOfFixtureSite() {
  const folder = mkdtempSync(join(tmpdir(), 'tor-elements-site-'));
  cpSync(join(ROOT, 'test/fixtures/site'), folder, { recursive: true });
  return folder;
}

/** Runs `tor-elements-prerender` with `args` in `cwd`; returns its exit code and output. */
export function prerender(args, cwd) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const attribute = (node, name) => node.attrs?.find((a) => a.name === name)?.value;

function* elements(node) {
  for (const child of node.childNodes ?? []) {
    if (!child.tagName) continue;
    yield child;
    if (child.tagName !== 'template') yield* elements(child);
  }
}

/**
 * `html` without what the prerender step adds: each tor-* element's declarative shadow root, the
 * empty anchors, the attributes it wrote on elements (ids, server inputs) that `original` lacks, and
 * the scripts elements ask for in the head.
 */
export function withoutPrerendering(html, original) {
  const torElements = (document) => [...elements(document)].filter((node) => node.tagName.startsWith('tor-'));
  const originalAttributes = torElements(parse(original)).map((node) => new Set(node.attrs.map((a) => a.name)));
  const cuts = [];
  torElements(parse(html, { sourceCodeLocationInfo: true })).forEach((node, index) => {
    for (const child of node.childNodes) {
      const isShadow = child.tagName === 'template' && attribute(child, 'shadowrootmode') !== undefined;
      const isAnchor = child.tagName && attribute(child, 'data-tor-anchor') !== undefined;
      if (isShadow || isAnchor) cuts.push([child.sourceCodeLocation.startOffset, child.sourceCodeLocation.endOffset]);
    }
    for (const [name, range] of Object.entries(node.sourceCodeLocation.attrs ?? {})) {
      if (!originalAttributes[index]?.has(name)) cuts.push([range.startOffset - 1, range.endOffset]);
    }
  });
  // The scripts elements ask for in the page's head (hiding a dismissed banner before the first paint).
  for (const node of elements(parse(html, { sourceCodeLocationInfo: true }))) {
    if (node.tagName === 'script' && attribute(node, 'data-tor-elements-script') !== undefined)
      cuts.push([node.sourceCodeLocation.startOffset, node.sourceCodeLocation.endOffset]);
  }
  return cuts.sort((a, b) => b[0] - a[0]).reduce((text, [start, end]) => text.slice(0, start) + text.slice(end), html);
}
