// Row 7: server rendering of the demo page with renderHtml in one Node process, in pages per
// CPU-second (process.cpuUsage), beside parse5 parsing the same page as this machine's reference.
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { row } from './rows.mjs';
import { times } from './stats.mjs';

const TARGET = 500;

export async function measureSsr(lab) {
  lab.log('server rendering: renderHtml of the demo page in a Node process of its own');
  const { unrenderedDemo } = await lab.site();
  const page = join(lab.dir, 'demo-unrendered.html');
  await writeFile(page, unrenderedDemo);
  const child = fileURLToPath(new URL('ssr-throughput.mjs', import.meta.url));
  const { stdout } = await promisify(execFile)(process.execPath, [child, page, '3']);
  const { render, fresh, parse5 } = JSON.parse(stdout);
  return [
    row({
      id: 'ssr',
      title: 'renderHtml of the demo page, one process',
      value: `${render.perCpuSecond.toFixed(0)} pages/CPU-s`,
      baseline: `parse5 ${parse5.perCpuSecond.toFixed(0)} pages/CPU-s`,
      ratio: `cost ${times(parse5.perCpuSecond / render.perCpuSecond)} parse5`,
      judged: render.perCpuSecond,
      target: { min: TARGET },
      targetText: `≥ ${TARGET}/CPU-s`,
      note:
        `${render.pages} pages in ${render.cpuSeconds.toFixed(2)} CPU-s; baseline: parse5 parsing and serializing the same page in the same process; ` +
        `every element new to the renderer's cache: ${fresh.perCpuSecond.toFixed(0)} pages/CPU-s`,
      details: { render, fresh, parse5 },
    }),
  ];
}
