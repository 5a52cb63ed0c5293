// A worker thread that prerenders markup with the built tor-elements/ssr, for @web/test-runner's
// server-rendered test group. It runs apart from the test runner so Lit's server DOM shim stays here.
import { parentPort } from 'node:worker_threads';
import { prerenderHtml, registerContent, resetContent } from '../dist/ssr/index.js';

parentPort.on('message', ({ id, markup, content, locale }) => {
  const { error } = console;
  try {
    console.error = () => {};
    resetContent();
    for (const [name, patch] of content ?? []) registerContent(name, patch);
    const result = prerenderHtml(markup, { locale, allowContentErrors: true });
    parentPort.postMessage({ id, html: result.html, errors: result.errors });
  } catch (caught) {
    parentPort.postMessage({ id, errors: [{ reason: caught instanceof Error ? caught.stack : String(caught) }] });
  } finally {
    console.error = error;
  }
});
