/// <reference types="node" />
/**
 * The prerender command's worker threads (`--jobs N`): each loads the renderer and the run's content
 * once, then prerenders the files it is given, a couple at a time so none waits idle for the next.
 * Files go to whichever worker is free; the command prints their reports in the input's order.
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

/** Files a worker holds at once: the one it renders and the next, so it never waits for a message. */
const IN_FLIGHT = 2;

interface Task {
  id: number;
  job: FileJob;
  resolve: (report: FileReport) => void;
  reject: (error: unknown) => void;
}

export function startWorkers(count: number, setup: WorkerSetup): FileRenderer {
  const queue: Task[] = [];
  const workers = new Set<{ worker: Worker; ready: boolean; tasks: Map<number, Task> }>();
  let nextId = 0;
  let fatal: unknown;

  const dispatch = () => {
    for (const slot of workers) {
      while (slot.ready && slot.tasks.size < IN_FLIGHT && queue.length > 0) {
        const task = queue.shift() as Task;
        slot.tasks.set(task.id, task);
        slot.worker.postMessage({ id: task.id, job: task.job });
      }
    }
  };

  const failAll = (error: unknown) => {
    fatal = error;
    for (const task of [...queue, ...[...workers].flatMap((slot) => [...slot.tasks.values()])]) task.reject(error);
    queue.length = 0;
  };

  const spawn = () => {
    const slot = {
      worker: new Worker(new URL('./worker.js', import.meta.url), { workerData: setup }),
      ready: false,
      tasks: new Map<number, Task>(),
    };
    workers.add(slot);
    slot.worker.on('message', (message: { ready: true } | { id: number; report: FileReport }) => {
      if ('ready' in message) slot.ready = true;
      else {
        slot.tasks.get(message.id)?.resolve(message.report);
        slot.tasks.delete(message.id);
      }
      dispatch();
    });
    const stopped = (error: unknown) => {
      if (!workers.delete(slot)) return;
      // A worker that cannot start (a missing package, content it cannot register) would fail every
      // file the same way: stop the run. One that stops later fails only the files it held.
      if (!slot.ready) return failAll(error);
      for (const task of slot.tasks.values()) task.resolve(notPrerendered(task.job, workerStopped(error)));
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
        queue.push({ id: (nextId += 1), job, resolve, reject });
        dispatch();
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
