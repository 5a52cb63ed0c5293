// A worker thread that prerenders markup with tor-elements/ssr built from the sources (the module named
// by workerData), for @web/test-runner's server-rendered test group. It runs apart from the test runner
// so Lit's server DOM shim stays here.
import { parentPort, workerData } from 'node:worker_threads';

const { prerenderHtml, registerContent, resetContent } = await import(workerData.ssrModule);

parentPort.on('message', ({ id, markup, content, locale }) => {
  const { error } = console;
  try {
    // The test registered this content in the browser already, and saw its errors there.
    console.error = () => {};
    resetContent();
    for (const [name, patch] of content ?? []) registerContent(name, patch);
    // The server-rendered tests hydrate what this renders: keep Lit's markers.
    const result = prerenderHtml(markup, { locale, allowContentErrors: true, hydrate: true });
    parentPort.postMessage({ id, html: result.html, errors: result.errors });
  } catch (caught) {
    parentPort.postMessage({ id, errors: [{ reason: caught instanceof Error ? caught.stack : String(caught) }] });
  } finally {
    console.error = error;
  }
});
