// Every stories file is rendered and checked by the browser story tests: stories/<name>.stories.ts by
// test/stories/<name>.stories.test.ts, which imports it. A new stories file needs its test file too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

test('each stories/*.stories.ts has its test/stories/*.stories.test.ts, which imports it', () => {
  const files = readdirSync('stories').filter((file) => file.endsWith('.stories.ts'));
  const untested = files.filter((file) => {
    const testFile = `test/stories/${file.replace(/\.ts$/, '.test.ts')}`;
    const imported = `'../../stories/${file.replace(/\.ts$/, '.js')}'`;
    return !existsSync(testFile) || !readFileSync(testFile, 'utf8').includes(imported);
  });
  assert.deepEqual(untested, []);
});
