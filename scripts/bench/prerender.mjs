// Row 8: the prerender command (dist/ssr/bin.js) over 1,000 generated pages, wall-clock, with
// `--jobs 2` (judged) against `--jobs 1` in the same run, alternating; and the bytes of the demo page
// as the command writes it by default (for the enhancement script) and with `--hydrate` (Lit's markers).
import { execFile } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { pkg, ROOT } from './package.mjs';
import { row } from './rows.mjs';
import { kib, median, times } from './stats.mjs';

const FILES = 1000;
const PER_FOLDER = 100;
const TARGET_SECONDS = 3;
/** The target is for two cores; the baseline is the command's own thread. */
const JOBS = 2;
const run = promisify(execFile);

/** 1,000 copies of the demo page as its author wrote it, each with its own title, 100 to a folder. */
async function writePages(dir, unrenderedDemo) {
  for (let index = 0; index < FILES; index += 1) {
    const folder = join(dir, `section-${String(Math.floor(index / PER_FOLDER)).padStart(2, '0')}`);
    if (index % PER_FOLDER === 0) await mkdir(folder, { recursive: true });
    const html = unrenderedDemo.replace('</title>', ` · page ${index + 1}</title>`);
    await writeFile(join(folder, `page-${index + 1}.html`), html);
  }
}

async function timed(args) {
  const start = performance.now();
  const { stdout, stderr } = await run(process.execPath, args, { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
  return { seconds: (performance.now() - start) / 1000, stdout, stderr };
}

/** The demo page prerendered by the command, with and without `--hydrate`: bytes and gzip -9 bytes. */
async function demoBytes(bin, dir, unrenderedDemo) {
  const sizes = {};
  for (const [mode, flags] of [
    ['enhancement', []],
    ['hydration', ['--hydrate']],
  ]) {
    const file = join(dir, `demo-${mode}.html`);
    await writeFile(file, unrenderedDemo);
    await timed([bin, file, '--quiet', '--jobs', '1', ...flags]);
    const html = await readFile(file);
    sizes[mode] = { bytes: html.length, gzip: gzipSync(html, { level: 9 }).length };
  }
  return sizes;
}

export async function measurePrerender(lab) {
  const bin = join(ROOT, pkg.bin['tor-elements-prerender']);
  const { unrenderedDemo } = await lab.site();
  const site = join(lab.dir, 'prerender-site');
  const out = join(lab.dir, 'prerender-out');
  await writePages(site, unrenderedDemo);
  const runs = Math.min(lab.rounds, 3);
  const walls = { 1: [], [JOBS]: [] };
  const starts = [];
  for (let index = 0; index < runs; index += 1) {
    starts.push((await timed([bin, '--help'])).seconds);
    // Alternating, so that a noisy spell on the shared machine falls on both.
    for (const jobs of index % 2 === 0 ? [JOBS, 1] : [1, JOBS]) {
      lab.log(`prerender: ${FILES} files, --jobs ${jobs}, run ${index + 1} of ${runs}`);
      await rm(out, { recursive: true, force: true });
      const result = await timed([
        bin,
        join(site, '**/*.html'),
        '--out',
        out,
        '--base',
        site,
        '--quiet',
        '--jobs',
        String(jobs),
      ]);
      if (!result.stdout.includes(`${FILES} of ${FILES} files prerendered`))
        throw new Error(`the prerender command did not prerender every file:\n${result.stdout}${result.stderr}`);
      walls[jobs].push(result.seconds);
    }
  }
  const [wall, single, start] = [median(walls[JOBS]), median(walls[1]), median(starts)];
  const bytes = await demoBytes(bin, lab.dir, unrenderedDemo);
  const { enhancement, hydration } = bytes;
  return [
    row({
      id: 'prerender',
      title: `prerender command, ${FILES} files, --jobs ${JOBS}`,
      value: `${wall.toFixed(2)} s`,
      baseline: `--jobs 1 ${single.toFixed(2)} s`,
      // On a shared machine the second core may be busy elsewhere: then the workers are slower, said so.
      ratio: wall <= single ? `${times(single / wall)} faster` : `${times(wall / single)} slower`,
      judged: wall,
      target: { max: TARGET_SECONDS },
      targetText: `≤ ${TARGET_SECONDS} s`,
      note:
        `wall, median of ${runs} run${runs > 1 ? 's' : ''} each, alternating, ${availableParallelism()} cores; ` +
        `${(FILES / wall).toFixed(0)} files/s with --jobs ${JOBS}, ${(FILES / single).toFixed(0)} with --jobs 1; ` +
        `start (the command's --help) ${start.toFixed(2)} s`,
      details: { walls, starts, jobs: JOBS },
    }),
    row({
      id: 'prerender',
      title: 'demo page as prerendered, default vs --hydrate',
      value: `${kib(enhancement.gzip)} gzip`,
      baseline: `--hydrate ${kib(hydration.gzip)} gzip`,
      ratio: times(enhancement.gzip / hydration.gzip),
      info: true,
      note:
        `default (for tor-elements/enhance.js, no Lit markers) ${kib(enhancement.bytes)}, ` +
        `--hydrate (Lit's markers) ${kib(hydration.bytes)} uncompressed`,
      details: bytes,
    }),
  ];
}
