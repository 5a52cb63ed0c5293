// Row 6: layout shift (CLS) while pages load and render: a partner's client-rendered article, and
// the prerendered demo page with its script, over as many loads as rounds; the worst load is judged.
import { BROWSERS, loadPage, reportsLayoutShift } from './browser.mjs';
import { row, skipped } from './rows.mjs';
import { median } from './stats.mjs';
import { available, prerenderedVariants } from './variants.mjs';

const TARGETS = { partner: 0.1, prerendered: 0 };

async function shifts(lab, browser, page) {
  const { url } = await lab.site();
  const values = [];
  for (let round = 0; round < lab.rounds; round += 1)
    values.push((await loadPage(browser, url(page.path), { ready: page.ready })).cls);
  return values;
}

function clsRow(values, { title, max, info, browser }) {
  const worst = Math.max(...values);
  const over = values.filter((value) => value > max).length;
  return row({
    id: 'cls',
    title: `CLS (${browser}): ${title}`,
    value: `worst ${worst.toFixed(3)}`,
    baseline: '(absolute)',
    ratio: `median ${median(values).toFixed(3)}`,
    judged: worst,
    target: { max },
    targetText: max === 0 ? '0' : `≤ ${max}`,
    info,
    note: `${over} of ${values.length} loads over ${max}`,
    details: { values },
  });
}

export async function measureLayoutShift(lab) {
  const { variants, partner } = await lab.site();
  const { judged, others } = prerenderedVariants(variants);
  const client = available(variants).find((variant) => variant.id === 'client');
  const rows = [];
  for (const id of Object.keys(BROWSERS)) {
    const browser = await lab.browser(id);
    const name = BROWSERS[id].name;
    if (!(await reportsLayoutShift(browser))) {
      rows.push(skipped({ id: 'cls', title: `CLS (${name})`, note: `${name} does not report layout-shift entries` }));
      continue;
    }
    lab.log(`layout shift: ${name}, ${lab.rounds} loads of each page`);
    const measure = async (page, options) => clsRow(await shifts(lab, browser, page), { browser: name, ...options });
    rows.push(await measure(partner, { title: partner.title, max: TARGETS.partner }));
    rows.push(await measure(judged, { title: `demo, ${judged.title}`, max: TARGETS.prerendered }));
    for (const variant of others)
      rows.push(
        variant.path
          ? await measure(variant, { title: `demo, ${variant.title}`, max: TARGETS.prerendered, info: true })
          : skipped({ id: 'cls', title: `CLS (${name}): demo, ${variant.title}`, note: variant.note }),
      );
    rows.push(await measure(client, { title: `demo, ${client.title}`, max: TARGETS.partner, info: true }));
  }
  return rows;
}
