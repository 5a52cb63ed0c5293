// Run by ssr.mjs in a Node process of its own: `node ssr-throughput.mjs <page.html> <cpu seconds>`.
// Prints JSON: pages per CPU-second for renderHtml of the page (as a site renders it: the same
// elements again), of the page with every element new to the renderer, and for parse5 parsing and
// serializing it (a reference for this machine's speed, taken in the same process).
import { readFile } from 'node:fs/promises';
import { parse, serialize } from 'parse5';
import { renderHtml } from '../../dist/ssr/index.js';

const [file, seconds] = process.argv.slice(2);
const page = await readFile(file, 'utf8');

/** Calls `work` until it has used `budget` CPU-seconds (at least 20 times) after 10 warm-up calls. */
function pagesPerCpuSecond(work, budget) {
  for (let i = 0; i < 10; i += 1) work();
  const start = process.cpuUsage();
  let pages = 0;
  let used = 0;
  while (used < budget || pages < 20) {
    work();
    pages += 1;
    const { user, system } = process.cpuUsage(start);
    used = (user + system) / 1e6;
  }
  return { pages, cpuSeconds: used, perCpuSecond: pages / used };
}

const render = pagesPerCpuSecond(() => renderHtml(page), Number(seconds));
// The same page with every element new to the renderer (an attribute no element reads changes each
// time), so nothing comes from its cache: what a page of elements found nowhere else costs.
let serial = 0;
const fresh = pagesPerCpuSecond(
  () => renderHtml(page.replace(/<(tor-[a-z-]+)/g, (tag) => `${tag} data-bench="${(serial += 1)}"`)),
  Number(seconds) / 2,
);
const parse5 = pagesPerCpuSecond(() => serialize(parse(page)), Number(seconds) / 2);
console.log(JSON.stringify({ render, fresh, parse5, bytes: Buffer.byteLength(page) }));
