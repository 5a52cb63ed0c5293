/// <reference types="node" />
/**
 * A worker thread of `tor-elements-prerender --jobs N` (see workers.ts): it registers the run's
 * content as the command did, says it is ready, then prerenders each file it is sent and answers
 * with the file's report.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { registerContent } from '../content/registry.js';
import { prerenderFile } from './prerender-file.js';
import type { FileJob } from './file-report.js';
import type { WorkerSetup } from './workers.js';

const port = parentPort;
if (!port) throw new Error('tor-elements-prerender: worker.js runs only as a worker thread of the command');

const { content, settings } = workerData as WorkerSetup;
for (const [locale, patch] of content) {
  if (!registerContent(locale, patch).ok) throw new Error(`--content ${locale}: the content is not valid`);
}
port.on('message', ({ id, job }: { id: number; job: FileJob }) => {
  void prerenderFile(job, settings).then((report) => port.postMessage({ id, report }));
});
port.postMessage({ ready: true });
