// Sizes a page pays for: an entry bundled with everything it imports (Lit included), minified and
// gzipped, as a site would ship it. `node scripts/size.mjs` prints them; tests use `entrySize`.
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

/** Bundles `entry` (a file or package specifier) with its imports; returns the code and its sizes. */
export async function entrySize(entry) {
  const bundle = await rollup({
    input: entry,
    plugins: [
      nodeResolve({ exportConditions: ['production', 'browser', 'default'] }),
      terser({ format: { comments: false }, module: true }),
    ],
    onwarn: () => {},
  });
  const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: true });
  await bundle.close();
  const code = output.map((chunk) => chunk.code ?? '').join('\n');
  return { code, minified: Buffer.byteLength(code), gzipped: gzipSync(code, { level: 9 }).length };
}

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const entries = {
    'drop-in bundle (dist/tor-elements.bundle.js)': 'dist/tor-elements.bundle.js',
    'hydration bundle (dist/tor-elements.hydrate.bundle.js)': 'dist/tor-elements.hydrate.bundle.js',
    'tor-elements/tor-onion-footer.js with Lit': 'dist/components/onion-footer/tor-onion-footer.js',
    'tor-elements/tor-tip-box.js with Lit': 'dist/components/tip-box/tor-tip-box.js',
    'tor-elements/tor-donate-banner.js with Lit': 'dist/components/donate-banner/tor-donate-banner.js',
    'tor-elements/tor-user-group-card.js with Lit': 'dist/components/user-group-card/tor-user-group-card.js',
    'tor-elements/tor-user-groups.js with Lit': 'dist/components/user-groups/tor-user-groups.js',
  };
  for (const [name, entry] of Object.entries(entries)) {
    const { minified, gzipped } = await entrySize(entry);
    console.log(`${name}: ${kib(minified)} minified, ${kib(gzipped)} min+gzip`);
  }
}
