/// <reference types="node" />
/**
 * A worker thread of `tor-elements-prerender --jobs N` (see workers.ts): it registers the run's
 * content as the command did, says it is ready, then prerenders each batch of files it is sent and
 * answers with their reports.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { registerContent } from '../content/registry.js';
import { prerenderBatch } from './prerender-file.js';
import type { BatchMessage, ReportsMessage, WorkerSetup } from './workers.js';

const port = parentPort;
if (!port) throw new Error('tor-elements-prerender: worker.js runs only as a worker thread of the command');

const { content, settings } = workerData as WorkerSetup;
for (const [locale, patch] of content) {
  if (!registerContent(locale, patch).ok) throw new Error(`--content ${locale}: the content is not valid`);
}
port.on('message', ({ id, jobs }: BatchMessage) => {
  void prerenderBatch(jobs, settings).then((reports) => port.postMessage({ id, reports } satisfies ReportsMessage));
});
port.postMessage({ ready: true });
