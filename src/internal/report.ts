/**
 * The one funnel for problems the elements find in what a page gives them (invalid partner content,
 * an unknown id, a refused link): the console by default, or whoever listens — the server renderer,
 * which reports them per file, and the tests.
 */

export type ReportLevel = 'error' | 'warn';

export interface Report {
  /** The element that found the problem, e.g. `tor-user-group-card`. */
  source: string;
  /** What kind of problem, e.g. `groupData` or `link`. */
  topic: string;
  level: ReportLevel;
  /** The whole message, naming the element, the input and the fix. */
  message: string;
}

export type ReportListener = (report: Report) => void;

/** What reports a problem once per distinct input (implemented by every element). */
export interface Reporter {
  reportOnce(topic: string, key: unknown, message: () => string, level?: ReportLevel): void;
}

const listeners = new Set<ReportListener>();

/**
 * Calls `listener` with every report; while any listener is registered, reports go to listeners
 * instead of the console. Returns the function that stops listening.
 */
export function listenToReports(listener: ReportListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function deliver(report: Report): void {
  if (listeners.size === 0) console[report.level](report.message);
  else listeners.forEach((listener) => listener(report));
}
