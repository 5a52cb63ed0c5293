/// <reference types="node" />
/**
 * One file of the prerender command: read, rendered and replaced whole. What there is to say about it
 * is returned, not printed, so that the command prints every file's lines in the input's order,
 * whether it rendered the file itself or a worker thread did (see workers.ts).
 */
import { readFileSync } from 'node:fs';
import { decodeHtml, declaredEncodingRefusal, ensureWritable, Refusal, replaceWhole } from './files.js';
import {
  notPrerendered,
  NO_POLICY,
  type FileJob,
  type FileReport,
  type FileSettings,
  type ReportLine,
} from './file-report.js';
import { prerenderHtml, type SkippedElement } from './prerender.js';

const describeSkipped = (skipped: SkippedElement) => `<${skipped.tag}> (${skipped.reason})`;

/**
 * Prerenders one file; never throws: a file that cannot be prerendered is left as it was, and the
 * report says why. All but the wait for the disk (see `replaceWhole`) is done before it returns.
 */
export async function prerenderFile(job: FileJob, settings: FileSettings): Promise<FileReport> {
  const lines: ReportLine[] = [];
  try {
    const decoded = decodeHtml(readFileSync(job.file));
    if ('refused' in decoded) throw new Refusal(decoded.refused);
    const result = prerenderHtml(decoded.text, { cspMeta: settings.csp, hydrate: settings.hydrate });
    const encoding = declaredEncodingRefusal(result.declaredEncoding);
    if (encoding) throw new Refusal(encoding);
    for (const error of result.errors)
      lines.push({
        level: 'error',
        text: `${job.shown}:${error.line}:${error.column}: <${error.tag}> not rendered: ${error.reason}`,
      });
    if (result.errors.length > 0) return { ok: false, lines, rendered: [], skipped: [], policy: NO_POLICY };
    for (const entry of result.rendered) {
      for (const warning of entry.warnings)
        lines.push({ level: 'warn', text: `${job.shown}:${entry.line}:${entry.column}: <${entry.tag}>: ${warning}` });
    }
    ensureWritable(job.target);
    // In place, the page being replaced is the site's own: flushed to the disk before the rename. With
    // --out the sources are never written, and the results are the build's output, rewritten whole by the
    // next run, so they are not flushed one by one (no build tool does): a power cut mid-run may leave a
    // result empty, never a source. Either way the rename keeps every file whole against any failure of
    // the command itself.
    if (settings.out || result.html !== decoded.text)
      await replaceWhole(job.target, result.html, { flush: !settings.out });
    return {
      ok: true,
      lines,
      rendered: result.rendered.map((entry) => entry.tag),
      skipped: result.skipped.map(describeSkipped),
      policy: result.policy,
    };
  } catch (error) {
    return notPrerendered(job, error, lines);
  }
}

/**
 * Prerenders `jobs` one after the other, each file's wait for the disk overlapping the next file's
 * rendering; the reports in the same order.
 */
export function prerenderBatch(jobs: readonly FileJob[], settings: FileSettings): Promise<FileReport[]> {
  return Promise.all(jobs.map((job) => prerenderFile(job, settings)));
}
