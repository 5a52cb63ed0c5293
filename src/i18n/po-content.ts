/// <reference types="node" />
/**
 * A PO file as content for `tor-elements-prerender --content fa=po/fa.po`: compiled in memory, its
 * problems printed as `tor-elements-i18n compile` prints them. Refused entries show in English.
 */
import { readFile } from 'node:fs/promises';
import type { ContentPatch } from '../content/types.js';
import { importNeedingPeers } from './peers.js';

export async function contentFromPo(file: string, locale: string): Promise<ContentPatch> {
  const { compilePo, formatProblem } = await importNeedingPeers(
    () => import('./compile.js'),
    '--content with a PO file',
  );
  const result = compilePo(await readFile(file), { file, locale });
  result.refused.forEach((problem) => console.error(formatProblem(file, problem)));
  result.warnings.forEach((problem) => console.warn(formatProblem(file, problem, 'warning')));
  if (result.refused.length > 0) console.error(`${file}: ${result.refused.length} refused, shown in English`);
  return result.patch;
}
