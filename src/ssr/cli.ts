/// <reference types="node" />
/**
 * `tor-elements-prerender`: prerenders the tor-elements elements of static HTML files (the output of
 * Lektor, Hugo, Jekyll or plain HTML), in place or into another folder. Exits 1 if any element could
 * not be rendered; those files are left as they were.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { glob } from 'tinyglobby';
import { registerContent } from '../content/registry.js';
import type { ContentPatch } from '../content/types.js';
import { contentSecurityPolicy, prerenderHtml } from './prerender.js';

const USAGE = `Usage: tor-elements-prerender [options] <file or glob>...

Expands every tor-* element of the HTML files into Declarative Shadow DOM, so the pages read with
JavaScript off (Tor Browser's Safest level). Files are changed in place unless --out is given.

Options:
  --out <dir>                 write the results under <dir> instead, at their paths relative to --base
  --base <dir>                the folder paths are relative to, for --out (default: the current folder)
  --content <locale>=<file>   register content (JSON, as for registerContent) before rendering; repeatable
  --csp                       write a Content-Security-Policy <meta> allowing exactly the shadow roots' styles
  --print-csp                 print the style-src hashes of all files
  --quiet                     print only errors and the summary
  --help                      show this text
  --version                   print the version of tor-elements
`;

interface Options {
  out?: string;
  base: string;
  content: string[];
  csp: boolean;
  printCsp: boolean;
  quiet: boolean;
}

function readOptions(argv: string[]): { options: Options; patterns: string[] } | undefined {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      base: { type: 'string', default: '.' },
      content: { type: 'string', multiple: true, default: [] },
      csp: { type: 'boolean', default: false },
      'print-csp': { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help || positionals.length === 0) return undefined;
  return {
    patterns: positionals,
    options: {
      out: values.out,
      base: values.base ?? '.',
      content: values.content ?? [],
      csp: values.csp ?? false,
      printCsp: values['print-csp'] ?? false,
      quiet: values.quiet ?? false,
    },
  };
}

async function registerContentFiles(specs: string[]): Promise<void> {
  for (const spec of specs) {
    const [locale, file] = spec.split(/=(.*)/s);
    if (!locale || !file) throw new Error(`--content takes <locale>=<file.json or file.po>, got "${spec}"`);
    // A translation as translators leave it (gettext PO) is compiled in memory, as `tor-elements-i18n compile` would.
    const patch = /\.po$/i.test(file)
      ? await (await import('../i18n/po-content.js')).contentFromPo(file, locale)
      : (JSON.parse(await readFile(file, 'utf8')) as ContentPatch);
    const result = registerContent(locale, patch);
    if (!result.ok) throw new Error(`--content ${spec}: the content is not valid (see above)`);
  }
}

/** One line, rewritten in place on a terminal, so hundreds of files do not flood it. */
function progress(done: number, total: number, file: string): void {
  if (process.stdout.isTTY) process.stdout.write(`\r\u001b[K[${done}/${total}] ${file}`);
  else if (done % 100 === 0 || done === total) console.log(`[${done}/${total}] files`);
}

const countTags = (tags: string[]) =>
  Object.entries(
    tags.reduce<Record<string, number>>((counts, tag) => ({ ...counts, [tag]: (counts[tag] ?? 0) + 1 }), {}),
  )
    .map(([tag, count]) => (count > 1 ? `${tag} ×${count}` : tag))
    .join(', ');

export async function main(argv: string[]): Promise<number> {
  const parsed = readOptions(argv);
  if (!parsed) {
    console.log(USAGE);
    return argv.includes('--help') ? 0 : 2;
  }
  const { options, patterns } = parsed;
  await registerContentFiles(options.content);
  const files = (await glob(patterns, { onlyFiles: true, absolute: true, expandDirectories: false })).sort();
  if (files.length === 0) {
    console.error(`tor-elements-prerender: no files match ${patterns.join(' ')}`);
    return 1;
  }
  const hashes = new Set<string>();
  let failed = 0;
  let elements = 0;
  for (const [index, file] of files.entries()) {
    const shown = relative(process.cwd(), file);
    if (!options.quiet) progress(index + 1, files.length, shown);
    const result = prerenderHtml(await readFile(file, 'utf8'), { cspMeta: options.csp });
    if (process.stdout.isTTY && !options.quiet) process.stdout.write('\r\u001b[K');
    for (const error of result.errors)
      console.error(`${shown}:${error.line}:${error.column}: <${error.tag}> not rendered: ${error.reason}`);
    if (result.errors.length > 0) {
      failed += 1;
      continue;
    }
    result.styleHashes.forEach((hash) => hashes.add(hash));
    elements += result.rendered.length;
    for (const entry of result.rendered) {
      for (const warning of entry.warnings)
        console.warn(`${shown}:${entry.line}:${entry.column}: <${entry.tag}>: ${warning}`);
    }
    const target = options.out ? join(options.out, relative(resolve(options.base), file)) : file;
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, result.html);
    if (!options.quiet && result.rendered.length > 0) {
      console.log(
        `${shown}: rendered ${result.rendered.length} (${countTags(result.rendered.map((entry) => entry.tag))})`,
      );
    }
  }
  if (options.printCsp) console.log(`Content-Security-Policy: ${contentSecurityPolicy([...hashes].sort())}`);
  console.log(
    `${files.length - failed} of ${files.length} files prerendered, ${elements} elements${failed ? `; ${failed} with errors, left unchanged` : ''}.`,
  );
  return failed > 0 ? 1 : 0;
}
