#!/usr/bin/env node
/// <reference types="node" />
/** The `tor-elements-prerender` command; see cli.ts. */
import { main } from './cli.js';

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`tor-elements-prerender: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  },
);
