// Sizes a page pays for: an entry bundled with everything it imports (Lit included), minified and
// gzipped, as a site would ship it: what loads up front (the entry and its static imports), and apart
// from it what loads only when a page needs it (dynamic imports: the full onion-address check, the
// checks of partner content). `node scripts/size.mjs` prints them; tests use `entrySize`.
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const gzipped = (code) => gzipSync(code, { level: 9 }).length;

/**
 * Bundles `entry` (a file or package specifier) with its imports. Returns what loads up front (its
 * `code` and sizes) and what loads on demand (`lazy`: each chunk's name and sizes).
 */
export async function entrySize(entry) {
  const bundle = await rollup({
    input: entry,
    plugins: [
      nodeResolve({ exportConditions: ['production', 'browser', 'default'] }),
      terser({ format: { comments: false }, module: true }),
    ],
    onwarn: () => {},
  });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  const chunks = output.filter((file) => file.type === 'chunk');
  const upFront = upFrontChunks(chunks);
  const code = upFront.map((chunk) => chunk.code).join('\n');
  const lazy = chunks
    .filter((chunk) => !upFront.includes(chunk))
    .map((chunk) => ({ name: chunk.name, minified: Buffer.byteLength(chunk.code), gzipped: gzipped(chunk.code) }));
  return { code, minified: Buffer.byteLength(code), gzipped: gzipped(code), lazy };
}

/** The entry chunk and every chunk it imports statically (what a page loads up front). */
export function upFrontChunks(chunks) {
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const found = new Set();
  const visit = (chunk) => {
    if (found.has(chunk)) return;
    found.add(chunk);
    chunk.imports.forEach((name) => byName.has(name) && visit(byName.get(name)));
  };
  chunks.filter((chunk) => chunk.isEntry).forEach(visit);
  return [...found];
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
    const { minified, gzipped: size, lazy } = await entrySize(entry);
    const onDemand = lazy.map((chunk) => `${chunk.name} ${kib(chunk.gzipped)}`).join(', ');
    console.log(
      `${name}: ${kib(minified)} minified, ${kib(size)} min+gzip up front` +
        (onDemand ? `; on demand: ${onDemand}` : ''),
    );
  }
}
