/// <reference types="node" />
/**
 * The translation tools need gettext-parser and @tannin/plural-forms, which tor-elements lists as
 * optional peer dependencies so that a browser-only install leaves them out. When one is missing,
 * say what to install instead of failing on an import.
 */
import { readFileSync } from 'node:fs';

const PEERS = ['gettext-parser', '@tannin/plural-forms'];

/** Whether `error` is Node's "Cannot find package 'gettext-parser' imported from …". */
function isMissingPeer(error: unknown): boolean {
  if ((error as { code?: unknown } | null)?.code !== 'ERR_MODULE_NOT_FOUND') return false;
  const message = String((error as Error).message);
  return PEERS.some((name) => message.includes(`'${name}'`));
}

function advice(what: string): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    peerDependencies?: Record<string, string>;
  };
  const specs = PEERS.map((name) => `${name}@${pkg.peerDependencies?.[name] ?? 'latest'}`);
  return [
    `${what} needs ${PEERS.join(' and ')},`,
    'which tor-elements lists as optional so that a browser-only install leaves them out.',
    'Install them next to tor-elements:',
    '',
    `  npm install --save-dev ${specs.join(' ')}`,
  ].join('\n');
}

/** `load()`'s module; when a peer is missing, an error whose message says what `what` needs installed. */
export async function importNeedingPeers<T>(load: () => Promise<T>, what: string): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (isMissingPeer(error)) throw new Error(advice(what), { cause: error });
    throw error;
  }
}
