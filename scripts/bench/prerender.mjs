// Row 8: the prerender command (dist/ssr/bin.js) over 1,000 generated pages, wall-clock, with
// `--jobs` set to the machine's cores when the command offers it (read from its --help).
import { execFile } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import { pkg, ROOT } from './package.mjs';
import { row } from './rows.mjs';
import { median } from './stats.mjs';

const FILES = 1000;
const PER_FOLDER = 100;
const TARGET_SECONDS = 3;
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

export async function measurePrerender(lab) {
  const bin = join(ROOT, pkg.bin['tor-elements-prerender']);
  const { unrenderedDemo } = await lab.site();
  const site = join(lab.dir, 'prerender-site');
  const out = join(lab.dir, 'prerender-out');
  await writePages(site, unrenderedDemo);
  const help = (await timed([bin, '--help'])).stdout;
  const jobs = /--jobs\b/.test(help) ? ['--jobs', String(availableParallelism())] : [];
  const shard = /--shard\b/.test(help);
  const runs = Math.min(lab.rounds, 3);
  const walls = [];
  const starts = [];
  for (let index = 0; index < runs; index += 1) {
    lab.log(`prerender: ${FILES} files, run ${index + 1} of ${runs}${jobs.length ? ` (${jobs.join(' ')})` : ''}`);
    await rm(out, { recursive: true, force: true });
    starts.push((await timed([bin, '--help'])).seconds);
    const result = await timed([bin, join(site, '**/*.html'), '--out', out, '--base', site, '--quiet', ...jobs]);
    if (!result.stdout.includes(`${FILES} of ${FILES} files prerendered`))
      throw new Error(`the prerender command did not prerender every file:\n${result.stdout}${result.stderr}`);
    walls.push(result.seconds);
  }
  const wall = median(walls);
  const start = median(starts);
  return [
    row({
      id: 'prerender',
      title: `prerender command, ${FILES} files${jobs.length ? `, ${jobs.join(' ')}` : ''}`,
      value: `${wall.toFixed(2)} s`,
      baseline: `start ${start.toFixed(2)} s`,
      ratio: `${(((wall - start) / FILES) * 1000).toFixed(1)} ms/file`,
      judged: wall,
      target: { max: TARGET_SECONDS },
      targetText: `≤ ${TARGET_SECONDS} s`,
      note: [
        `wall, median of ${runs} run${runs > 1 ? 's' : ''}, ${availableParallelism()} cores; start: the command's --help`,
        jobs.length ? '' : 'the command has no --jobs yet',
        shard ? 'it has --shard' : 'no --shard yet',
        `${(FILES / wall).toFixed(0)} files/s`,
      ]
        .filter(Boolean)
        .join('; '),
      details: { walls, starts, jobs, shard },
    }),
  ];
}
