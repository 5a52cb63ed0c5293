/// <reference types="node" />
/**
 * The prerender command's worker threads (`--jobs N`): each loads the renderer and the run's content
 * once, then prerenders the files it is given. Files go in batches to whichever worker is free, two
 * batches to a worker so that none waits idle for the next, smaller ones as the queue runs out so that
 * the workers finish together; the command prints the reports in the input's order.
 */
import { Worker } from 'node:worker_threads';
import type { ContentPatch } from '../content/types.js';
import { notPrerendered, type FileJob, type FileReport, type FileSettings } from './file-report.js';

/** What a worker starts with: the content the command registered, and how files are rendered. */
export interface WorkerSetup {
  content: Array<[locale: string, patch: ContentPatch]>;
  settings: FileSettings;
}

/** Renders files and reports on each; `close` when every report has come. */
export interface FileRenderer {
  render(job: FileJob): Promise<FileReport>;
  close(): Promise<void>;
}

/** A batch of files sent to a worker, and the answer: one report per file, in the same order. */
export interface BatchMessage {
  id: number;
  jobs: FileJob[];
}
export interface ReportsMessage {
  id: number;
  reports: FileReport[];
}

/** Batches a worker holds at once: the one it renders and the next, so it never waits for a message. */
const IN_FLIGHT = 2;
/**
 * The most files in one batch: enough that messages cost nothing beside rendering, few enough that the
 * reports (and the progress line) come steadily.
 */
export const MOST_PER_BATCH = 16;

/**
 * How many of the `queued` files the next batch takes: at most a share of what is left per batch the
 * workers can hold, so that near the end every worker still has some and none is left with a long tail.
 */
export function batchSize(queued: number, workers: number): number {
  return Math.max(1, Math.min(MOST_PER_BATCH, Math.ceil(queued / (workers * IN_FLIGHT))));
}

interface Task {
  job: FileJob;
  resolve: (report: FileReport) => void;
  reject: (error: unknown) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  batches: Map<number, Task[]>;
}

export function startWorkers(count: number, setup: WorkerSetup): FileRenderer {
  const queue: Task[] = [];
  const workers = new Set<Slot>();
  let nextId = 0;
  let fatal: unknown;
  let dispatching = false;

  const dispatch = () => {
    for (const slot of workers) {
      while (slot.ready && slot.batches.size < IN_FLIGHT && queue.length > 0) {
        const batch = queue.splice(0, batchSize(queue.length, workers.size));
        const id = (nextId += 1);
        slot.batches.set(id, batch);
        slot.worker.postMessage({ id, jobs: batch.map((task) => task.job) } satisfies BatchMessage);
      }
    }
  };
  // Files are queued one by one in a synchronous loop: batches are cut once the loop is done.
  const dispatchSoon = () => {
    if (dispatching) return;
    dispatching = true;
    queueMicrotask(() => {
      dispatching = false;
      dispatch();
    });
  };

  const failAll = (error: unknown) => {
    fatal = error;
    const held = [...workers].flatMap((slot) => [...slot.batches.values()].flat());
    for (const task of [...queue, ...held]) task.reject(error);
    queue.length = 0;
  };

  const spawn = () => {
    const slot: Slot = {
      worker: new Worker(new URL('./worker.js', import.meta.url), { workerData: setup }),
      ready: false,
      batches: new Map(),
    };
    workers.add(slot);
    slot.worker.on('message', (message: { ready: true } | ReportsMessage) => {
      if ('ready' in message) slot.ready = true;
      else {
        slot.batches.get(message.id)?.forEach((task, index) => task.resolve(message.reports[index] as FileReport));
        slot.batches.delete(message.id);
      }
      dispatch();
    });
    const stopped = (error: unknown) => {
      if (!workers.delete(slot)) return;
      // A worker that cannot start (a missing package, content it cannot register) would fail every
      // file the same way: stop the run. One that stops later fails only the files it held.
      if (!slot.ready) return failAll(error);
      for (const task of [...slot.batches.values()].flat())
        task.resolve(notPrerendered(task.job, workerStopped(error)));
      if (queue.length > 0) spawn();
    };
    slot.worker.on('error', stopped);
    slot.worker.on('exit', (code) => stopped(new Error(`it exited with code ${code}`)));
  };

  for (let index = 0; index < count; index += 1) spawn();
  return {
    render(job) {
      if (fatal !== undefined) return Promise.reject(fatal);
      return new Promise((resolve, reject) => {
        queue.push({ job, resolve, reject });
        dispatchSoon();
      });
    },
    async close() {
      const stopping = [...workers].map((slot) => slot.worker);
      workers.clear();
      await Promise.all(stopping.map((worker) => worker.terminate()));
    },
  };
}

const workerStopped = (error: unknown) =>
  new Error(`the worker thread rendering it stopped: ${error instanceof Error ? error.message : String(error)}`);
