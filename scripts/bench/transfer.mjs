// Row 3: what a reader's browser downloads for the prerendered page with its script, against the same
// page with no script: every request the page makes, its body bytes on the wire (gzip -9), same origin.
import { loadPage } from './browser.mjs';
import { row, skipped } from './rows.mjs';
import { kib, times } from './stats.mjs';
import { available, prerenderedVariants } from './variants.mjs';

async function transferOf(lab, variant) {
  const { server, url } = await lab.site();
  const browser = await lab.browser('chromium');
  server.requests.length = 0;
  const { requests } = await loadPage(browser, url(variant.path), { ready: variant.ready, recordRequests: true });
  const served = [...server.requests];
  const foreign = requests.filter(
    (address) => !address.startsWith('data:') && new URL(address).origin !== server.origin,
  );
  return {
    bytes: served.reduce((total, request) => total + request.bytes, 0),
    served,
    foreign,
    missing: served.filter((request) => request.status !== 200).map((request) => request.path),
  };
}

const describe = (transfer) =>
  `${transfer.served.length} requests (${transfer.served.map((r) => `${r.path.split('/').pop()} ${kib(r.bytes)}`).join(', ')})`;

export async function measureTransfer(lab) {
  lab.log('transfer: loading each page once in Chromium');
  const { variants } = await lab.site();
  const { judged, others } = prerenderedVariants(variants);
  const client = available(variants).find((variant) => variant.id === 'client');
  const staticPage = await transferOf(
    lab,
    variants.find((variant) => variant.id === 'static'),
  );
  const compared = async (variant, info) => {
    if (!variant.path)
      return skipped({ id: 'transfer', title: `bytes transferred: ${variant.title}`, note: variant.note });
    const transfer = await transferOf(lab, variant);
    const problems = [
      ...transfer.foreign.map((address) => `request to another origin: ${address}`),
      ...transfer.missing.map((path) => `not found: ${path}`),
    ];
    const ratio = transfer.bytes / staticPage.bytes;
    return row({
      id: 'transfer',
      title: `bytes transferred: ${variant.title}`,
      value: `${kib(transfer.bytes)}, ${transfer.served.length} req`,
      baseline: `static ${kib(staticPage.bytes)}, ${staticPage.served.length} req`,
      ratio: times(ratio),
      judged: problems.length > 0 ? Infinity : ratio,
      target: { max: 1.25 },
      targetText: '≤ 1.25×',
      info,
      note: problems.length > 0 ? problems.join('; ') : describe(transfer),
      details: { variant: transfer, static: staticPage },
    });
  };
  const rows = [await compared(judged, false)];
  for (const variant of others) rows.push(await compared(variant, true));
  rows.push(await compared(client, true));
  return rows;
}
