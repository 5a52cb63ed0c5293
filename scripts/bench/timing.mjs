// Rows 4 and 5: page loads timed against the static page in the same run, in alternating rounds
// (each round loads every variant once, the order reversed every other round), medians compared.
import { BROWSERS, loadPage } from './browser.mjs';
import { row, skipped } from './rows.mjs';
import { median, ms, times } from './stats.mjs';
import { available, prerenderedVariants } from './variants.mjs';

async function timeVariants(lab, id, variants) {
  const browser = await lab.browser(id);
  const { url } = await lab.site();
  const load = (variant) => loadPage(browser, url(variant.path), { ready: variant.ready });
  // One unmeasured load of each first: the browser's own first-use costs belong to no variant.
  for (const variant of variants) await load(variant);
  const samples = Object.fromEntries(variants.map((variant) => [variant.id, []]));
  for (let round = 0; round < lab.rounds; round += 1) {
    lab.log(`timing: ${BROWSERS[id].name}, round ${round + 1} of ${lab.rounds}`);
    const order = round % 2 === 0 ? variants : [...variants].reverse();
    for (const variant of order) samples[variant.id].push(await load(variant));
  }
  return samples;
}

/** A row comparing `variant`'s median `metric` ('taskMs' or 'readyMs') with the static page's. */
function compare(samples, variant, metric, { id, title, max, info, note }) {
  const series = (key) => samples[key].map((sample) => sample[metric]);
  const value = median(series(variant.id));
  const baseline = median(series('static'));
  return row({
    id,
    title,
    value: ms(value),
    baseline: `static ${ms(baseline)}`,
    ratio: times(value / baseline),
    judged: value / baseline,
    target: { max },
    targetText: `≤ ${max}×`,
    info,
    note,
    details: { metric, [variant.id]: series(variant.id), static: series('static') },
  });
}

export async function measureTimings(lab) {
  const { variants } = await lab.site();
  const { judged, others } = prerenderedVariants(variants);
  const client = available(variants).find((variant) => variant.id === 'client');
  const chromium = await timeVariants(lab, 'chromium', available(variants));
  const firefox = await timeVariants(lab, 'firefox', available(variants));
  const rounds = `medians of ${lab.rounds} alternating rounds`;
  const mainThread = (variant, options = {}) =>
    variant.path
      ? compare(chromium, variant, 'taskMs', {
          id: 'main-thread',
          title: `main thread (Chromium): ${variant.title}`,
          max: 1.15,
          ...options,
        })
      : skipped({ id: 'main-thread', title: `main thread (Chromium): ${variant.title}`, note: variant.note });
  const wall = (samples, browser, variant, options) =>
    compare(samples, variant, 'readyMs', { title: `all rendered (${browser}): ${variant.title}`, ...options });
  return [
    mainThread(judged, { note: `CDP TaskDuration (thread time) from navigation until the page settled, ${rounds}` }),
    ...others.map((variant) => mainThread(variant, { info: true })),
    mainThread(client, { info: true }),
    ...[judged, ...others]
      .filter((variant) => variant.path)
      .map((variant) =>
        wall(firefox, 'Firefox ESR', variant, {
          id: 'main-thread',
          max: 1.15,
          info: true,
          note: 'Firefox ESR gives pages no main-thread time: its wall-clock time instead',
        }),
      ),
    wall(firefox, 'Firefox ESR', client, {
      id: 'client-render',
      max: 1.5,
      note: `from navigation start until load, every element rendered and the next frame painted (static: load and the next frame), ${rounds}`,
    }),
    wall(chromium, 'Chromium', client, { id: 'client-render', max: 1.5, info: true }),
  ];
}
