// `npm run bench` stays runnable: its size rows complete and say what they measured. No figure is
// judged here (the bench reports targets; tests never time anything), only that the rows are coherent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { formatTable } from '../../scripts/bench/table.mjs';

const run = (args) =>
  promisify(execFile)(process.execPath, ['scripts/bench.mjs', '--no-build', ...args], {
    cwd: new URL('../..', import.meta.url),
  });

test('the size rows measure the drop-in bundle and the footer entry against Lit in the same run', async () => {
  const { stdout } = await run(['--rounds', '1', '--only', 'size', '--json']);
  const { meta, rows } = JSON.parse(stdout);
  assert.equal(meta.rounds, 1);
  assert.deepEqual(
    rows.map((row) => [row.number, row.id]),
    [
      ['1', 'bundle'],
      ['2', 'footer'],
    ],
  );
  const [bundle, footer] = rows;
  const { dropIn, lit, content, floor } = bundle.details;
  assert.ok(lit.initial > 0 && content.initial > 0 && dropIn.initial > lit.initial);
  assert.equal(floor, lit.initial + content.initial);
  assert.equal(bundle.judged, dropIn.initial / floor);
  assert.equal(bundle.status, bundle.judged <= bundle.limit.max ? 'ok' : 'over');
  assert.equal(footer.details.lit.initial, lit.initial, 'both rows compare with the same Lit bundle');
  assert.equal(footer.judged, footer.details.footer.initial - lit.initial);
  assert.equal(footer.status, footer.judged <= 5 * 1024 ? 'ok' : 'over');

  const table = formatTable(rows);
  for (const text of ['drop-in bundle vs floor', '≤ 1.75×', 'tor-onion-footer.js with Lit', '≤ Lit + 5 KiB'])
    assert.ok(table.includes(text), `the table shows "${text}":\n${table}`);
});

test('an unknown row is refused with the list of rows', async () => {
  await assert.rejects(run(['--only', 'speed']), (error) => {
    assert.match(error.stderr, /--only: no row "speed"; rows are bundle, footer, transfer/);
    return true;
  });
});
