// What the measures share in one run: a temporary folder, the generated site and its server, and the
// browsers, each started when a measure first asks for it and all closed at the end.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch } from './browser.mjs';
import { DIST } from './package.mjs';
import { writeSite } from './pages.mjs';
import { startServer } from './server.mjs';

export async function openLab({ rounds, log }) {
  const dir = await mkdtemp(join(tmpdir(), 'tor-elements-bench-'));
  let site;
  const browsers = new Map();
  const versions = {};
  return {
    dir,
    rounds,
    log,
    /** The pages (see pages.mjs) and the server that serves them: `{ variants, partner, server, url(path) }`. */
    async site() {
      if (!site) {
        const pages = await writeSite(join(dir, 'site'));
        const server = await startServer([join(dir, 'site'), DIST]);
        site = { ...pages, server, url: (path) => `${server.origin}${path}` };
      }
      return site;
    },
    async browser(id) {
      if (!browsers.has(id))
        browsers.set(
          id,
          launch(id).then(async (browser) => {
            versions[id] = await browser.version();
            return browser;
          }),
        );
      return browsers.get(id);
    },
    /** The versions of the browsers this run used, by id. */
    versions,
    async close() {
      for (const browser of browsers.values()) await (await browser).close();
      await site?.server.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
