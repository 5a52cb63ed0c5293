// @web/test-runner plugin: the `tor-prerender` command renders a test's markup on the server, so the same
// tests run on server-rendered, hydrated elements. It renders with tor-elements/ssr built from the
// sources when the run starts (never a stale dist/), in a worker thread.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';

/** Bundles src/ssr/index.ts (packages stay imports) into a temporary module; returns its URL. */
async function buildSsrFromSources(folder) {
  const outfile = join(folder, 'ssr.mjs');
  await build({
    entryPoints: ['src/ssr/index.ts'],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    tsconfig: 'tsconfig.json',
    logLevel: 'warning',
  });
  return pathToFileURL(outfile).href;
}

export function torSsrPlugin() {
  // Inside the project, so the bundle's imports resolve to its node_modules.
  const cache = join('node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const folder = mkdtempSync(join(cache, 'tor-elements-ssr-'));
  let worker;
  let nextId = 0;
  const pending = new Map();

  const start = async () => {
    worker = new Worker(new URL('./ssr-worker.mjs', import.meta.url), {
      workerData: { ssrModule: await buildSsrFromSources(folder) },
    });
    worker.on('message', ({ id, ...result }) => {
      pending.get(id)?.(result);
      pending.delete(id);
    });
    worker.on('error', (error) => {
      for (const resolve of pending.values()) resolve({ errors: [{ reason: String(error) }] });
      pending.clear();
      worker = undefined;
    });
  };

  let starting;
  return {
    name: 'tor-ssr',
    async executeCommand({ command, payload }) {
      if (command !== 'tor-prerender') return undefined;
      if (!worker) await (starting ??= start().finally(() => (starting = undefined)));
      const id = (nextId += 1);
      return new Promise((resolve) => {
        pending.set(id, resolve);
        worker.postMessage({ id, ...payload });
      });
    },
    async serverStop() {
      await worker?.terminate();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
