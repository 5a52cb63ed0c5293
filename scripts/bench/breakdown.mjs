// "Where the drop-in's bytes go": the shipped drop-in bundle's own source map says which source file
// each stretch of minified code came from; a part's cost is the gzip -9 bytes saved by cutting its
// stretches out of the bundle, the rest left as it is.
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { decode } from '@jridgewell/sourcemap-codec';
import { exportedFile } from './package.mjs';
import { builtFileSize } from './sizes.mjs';
import { kib } from './stats.mjs';

/** Parts of the bundle by source path; a file belongs to the first part that matches it. */
export const PARTS = [
  ['English content', /\/content\/en\//],
  ['validators', /\/content\/validate\.[tj]s$/],
  ['content runtime', /\/(src|dist)\/content\//],
  ['styles', /\.styles\.[tj]s$/],
  ['SHA3', /\/node_modules\/@noble\/hashes\//],
  ['base32', /\/node_modules\/@scure\/base\//],
  ['onion parser', /\/(src|dist)\/(internal\/onion-address|onion)\.[tj]s$/],
  ['Lit', /\/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//],
  ['base element and helpers', /\/(src|dist)\/internal\/|\/node_modules\/tslib\//],
  ['components', /\/(src|dist)\/components\//],
];

const UNMAPPED = 'bundle glue (no source)';
const partOf = (file) => PARTS.find(([, pattern]) => pattern.test(file))?.[0] ?? 'other';
const gzipped = (text) => gzipSync(text, { level: 9 }).length;

/** The file's lines cut into stretches `{ start, end, part }` by its source map. */
async function stretchesOf(file) {
  const [code, map] = [await readFile(file, 'utf8'), JSON.parse(await readFile(`${file}.map`, 'utf8'))];
  const sources = map.sources.map((source) => partOf(resolve(dirname(file), map.sourceRoot ?? '', source)));
  const lines = code.split('\n');
  const mappings = decode(map.mappings);
  return lines.map((text, index) => {
    const segments = mappings[index] ?? [];
    const stretches = [{ start: 0, end: segments[0]?.[0] ?? text.length, part: UNMAPPED }];
    segments.forEach(([column, source], at) => {
      const end = segments[at + 1]?.[0] ?? text.length;
      stretches.push({ start: column, end, part: source === undefined ? UNMAPPED : sources[source] });
    });
    return { text, stretches };
  });
}

const without = (lines, part) =>
  lines
    .map(({ text, stretches }) =>
      stretches
        .filter((stretch) => stretch.part !== part)
        .map((stretch) => text.slice(stretch.start, stretch.end))
        .join(''),
    )
    .join('\n');

export async function measureBreakdown({ log }) {
  log('breakdown: the drop-in bundle by its source map');
  const files = (await builtFileSize(exportedFile('./bundle.js'))).initialFiles;
  const saved = new Map();
  let total = 0;
  for (const file of files) {
    const lines = await stretchesOf(file);
    const whole = gzipped(lines.map((line) => line.text).join('\n'));
    total += whole;
    const parts = new Set(lines.flatMap((line) => line.stretches.map((stretch) => stretch.part)));
    for (const part of parts) saved.set(part, (saved.get(part) ?? 0) + whole - gzipped(without(lines, part)));
  }
  const parts = [...saved].map(([name, bytes]) => ({ name, saved: bytes })).sort((a, b) => b.saved - a.saved);
  return { total, parts };
}

export function formatBreakdown({ total, parts }) {
  const sum = parts.reduce((all, part) => all + part.saved, 0);
  return [
    `Where the drop-in's bytes go (KiB of gzip -9 saved by cutting each part out of the ${kib(total)} bundle):`,
    `  ${parts.map((part) => `${part.name} ${(part.saved / 1024).toFixed(1)}`).join(', ')}`,
    `  (together ${kib(sum)}; gzip shares its dictionary across parts, so they add up to about the whole)`,
  ].join('\n');
}
