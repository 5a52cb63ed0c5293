// Rows 1 and 2: bytes a page downloads, gzip -9, each against a floor bundled alone in the same run.
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { DIST, ROOT, exportedFile, sideEffectFiles } from './package.mjs';
import { upFrontChunks } from '../size.mjs';
import { row } from './rows.mjs';
import { kib, times } from './stats.mjs';

const gzipped = (code) => gzipSync(code, { level: 9 }).length;

/** Where a virtual entry stands, so that its relative imports resolve inside dist/. */
const VIRTUAL_ENTRY = join(DIST, '__bench-entry.js');

/**
 * Bundles `input` (a file, or `{ code }` for a module written here) with everything it imports, as a
 * site's bundler would (rollup, node-resolve, terser, package.json's `sideEffects`), and gzips each
 * output file. `initial` is what a page loads up front (the entry and its static imports), `lazy`
 * the chunks it imports only on demand.
 */
export async function bundleSize(input) {
  const withSideEffects = await sideEffectFiles();
  const virtual = typeof input === 'object' ? input.code : undefined;
  const bundle = await rollup({
    input: virtual === undefined ? input : VIRTUAL_ENTRY,
    plugins: [
      {
        name: 'bench-entry',
        resolveId: (id) => (virtual !== undefined && id === VIRTUAL_ENTRY ? id : null),
        load: (id) => (id === VIRTUAL_ENTRY ? virtual : null),
      },
      nodeResolve({ exportConditions: ['production', 'browser', 'default'] }),
      terser({ format: { comments: false }, module: true }),
    ],
    treeshake: {
      moduleSideEffects: (id) => id === VIRTUAL_ENTRY || id.includes('/node_modules/') || withSideEffects.has(id),
    },
    onwarn: () => {},
  });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  return splitInitialAndLazy(
    output.filter((file) => file.type === 'chunk').map((chunk) => ({ ...chunk, bytes: gzipped(chunk.code) })),
  );
}

/** Sums gzip sizes of the entry plus its static imports (`initial`) and of everything else (`lazy`). */
function splitInitialAndLazy(chunks) {
  const initial = upFrontChunks(chunks);
  const sum = (list) => list.reduce((total, chunk) => total + chunk.bytes, 0);
  return { initial: sum(initial), lazy: sum(chunks.filter((chunk) => !initial.includes(chunk))), files: chunks.length };
}

/**
 * A built file as it is shipped (not bundled again): its gzip size plus those of the files it imports
 * statically (`initial`), and of those it imports only on demand (`lazy`). Rollup reads the imports.
 */
export async function builtFileSize(file) {
  const graph = new Map();
  const bundle = await rollup({
    input: file,
    plugins: [
      {
        name: 'bench-import-graph',
        buildEnd() {
          for (const id of this.getModuleIds()) {
            const info = this.getModuleInfo(id);
            graph.set(id, { static: info.importedIds, dynamic: info.dynamicallyImportedIds });
          }
        },
      },
    ],
    onwarn: () => {},
  });
  await bundle.close();
  const reach = (from, edges) => {
    const seen = new Set();
    const visit = (id) => {
      if (seen.has(id) || !graph.has(id)) return;
      seen.add(id);
      edges(id).forEach(visit);
    };
    from.forEach(visit);
    return seen;
  };
  const initial = reach([file], (id) => graph.get(id).static);
  const all = reach([file], (id) => [...graph.get(id).static, ...graph.get(id).dynamic]);
  const sizeOf = async (ids) => {
    const sizes = await Promise.all([...ids].map(async (id) => gzipped(await readFile(id))));
    return sizes.reduce((total, bytes) => total + bytes, 0);
  };
  return {
    initial: await sizeOf(initial),
    lazy: await sizeOf([...all].filter((id) => !initial.has(id))),
    files: all.size,
    initialFiles: [...initial],
  };
}

/** Lit's runtime: everything the `lit` package exports, bundled alone. */
export const litRuntime = () => bundleSize({ code: "export * from 'lit';" });

const lazyNote = (size) => (size.lazy > 0 ? `; ${kib(size.lazy)} more in chunks loaded on demand` : '');

export async function measureSizes({ log }) {
  log('sizes: bundling the drop-in bundle, the footer entry, Lit and the English user-group content');
  const dropInFile = exportedFile('./bundle.js');
  const [dropIn, footer, lit, content] = [
    await builtFileSize(dropInFile),
    await bundleSize(exportedFile('./tor-onion-footer.js')),
    await litRuntime(),
    await bundleSize(join(DIST, 'content/en/user-groups.js')),
  ];
  const floor = lit.initial + content.initial;
  const footerRatio = footer.initial / lit.initial;
  const footerOverLit = footer.initial - lit.initial;
  return [
    row({
      id: 'bundle',
      title: 'drop-in bundle vs floor, gzip -9',
      value: kib(dropIn.initial),
      baseline: `floor ${kib(floor)} (Lit ${(lit.initial / 1024).toFixed(1)} + content ${(content.initial / 1024).toFixed(1)})`,
      ratio: times(dropIn.initial / floor),
      judged: dropIn.initial / floor,
      target: { max: 1.75 },
      targetText: '≤ 1.75×',
      note: `${relative(ROOT, dropInFile)} as built; floor: Lit's runtime and the English user-group content, each bundled alone${lazyNote(dropIn)}`,
      details: { dropIn, lit, content, floor },
    }),
    row({
      id: 'footer',
      title: 'tor-onion-footer.js with Lit, gzip -9',
      value: kib(footer.initial),
      baseline: `Lit ${kib(lit.initial)}`,
      ratio: `${times(footerRatio)} = Lit + ${kib(footerOverLit)}`,
      judged: footerOverLit,
      target: { max: 5 * 1024 },
      targetText: '≤ Lit + 5 KiB',
      note: `bundled with rollup + terser as a site would${lazyNote(footer)}`,
      details: { footer, lit },
    }),
  ];
}
