/// <reference types="node" />
/**
 * `tor-elements-prerender`: prerenders the tor-elements elements of static HTML files (the output of
 * Lektor, Hugo, Jekyll or plain HTML), in place or into another folder. A file is replaced whole or
 * not at all; a file that cannot be prerendered is reported with its name and left as it was, and the
 * run goes on with the others, then exits 1 with a count.
 */
import { readFile, realpath } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { glob } from 'tinyglobby';
import { registerContent } from '../content/registry.js';
import type { ContentPatch } from '../content/types.js';
import { contentSecurityPolicy } from './csp.js';
import {
  decodeHtml,
  declaredEncodingRefusal,
  ensureWritable,
  isInside,
  patternBase,
  replaceWhole,
  whereReally,
} from './files.js';
import { prerenderHtml, type PrerenderResult, type SkippedElement } from './prerender.js';

const USAGE = `Usage: tor-elements-prerender [options] <file or glob>...

Expands every tor-* element of the HTML files into Declarative Shadow DOM, so the pages read with
JavaScript off (Tor Browser's Safest level). Files are changed in place unless --out is given. A file
is replaced whole or not at all; files are read and written as UTF-8 (a page in another encoding is
refused, not re-encoded); links are not followed out of the folder a pattern starts from (or --base).

Options:
  --out <dir>                 write the results under <dir> instead, at their paths relative to --base
  --base <dir>                the folder every input must be in, and paths are relative to, for --out
                              (default: the current folder)
  --content <locale>=<file>   register content (JSON, as for registerContent) before rendering; repeatable
  --csp                       write a Content-Security-Policy <meta> allowing exactly the page's inline styles
  --print-csp                 print one Content-Security-Policy header that works for all the files
  --quiet                     print only errors and the summary
  --help                      show this text
  --version                   print the version of tor-elements
`;

export interface Options {
  out?: string;
  /** The folder inputs must be in, given explicitly (else each pattern's own folder, without --out). */
  base?: string;
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
      base: { type: 'string' },
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
      base: values.base ?? (values.out ? '.' : undefined),
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

const counted = (names: string[]) =>
  Object.entries(
    names.reduce<Record<string, number>>((counts, name) => ({ ...counts, [name]: (counts[name] ?? 0) + 1 }), {}),
  )
    .map(([name, count]) => (count > 1 ? `${name} ×${count}` : name))
    .join(', ');

/** A file the patterns matched, and the folder (real path) that no link may lead it out of. */
export interface Input {
  file: string;
  tree: string;
}

/** Every file the patterns match, once, in order; each with the folder it must stay in. */
async function findInputs(patterns: string[], options: Options): Promise<Input[]> {
  const inputs = new Map<string, Input>();
  for (const pattern of patterns) {
    const tree = options.base === undefined ? patternBase(pattern) : resolve(options.base);
    const files = await glob([pattern], { onlyFiles: true, absolute: true, expandDirectories: false });
    for (const file of files) if (!inputs.has(file)) inputs.set(file, { file: resolve(file), tree });
  }
  return [...inputs.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** A reason to leave a file alone that names what to do, as opposed to a failure of the system. */
class Refusal extends Error {}

/**
 * Where the result for `input` goes: the file itself (its real path: a link inside the tree is kept as
 * a link), or its place under --out. Refuses a file reached through a link out of its tree, an input
 * outside --base with --out, and an output path that a link would lead out of --out.
 */
async function targetFor(input: Input, options: Options): Promise<string> {
  const shown = (path: string) => relative(process.cwd(), path) || '.';
  if (options.out && !isInside(resolve(options.base ?? '.'), input.file)) {
    throw new Refusal(
      `is outside --base ${options.base ?? '.'}: with --out, every input must be under --base, so that its ` +
        'result lands under --out and no source is ever rewritten. Set --base to a folder that holds every input.',
    );
  }
  const real = await realpath(input.file);
  if (!isInside(await realpath(input.tree), real)) {
    throw new Refusal(`is a link to ${real}, outside ${shown(input.tree)}: links out of the tree are not followed.`);
  }
  if (!options.out) return real;
  const target = join(resolve(options.out), relative(resolve(options.base ?? '.'), input.file));
  const [out, folder] = await Promise.all([whereReally(options.out), whereReally(dirname(target))]);
  if (!isInside(out, folder)) {
    throw new Refusal(`would be written to ${folder}, through a link out of --out ${options.out}: not written.`);
  }
  return target;
}

/** What one run has done so far. */
export interface Run {
  options: Options;
  done: Set<string>;
  prerendered: number;
  failed: number;
  elements: number;
  skipped: string[];
  policy: { [K in keyof PrerenderResult['policy']]: Set<string> };
}

/** Prerenders one file; returns `false` (after saying why, with the file's name) when it is left as it was. */
async function prerenderFile(input: Input, run: Run): Promise<boolean> {
  const { options } = run;
  const shown = relative(process.cwd(), input.file);
  try {
    const target = await targetFor(input, options);
    if (run.done.has(target)) return true;
    run.done.add(target);
    const decoded = decodeHtml(await readFile(input.file));
    if ('refused' in decoded) throw new Refusal(decoded.refused);
    const result = prerenderHtml(decoded.text, { cspMeta: options.csp });
    const encoding = declaredEncodingRefusal(result.declaredEncoding);
    if (encoding) throw new Refusal(encoding);
    if (process.stdout.isTTY && !options.quiet) process.stdout.write('\r\u001b[K');
    for (const error of result.errors)
      console.error(`${shown}:${error.line}:${error.column}: <${error.tag}> not rendered: ${error.reason}`);
    if (result.errors.length > 0) return false;
    for (const entry of result.rendered) {
      for (const warning of entry.warnings)
        console.warn(`${shown}:${entry.line}:${entry.column}: <${entry.tag}>: ${warning}`);
    }
    await ensureWritable(target);
    if (options.out || result.html !== decoded.text) await replaceWhole(target, result.html);
    record(run, result);
    if (!options.quiet && result.rendered.length > 0) {
      console.log(
        `${shown}: rendered ${result.rendered.length} (${counted(result.rendered.map((entry) => entry.tag))})`,
      );
    }
    return true;
  } catch (error) {
    if (process.stdout.isTTY && !options.quiet) process.stdout.write('\r\u001b[K');
    console.error(
      `${shown}: not prerendered, left as it was: ${error instanceof Error ? error.message : String(error)}`,
    );
    return false;
  }
}

function record(run: Run, result: PrerenderResult): void {
  run.elements += result.rendered.length;
  run.skipped.push(...result.skipped.map(describeSkipped));
  for (const [name, values] of Object.entries(result.policy)) {
    values.forEach((value) => run.policy[name as keyof Run['policy']].add(value));
  }
}

const describeSkipped = (skipped: SkippedElement) => `<${skipped.tag}> (${skipped.reason})`;

/** Prerenders `inputs`, going on past any file that fails; returns what was done. */
export async function prerenderFiles(inputs: Input[], options: Options): Promise<Run> {
  const run: Run = {
    options,
    done: new Set(),
    prerendered: 0,
    failed: 0,
    elements: 0,
    skipped: [],
    policy: { styles: new Set(), scripts: new Set(), styleAttributes: new Set(), imageOrigins: new Set() },
  };
  for (const [index, input] of inputs.entries()) {
    if (!options.quiet) progress(index + 1, inputs.length, relative(process.cwd(), input.file));
    if (await prerenderFile(input, run)) run.prerendered += 1;
    else run.failed += 1;
  }
  return run;
}

export async function main(argv: string[]): Promise<number> {
  const parsed = readOptions(argv);
  if (!parsed) {
    console.log(USAGE);
    return argv.includes('--help') ? 0 : 2;
  }
  const { options, patterns } = parsed;
  await registerContentFiles(options.content);
  const inputs = await findInputs(patterns, options);
  if (inputs.length === 0) {
    console.error(`tor-elements-prerender: no files match ${patterns.join(' ')}`);
    return 1;
  }
  const run = await prerenderFiles(inputs, options);
  if (!options.quiet && run.skipped.length > 0) console.log(`Left as they were: ${counted(run.skipped)}.`);
  if (options.printCsp) {
    const policy = Object.fromEntries(Object.entries(run.policy).map(([name, values]) => [name, [...values]]));
    console.log(`Content-Security-Policy: ${contentSecurityPolicy(policy as unknown as PrerenderResult['policy'])}`);
  }
  console.log(
    `${run.prerendered} of ${inputs.length} files prerendered, ${run.elements} elements${run.failed ? `; ${run.failed} with errors, left unchanged` : ''}.`,
  );
  return run.failed > 0 ? 1 : 0;
}
