// `npm run bench`: the figures of issue 11, each measured in this run against its baseline measured
// in the same run, with its target and an ok/over mark. Not a test: nothing here fails a build.
// Usage: node scripts/bench.mjs [--rounds N] [--only ids] [--json] [--no-build]
import { availableParallelism, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { buildIfStale } from './bench/build.mjs';
import { formatBreakdown, measureBreakdown } from './bench/breakdown.mjs';
import { openLab } from './bench/lab.mjs';
import { formatTable } from './bench/table.mjs';
import { measureLayoutShift } from './bench/layout-shift.mjs';
import { measurePrerender } from './bench/prerender.mjs';
import { measureSizes } from './bench/sizes.mjs';
import { measureSsr } from './bench/ssr.mjs';
import { measureTimings } from './bench/timing.mjs';
import { measureTransfer } from './bench/transfer.mjs';

/** The table's rows in order: number, id, and the measure that produces them (each runs once). */
const ROWS = [
  [1, 'bundle', measureSizes],
  [2, 'footer', measureSizes],
  [3, 'transfer', measureTransfer],
  [4, 'main-thread', measureTimings],
  [5, 'client-render', measureTimings],
  [6, 'cls', measureLayoutShift],
  [7, 'ssr', measureSsr],
  [8, 'prerender', measurePrerender],
];
const GROUPS = {
  size: ['bundle', 'footer'],
  browser: ['transfer', 'main-thread', 'client-render', 'cls'],
  node: ['ssr', 'prerender'],
};
const BREAKDOWN = 'breakdown';
const JUDGED = new Set(['ok', 'over', 'under']);

/** A mistake in the command line: printed as its message alone, with a pointer to --help. */
class UsageError extends Error {}

const USAGE = `Usage: npm run bench -- [options]

Measures issue 11's figures, each against a baseline measured in the same run, and prints them with
their targets. It builds dist/ first when dist/ is missing or stale.

Options:
  --rounds N     page loads per variant and browser for the timed rows (default 15)
  --only IDS     rows to measure, by number or id, comma-separated: ${ROWS.map(([n, id]) => `${n} ${id}`).join(', ')},
                 ${BREAKDOWN} (where the drop-in's bytes go), or a group: ${Object.entries(GROUPS)
                   .map(([name, ids]) => `${name} (${ids.join(', ')})`)
                   .join(', ')}
  --json         print the results as JSON (progress goes to stderr)
  --no-build     use dist/ as it is
  --help         show this text
`;

function selectedIds(only) {
  const all = [...ROWS.map(([, id]) => id), BREAKDOWN];
  if (only.length === 0) return all;
  return only
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter(Boolean)
    .flatMap((value) => {
      if (GROUPS[value]) return GROUPS[value];
      const match =
        ROWS.find(([number, id]) => String(number) === value || id === value)?.[1] ??
        (value === BREAKDOWN ? BREAKDOWN : undefined);
      if (!match)
        throw new UsageError(
          `--only: no row "${value}"; rows are ${all.join(', ')} (or 1-8, or ${Object.keys(GROUPS).join(', ')})`,
        );
      return [match];
    });
}

/** Runs each measure the selected rows need, once; returns the rows numbered as in the table. */
async function measure(lab, ids) {
  const rows = [];
  const measures = new Set(ROWS.filter(([, id]) => ids.has(id)).map(([, , measureRows]) => measureRows));
  for (const measureRows of measures) rows.push(...(await measureRows(lab)));
  const breakdown = ids.has(BREAKDOWN) ? await measureBreakdown(lab) : undefined;
  const numbered = ROWS.filter(([, id]) => ids.has(id)).flatMap(([number, id]) =>
    rows
      .filter((row) => row.id === id)
      .map((row) => ({ ...row, number: JUDGED.has(row.status) ? String(number) : '·' })),
  );
  return { rows: numbered, breakdown };
}

function print({ meta, rows, breakdown }) {
  const browsers = Object.values(meta.browsers);
  console.log(
    `tor-elements bench · ${meta.date.slice(0, 16).replace('T', ' ')} UTC · rounds: ${meta.rounds} · ${meta.cores} cores, load ${meta.load.join(' → ')} · Node ${meta.node}${browsers.length ? ` · ${browsers.join(', ')}` : ''} · ${meta.seconds} s`,
  );
  if (rows.length > 0) console.log(`\n${formatTable(rows)}`);
  if (breakdown) console.log(`\n${formatBreakdown(breakdown)}`);
  const judged = rows.filter((row) => JUDGED.has(row.status));
  const ok = judged.filter((row) => row.status === 'ok').length;
  console.log(`\n${ok} of ${judged.length} judged rows meet their targets.`);
}

async function main() {
  const { values } = parseArgs({
    options: {
      rounds: { type: 'string', default: '15' },
      only: { type: 'string', multiple: true, default: [] },
      json: { type: 'boolean', default: false },
      'no-build': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return void console.log(USAGE);
  const rounds = Number(values.rounds);
  if (!Number.isInteger(rounds) || rounds < 1)
    throw new UsageError(`--rounds takes a whole number ≥ 1, got "${values.rounds}"`);
  const ids = new Set(selectedIds(values.only));
  const log = (message) => console.error(message);
  if (!values['no-build']) buildIfStale({ log });

  const started = Date.now();
  const loadBefore = loadavg()[0];
  const lab = await openLab({ rounds, log });
  let results;
  try {
    results = await measure(lab, ids);
  } finally {
    await lab.close();
  }
  const meta = {
    date: new Date().toISOString(),
    rounds,
    cores: availableParallelism(),
    node: process.version,
    browsers: lab.versions,
    // Other work on the machine stretches the wall-clock rows: the 1-minute load average, before and after.
    load: [loadBefore, loadavg()[0]].map((load) => Number(load.toFixed(1))),
    seconds: Math.round((Date.now() - started) / 1000),
  };
  if (values.json) console.log(JSON.stringify({ meta, ...results }, null, 2));
  else print({ meta, ...results });
}

main().catch((error) => {
  const usage = error instanceof UsageError || error.code?.startsWith('ERR_PARSE_ARGS');
  console.error(usage ? `bench: ${error.message} (see --help)` : `bench: ${error.stack ?? error}`);
  process.exitCode = 1;
});
