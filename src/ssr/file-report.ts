/// <reference types="node" />
/**
 * What the prerender command says about one file, as data: made where the file is rendered (the
 * command's thread or a worker's, see prerender-file.ts) and printed by the command in the input's order.
 */
import type { PrerenderResult } from './prerender.js';

/** A file to prerender, where its result goes (see cli.ts's `targetFor`) and its name as printed. */
export interface FileJob {
  file: string;
  target: string;
  shown: string;
}

/** What every file of a run is rendered with. */
export interface FileSettings {
  csp: boolean;
  hydrate: boolean;
  /** Whether the result goes elsewhere (--out): then it is written even when nothing changed. */
  out: boolean;
}

/** A line for the console, in the order it is printed. */
export interface ReportLine {
  level: 'warn' | 'error';
  text: string;
}

/** What became of one file. */
export interface FileReport {
  /** `false`: left as it was, for the reasons in `lines`. */
  ok: boolean;
  lines: ReportLine[];
  /** The tags rendered, in the page's order (none when not ok). */
  rendered: string[];
  skipped: string[];
  policy: PrerenderResult['policy'];
}

export const NO_POLICY: PrerenderResult['policy'] = { styles: [], scripts: [], styleAttributes: [], imageOrigins: [] };

/** The report for a file left as it was because of `error`, after `lines`. */
export function notPrerendered(job: Pick<FileJob, 'shown'>, error: unknown, lines: ReportLine[] = []): FileReport {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    ok: false,
    lines: [...lines, { level: 'error', text: `${job.shown}: not prerendered, left as it was: ${reason}` }],
    rendered: [],
    skipped: [],
    policy: NO_POLICY,
  };
}
