#!/usr/bin/env node
/// <reference types="node" />
/** The `tor-elements-i18n` command; see cli.ts. Its PO tools are optional peers: when missing, it says what to install. */
import { importNeedingPeers } from './peers.js';

async function run(argv: string[]): Promise<number> {
  const cli = await importNeedingPeers(() => import('./cli.js'), 'tor-elements-i18n');
  return cli.main(argv);
}

run(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    console.error(message.startsWith('tor-elements-i18n') ? message : `tor-elements-i18n: ${message}`);
    process.exit(2);
  },
);
