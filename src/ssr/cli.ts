/// <reference types="node" />
/**
 * `tor-elements-prerender`: prerenders the tor-elements elements of static HTML files (the output of
 * Lektor, Hugo, Jekyll or plain HTML), in place or into another folder. A file is replaced whole or
 * not at all; a file that cannot be prerendered is reported with its name and left as it was, and the
 * run goes on with the others, then exits 1 with a count. With `--jobs N`, worker threads render the
 * files (workers.ts) and this thread prints what each file's report says, in the input's order.
 */
import { lstatSync } from 'node:fs';
import { readFile, realpath } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { glob } from 'tinyglobby';
import { registerContent } from '../content/registry.js';
import type { ContentPatch } from '../content/types.js';
import { contentSecurityPolicy } from './csp.js';
import { notPrerendered, type FileJob, type FileReport, type FileSettings } from './file-report.js';
import { isInside, patternBase, Refusal, whereReally } from './files.js';
import type { PrerenderResult } from './prerender.js';
import { MOST_PER_BATCH, startWorkers, type FileRenderer } from './workers.js';

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
  --hydrate                   keep Lit's hydration markers, for pages that load the hydration bundle
                              (tor-elements/bundle-hydrate.js); by default the shadow roots are written
                              without them, for the enhancement script (tor-elements/enhance.js) or none
  --jobs <n>                  render in <n> worker threads (default: the cores, ${availableParallelism()} here);
                              --jobs 1 renders in the command's own thread
  --shard <i>/<n>             of the files matched (sorted), render only share <i> of <n>, so <n> machines
                              split a site, each file exactly once (e.g. --shard 2/4)
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
  hydrate: boolean;
  /** Worker threads; 1 renders in the command's own thread. */
  jobs: number;
  /** This run's share of the files: `index` (1-based) of `count`. */
  shard?: { index: number; count: number };
}

/** A mistake in the command line: printed with what to write instead, exit code 2. */
class UsageError extends Error {}

function readJobs(value: string | undefined): number {
  if (value === undefined) return availableParallelism();
  const jobs = Number(value);
  if (!/^\d+$/.test(value.trim()) || jobs < 1) {
    throw new UsageError(
      `--jobs takes a whole number of worker threads, 1 or more (e.g. --jobs ${availableParallelism()}, the cores here), got "${value}"`,
    );
  }
  return jobs;
}

function readShard(value: string | undefined): Options['shard'] {
  if (value === undefined) return undefined;
  const [, index, count] = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value)?.map(Number) ?? [];
  if (index === undefined || count === undefined || index < 1 || index > count) {
    throw new UsageError(
      `--shard takes <i>/<n>: this run's share, from 1 to n, of n runs (e.g. --shard 2/4 for the second of four), got "${value}"`,
    );
  }
  return { index, count };
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
      hydrate: { type: 'boolean', default: false },
      jobs: { type: 'string' },
      shard: { type: 'string' },
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
      hydrate: values.hydrate ?? false,
      jobs: readJobs(values.jobs),
      shard: readShard(values.shard),
    },
  };
}

/** Registers each --content file; returns what it registered, for the worker threads to register too. */
async function registerContentFiles(specs: string[]): Promise<Array<[string, ContentPatch]>> {
  const registered: Array<[string, ContentPatch]> = [];
  for (const spec of specs) {
    const [locale, file] = spec.split(/=(.*)/s);
    if (!locale || !file) throw new Error(`--content takes <locale>=<file.json or file.po>, got "${spec}"`);
    // A translation as translators leave it (gettext PO) is compiled in memory, as `tor-elements-i18n compile` would.
    const patch = /\.po$/i.test(file)
      ? await (await import('../i18n/po-content.js')).contentFromPo(file, locale)
      : (JSON.parse(await readFile(file, 'utf8')) as ContentPatch);
    const result = registerContent(locale, patch);
    if (!result.ok) throw new Error(`--content ${spec}: the content is not valid (see above)`);
    registered.push([locale, patch]);
  }
  return registered;
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

/** Real paths, each looked up once a run: the trees, --out, the folders inputs are in and results go to. */
interface RealPaths {
  /** The real path of a file or folder that exists. */
  of(path: string): Promise<string>;
  /** Where a path that may not exist yet would really be (see `whereReally`). */
  whereReally(path: string): Promise<string>;
}

/** Where `file` really is: its folder's real path and its name, unless the file itself is a link. */
async function realPathOf(file: string, paths: RealPaths): Promise<string> {
  if (lstatSync(file).isSymbolicLink()) return realpath(file);
  return join(await paths.of(dirname(file)), basename(file));
}

function realPaths(): RealPaths {
  const once = (find: (path: string) => Promise<string>) => {
    const found = new Map<string, Promise<string>>();
    return (path: string) => {
      let real = found.get(path);
      if (!real) {
        real = find(path);
        found.set(path, real);
      }
      return real;
    };
  };
  return { of: once((path) => realpath(path)), whereReally: once(whereReally) };
}

/**
 * Where the result for `input` goes: the file itself (its real path: a link inside the tree is kept as
 * a link), or its place under --out. Refuses a file reached through a link out of its tree, an input
 * outside --base with --out, and an output path that a link would lead out of --out.
 */
async function targetFor(input: Input, options: Options, paths: RealPaths): Promise<string> {
  const shown = (path: string) => relative(process.cwd(), path) || '.';
  if (options.out && !isInside(resolve(options.base ?? '.'), input.file)) {
    throw new Refusal(
      `is outside --base ${options.base ?? '.'}: with --out, every input must be under --base, so that its ` +
        'result lands under --out and no source is ever rewritten. Set --base to a folder that holds every input.',
    );
  }
  const real = await realPathOf(input.file, paths);
  if (!isInside(await paths.of(input.tree), real)) {
    throw new Refusal(`is a link to ${real}, outside ${shown(input.tree)}: links out of the tree are not followed.`);
  }
  if (!options.out) return real;
  const target = join(resolve(options.out), relative(resolve(options.base ?? '.'), input.file));
  const [out, folder] = await Promise.all([paths.whereReally(options.out), paths.whereReally(dirname(target))]);
  if (!isInside(out, folder)) {
    throw new Refusal(`would be written to ${folder}, through a link out of --out ${options.out}: not written.`);
  }
  return target;
}

/** What one run has done so far. */
export interface Run {
  options: Options;
  prerendered: number;
  failed: number;
  elements: number;
  skipped: string[];
  policy: { [K in keyof PrerenderResult['policy']]: Set<string> };
}

/** A file to render, or what is already known of it: refused before reading, or the same target as an earlier one. */
type Planned = { job: FileJob } | { report: FileReport } | { duplicate: true };

/** Where each input goes, in order; a file reached twice (through a link inside the tree) is rendered once. */
async function plan(inputs: Input[], options: Options): Promise<Planned[]> {
  const targets = new Set<string>();
  const planned: Planned[] = [];
  const paths = realPaths();
  for (const input of inputs) {
    const shown = relative(process.cwd(), input.file);
    try {
      const target = await targetFor(input, options, paths);
      if (targets.has(target)) planned.push({ duplicate: true });
      else planned.push({ job: { file: input.file, target, shown } });
      targets.add(target);
    } catch (error) {
      planned.push({ report: notPrerendered({ shown }, error) });
    }
  }
  return planned;
}

/**
 * Renders in this thread, a batch of files after the other (each file's wait for the disk overlapping
 * the rendering of the files after it), so that the reports and the progress line come as files are done.
 */
async function renderInThisThread(settings: FileSettings): Promise<FileRenderer> {
  const { prerenderBatch } = await import('./prerender-file.js');
  const queue: Array<{ job: FileJob; resolve: (report: FileReport) => void }> = [];
  let draining = false;
  const drain = async () => {
    let previous: Promise<void> = Promise.resolve();
    while (queue.length > 0) {
      const batch = queue.splice(0, MOST_PER_BATCH);
      // As a worker holds two batches: this one renders while the previous one's files wait for the disk.
      const done = prerenderBatch(
        batch.map((task) => task.job),
        settings,
      ).then((reports) => batch.forEach((task, index) => task.resolve(reports[index] as FileReport)));
      await previous;
      previous = done;
    }
    draining = false;
  };
  return {
    render(job) {
      return new Promise((resolve) => {
        queue.push({ job, resolve });
        if (draining) return;
        draining = true;
        // Once the caller has queued every file, so that the first batch is a whole one.
        queueMicrotask(() => void drain());
      });
    },
    close: async () => {},
  };
}

function print(report: FileReport, run: Run, shown: string): void {
  const { quiet } = run.options;
  const said = report.lines.length > 0 || (report.ok && !quiet && report.rendered.length > 0);
  if (said && process.stdout.isTTY && !quiet) process.stdout.write('\r\u001b[K');
  for (const line of report.lines) console[line.level](line.text);
  if (report.ok && !quiet && report.rendered.length > 0)
    console.log(`${shown}: rendered ${report.rendered.length} (${counted(report.rendered)})`);
}

function record(run: Run, report: FileReport): void {
  if (!report.ok) {
    run.failed += 1;
    return;
  }
  run.prerendered += 1;
  run.elements += report.rendered.length;
  run.skipped.push(...report.skipped);
  for (const [name, values] of Object.entries(report.policy)) {
    values.forEach((value) => run.policy[name as keyof Run['policy']].add(value));
  }
}

/**
 * Prerenders `inputs`, going on past any file that fails; returns what was done. Files render in
 * `options.jobs` worker threads (registering `content`), or in this thread; either way each file's
 * progress and report lines are printed in the input's order, so the output is the same.
 */
export async function prerenderFiles(
  inputs: Input[],
  options: Options,
  content: Array<[string, ContentPatch]> = [],
): Promise<Run> {
  const run: Run = {
    options,
    prerendered: 0,
    failed: 0,
    elements: 0,
    skipped: [],
    policy: { styles: new Set(), scripts: new Set(), styleAttributes: new Set(), imageOrigins: new Set() },
  };
  const settings: FileSettings = { csp: options.csp, hydrate: options.hydrate, out: Boolean(options.out) };
  const threads = Math.min(options.jobs, inputs.length);
  // The renderer loads (in the worker threads, or in this one) while the files are planned.
  const starting =
    threads > 1 ? Promise.resolve(startWorkers(threads, { content, settings })) : renderInThisThread(settings);
  starting.catch(() => {});
  const planned = await plan(inputs, options);
  const renderer = await starting;
  try {
    const reports = planned.map((entry) => ('job' in entry ? renderer.render(entry.job) : undefined));
    // Awaited in order below; a rejection (a worker that cannot start) is thrown from there, once.
    reports.forEach((report) => report?.catch(() => {}));
    for (const [index, entry] of planned.entries()) {
      const shown = relative(process.cwd(), inputs[index]?.file ?? '');
      if (!options.quiet) progress(index + 1, inputs.length, shown);
      if ('duplicate' in entry) {
        run.prerendered += 1;
        continue;
      }
      const report = 'report' in entry ? entry.report : await (reports[index] as Promise<FileReport>);
      print(report, run, shown);
      record(run, report);
    }
  } finally {
    await renderer.close();
  }
  return run;
}

/** This run's share of the files (all of them without --shard): every n-th, from the i-th, in sorted order. */
function shareOf(inputs: Input[], shard: Options['shard']): Input[] {
  if (!shard) return inputs;
  return inputs.filter((_, index) => index % shard.count === shard.index - 1);
}

const OUTPUT_MODE = {
  enhancement: 'Written for the enhancement script (tor-elements/enhance.js); pass --hydrate for Lit hydration.',
  hydration: "Written with Lit's hydration markers, for the hydration bundle (tor-elements/bundle-hydrate.js).",
};

export async function main(argv: string[]): Promise<number> {
  let parsed: ReturnType<typeof readOptions>;
  try {
    parsed = readOptions(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`tor-elements-prerender: ${error.message}`);
    return 2;
  }
  if (!parsed) {
    console.log(USAGE);
    return argv.includes('--help') ? 0 : 2;
  }
  const { options, patterns } = parsed;
  const content = await registerContentFiles(options.content);
  const all = await findInputs(patterns, options);
  if (all.length === 0) {
    console.error(`tor-elements-prerender: no files match ${patterns.join(' ')}`);
    return 1;
  }
  const inputs = shareOf(all, options.shard);
  const run = await prerenderFiles(inputs, options, content);
  if (!options.quiet && run.skipped.length > 0) console.log(`Left as they were: ${counted(run.skipped)}.`);
  if (options.printCsp) {
    const policy = Object.fromEntries(Object.entries(run.policy).map(([name, values]) => [name, [...values]]));
    console.log(`Content-Security-Policy: ${contentSecurityPolicy(policy as unknown as PrerenderResult['policy'])}`);
  }
  const shard = options.shard
    ? `shard ${options.shard.index}/${options.shard.count}: ${inputs.length} of ${all.length} files. `
    : '';
  console.log(
    `${shard}${run.prerendered} of ${inputs.length} files prerendered, ${run.elements} elements${run.failed ? `; ${run.failed} with errors, left unchanged` : ''}. ` +
      OUTPUT_MODE[options.hydrate ? 'hydration' : 'enhancement'],
  );
  return run.failed > 0 ? 1 : 0;
}
