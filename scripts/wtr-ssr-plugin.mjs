// @web/test-runner plugin: the `tor-prerender` command renders a test's markup on the server (with the
// built package, in a worker thread), so the same tests run on server-rendered, hydrated elements.
import { Worker } from 'node:worker_threads';

export function torSsrPlugin() {
  let worker;
  let nextId = 0;
  const pending = new Map();

  const start = () => {
    worker = new Worker(new URL('./ssr-worker.mjs', import.meta.url));
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

  return {
    name: 'tor-ssr',
    async executeCommand({ command, payload }) {
      if (command !== 'tor-prerender') return undefined;
      if (!worker) start();
      const id = (nextId += 1);
      return new Promise((resolve) => {
        pending.set(id, resolve);
        worker.postMessage({ id, ...payload });
      });
    },
    async serverStop() {
      await worker?.terminate();
    },
  };
}
