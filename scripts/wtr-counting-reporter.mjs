// A @web/test-runner reporter that counts passed and failed tests across every browser, so that
// `npm test` can print one total. A file that fails to load or errors outside a test counts as one failure.
import { writeFileSync } from 'node:fs';

function countSuite(suite, counts) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite?.suites ?? []) countSuite(child, counts);
}

export function countSessions(sessions) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  for (const session of sessions) {
    const before = counts.failed;
    countSuite(session.testResults, counts);
    const failedOutsideTests = !session.passed && counts.failed === before;
    if (failedOutsideTests || (session.errors?.length ?? 0) > 0) counts.failed += 1;
  }
  return counts;
}

/** Writes `{passed, failed, skipped}` to `outputPath` when the run finishes (no-op without a path). */
export function countingReporter(outputPath) {
  return {
    stop({ sessions }) {
      if (outputPath) writeFileSync(outputPath, JSON.stringify(countSessions(sessions)));
    },
  };
}
