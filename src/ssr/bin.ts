#!/usr/bin/env node
/// <reference types="node" />
/**
 * The `tor-elements-prerender` command; see cli.ts. Its server renderer (@lit-labs/ssr, parse5,
 * tinyglobby) is made of the package's optional peer dependencies, which a browser-only install leaves
 * out: when one is missing, say what to install instead of failing on an import.
 */
import { readFileSync } from 'node:fs';

interface PackageJson {
  version: string;
  peerDependencies: Record<string, string>;
}

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as PackageJson;

/** The optional peers that make the server renderer (the others are the PO tools, which name themselves). */
const SERVER_RENDERER = ['@lit-labs/ssr', 'parse5', 'tinyglobby'];

/** Whether `error` is Node's "Cannot find package 'parse5' imported from …" for one of our peers. */
function isMissingPeer(error: unknown): boolean {
  if ((error as { code?: unknown } | null)?.code !== 'ERR_MODULE_NOT_FOUND') return false;
  const message = String((error as Error).message);
  return SERVER_RENDERER.some((name) => message.includes(`'${name}'`));
}

const missingPeersAdvice = (): string => {
  const specs = SERVER_RENDERER.map((name) => `${name}@${pkg.peerDependencies[name]}`);
  return [
    `tor-elements-prerender: server rendering needs ${SERVER_RENDERER.join(', ')},`,
    'which tor-elements lists as optional so that a browser-only install leaves them out. Install them',
    'next to tor-elements:',
    '',
    `  npm install --save-dev ${specs.join(' ')}`,
  ].join('\n');
};

async function run(argv: string[]): Promise<number> {
  if (argv.includes('--version')) {
    console.log(pkg.version);
    return 0;
  }
  try {
    // The renderer loads when the command first renders (in this thread or in its workers): a missing
    // peer can surface from either.
    const cli = await import('./cli.js');
    return await cli.main(argv);
  } catch (error) {
    if (!isMissingPeer(error)) throw error;
    console.error(missingPeersAdvice());
    return 2;
  }
}

run(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`tor-elements-prerender: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  },
);
