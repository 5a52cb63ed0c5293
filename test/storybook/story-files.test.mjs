// Every stories file is rendered and checked by the browser story tests (test/stories/stories.test.ts
// imports each one by name: a new file must be added there, or its stories go untested).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';

test('test/stories/stories.test.ts imports every stories/*.stories.ts', () => {
  const files = readdirSync('stories').filter((file) => file.endsWith('.stories.ts'));
  const tests = readFileSync('test/stories/stories.test.ts', 'utf8');
  const untested = files.filter((file) => !tests.includes(`'../../stories/${file.replace(/\.ts$/, '.js')}'`));
  assert.deepEqual(untested, []);
});
