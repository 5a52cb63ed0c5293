// A line of the bench table: what was measured, against what, and whether it meets its target.

/**
 * `judged` is the number compared with `target` ({ max } or { min }, printed as `targetText`).
 * `info` rows give context (the other browser, the other page variant) and are not judged.
 * `value`, `baseline` and `ratio` are the printed cells; `judged`, `limit` (the target as numbers)
 * and `details` (every sample) go into --json only.
 */
export function row({
  id,
  title,
  value,
  baseline = '',
  ratio = '',
  judged,
  target,
  targetText = '',
  info,
  note,
  details,
}) {
  return {
    id,
    title,
    value,
    baseline,
    ratio,
    target: targetText,
    status: info ? 'info' : judge(judged, target),
    judged,
    limit: target,
    note,
    details,
  };
}

function judge(value, target) {
  if (target.max !== undefined) return value <= target.max ? 'ok' : 'over';
  return value >= target.min ? 'ok' : 'under';
}

/** A row that could not be measured in this run, and why. */
export const skipped = ({ id, title, note }) => ({
  id,
  title,
  value: '',
  baseline: '',
  ratio: '',
  target: '',
  status: 'skipped',
  note,
});
