// Builds dist/: unminified ESM modules (one per source file, lit external) with .d.ts beside them;
// one minified, self-contained drop-in bundle that registers every element; and dist/web/, minified
// modules to serve as they are, one per tag, sharing one Lit module, for sites without a bundler.
import { chmodSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { transformSync } from 'esbuild';
import MagicString from 'magic-string';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
// Left for Node or the site's bundler to resolve: the runtime dependencies and the optional Node-only tools
// (the server renderer, the PO files' parser).
const dependencies = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})];
const isDependency = (id) =>
  id.startsWith('node:') || dependencies.some((name) => id === name || id.startsWith(`${name}/`));

/** `src/components/onion-footer/tor-onion-footer.ts` for every component folder. */
const registrationFiles = readdirSync('src/components', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((entry) =>
    readdirSync(`src/components/${entry.name}`)
      .filter((file) => /^tor-.*\.ts$/.test(file))
      .map((file) => `src/components/${entry.name}/${file}`),
  );

const entries = [
  'src/index.ts',
  'src/content/index.ts',
  'src/onion.ts',
  'src/all.ts',
  'src/ssr/index.ts',
  'src/ssr/bin.ts',
  // Loaded by URL, not imported: the prerender command's worker threads (--jobs).
  'src/ssr/worker.ts',
  'src/i18n/bin.ts',
  ...registrationFiles,
];

const onwarn = (warning, warn) => {
  // @scure/base annotates calls rollup cannot use for tree-shaking; harmless, and not ours to fix.
  if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('node_modules')) return;
  warn(warning);
};

// As package.json's `sideEffects` says: only the registering files (and the Trusted Types watch they load
// before Lit) do anything on import. Content files
// call small builders at the top level, which rollup would otherwise keep in case they had effects.
const hasSideEffects = (id) =>
  id.includes('node_modules') ||
  /(components\/[^/]+\/tor-[^/]+|\/all|\/bundle|\/internal\/trusted-types)\.ts$/.test(id);

/**
 * Minifies the CSS in the elements' `css` literals: fewer bytes in every bundle and in every shadow
 * root a server renders (Tor users pay for each byte on a slow circuit). Literals with `${}`, a
 * backslash or a backtick are left as written.
 */
function minifyCssLiterals() {
  return {
    name: 'minify-css-literals',
    transform(code, id) {
      if (!/\.styles\.ts$/.test(id)) return null;
      const minified = code.replace(/\bcss\s*`([^`]*)`/g, (literal, text) => {
        if (/\$\{|\\/.test(text)) return literal;
        const css = transformSync(text, { loader: 'css', minify: true }).code.trim();
        return /[`\\]|\$\{/.test(css) ? literal : `css\`${css}\``;
      });
      return { code: minified, map: null };
    },
  };
}

/**
 * Writes where the shipped translations (`dist/locales/`) are, relative to each output file, so a
 * module finds them beside itself wherever the package is served (see src/internal/locale-loader.ts).
 */
function localesPath() {
  const marker = '__TOR_ELEMENTS_LOCALES_PATH__';
  return {
    name: 'locales-path',
    renderChunk(code, chunk, options) {
      if (!code.includes(marker)) return null;
      const from = join(options.dir ?? dirname(options.file), dirname(chunk.fileName));
      const path = relative(from, 'dist/locales').split(sep).join('/');
      return { code: code.replaceAll(marker, `${path.startsWith('.') ? path : `./${path}`}/`), map: null };
    },
  };
}

/** Every node of an ESTree AST, depth first. */
function* nodesOf(node) {
  if (!node || typeof node.type !== 'string') return;
  yield node;
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) for (const child of value) yield* nodesOf(child);
    else if (value && typeof value === 'object') yield* nodesOf(value);
  }
}

/**
 * Collapses the indentation inside the elements' `html` templates (a line break and the spaces
 * around it become one space, which HTML renders the same): fewer bytes in every bundle and in every
 * shadow root a server writes into a page. Client and server use the same built templates, so Lit's
 * template hashes still match for hydration.
 */
function minifyHtmlTemplates() {
  return {
    name: 'minify-html-templates',
    transform(code, id) {
      if (id.includes('/node_modules/') || !/\bhtml\s*`/.test(code)) return null;
      const edited = new MagicString(code);
      for (const node of nodesOf(this.parse(code))) {
        if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier' || node.tag.name !== 'html')
          continue;
        for (const quasi of node.quasi.quasis) {
          const raw = quasi.value.raw;
          const collapsed = raw.replace(/\s*\n\s*/g, ' ');
          if (collapsed !== raw) edited.overwrite(quasi.start, quasi.end, collapsed);
        }
      }
      return edited.hasChanged() ? { code: edited.toString(), map: edited.generateMap({ hires: true }) } : null;
    },
  };
}

/** Ships the page-level stylesheet for light DOM before upgrade (see src/styles/before-upgrade.css). */
function beforeUpgradeStyles() {
  return {
    name: 'before-upgrade-styles',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'before-upgrade.css',
        source: readFileSync('src/styles/before-upgrade.css', 'utf8'),
      });
    },
  };
}

/** The commands (prerender, i18n) are run by Node directly: they need their `#!` line and the executable bit. */
const BINS = ['ssr/bin.js', 'i18n/bin.js'];

function executableBin() {
  return {
    name: 'executable-bin',
    renderChunk(code, chunk) {
      if (!BINS.includes(chunk.fileName) || code.startsWith('#!')) return null;
      return { code: `#!/usr/bin/env node\n${code}`, map: null };
    },
    async writeBundle(options) {
      for (const bin of BINS.map((name) => `${options.dir}/${name}`)) if (existsSync(bin)) chmodSync(bin, 0o755);
    },
  };
}

/** Lit's core (not its directives), wherever it is imported from: the one Lit module every tag shares. */
const isLitCore = (id) =>
  /\/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//.test(id) && !/\/directives?\//.test(id);

/**
 * The checks of partner content and the registering that uses them: one file that a page loads when it
 * gives an element partner content, or imports `content.js` to register its own.
 */
const isContentCheck = (id) => /\/src\/content\/(checks|keep-valid|validate|registry)\.ts$/.test(id);

/** `dist/web/tor-onion-footer.js` for every tag: the file a page loads to register that element. */
const webEntries = Object.fromEntries(
  registrationFiles.map((file) => [file.replace(/^.*\/(tor-[^/]+)\.ts$/, '$1'), file]),
);

/**
 * dist/web/'s chunks: Lit's core in `lit.js`; what every tag needs (the base element, the content
 * store) in `chunks/shared.js`, one request instead of several small ones; the checks of partner
 * content in `chunks/checks.js`; the rest where rollup puts it, so a tag loads only what it uses (the
 * footer's onion checksum stays the footer's).
 */
function webChunk(id, { getModuleInfo }) {
  if (isLitCore(id)) return 'lit';
  if (isContentCheck(id)) return 'checks';
  const tags = new Set(Object.values(webEntries).map((file) => resolve(file)));
  const reached = new Set();
  const visit = (moduleId) => {
    if (reached.has(moduleId)) return;
    reached.add(moduleId);
    for (const importer of getModuleInfo(moduleId)?.importers ?? []) visit(importer);
  };
  visit(id);
  return [...tags].every((tag) => reached.has(tag)) ? 'shared' : undefined;
}

export default [
  {
    input: entries,
    external: isDependency,
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      sourcemap: true,
    },
    plugins: [
      typescript({ tsconfig: './tsconfig.build.json', declaration: true, declarationDir: 'dist', outDir: 'dist' }),
      // After the TypeScript plugin, which compiles from disk and ignores earlier transforms.
      minifyCssLiterals(),
      minifyHtmlTemplates(),
      localesPath(),
      executableBin(),
      beforeUpgradeStyles(),
    ],
    onwarn,
  },
  ...[
    ['src/bundle.ts', 'tor-elements.bundle.js'],
    ['src/bundle-hydrate.ts', 'tor-elements.hydrate.bundle.js'],
    ['src/enhance.ts', 'tor-elements.enhance.js'],
  ].map(([input, file]) => ({
    input,
    // The chunks a page loads only when it needs them import what they share with the bundle from the
    // bundle itself: it may export more than its own API, so it stays one file instead of a facade.
    preserveEntrySignatures: 'allow-extension',
    // What a page loads only when it needs it (the full onion-address check, the checks of partner
    // content) is a chunk beside the bundle.
    output: {
      dir: 'dist',
      entryFileNames: file,
      chunkFileNames: 'chunks/[name]-[hash].js',
      format: 'es',
      sourcemap: true,
    },
    treeshake: { moduleSideEffects: hasSideEffects },
    plugins: [
      nodeResolve({ exportConditions: ['production', 'browser', 'default'] }),
      typescript({ tsconfig: './tsconfig.build.json', declaration: false, outDir: 'dist' }),
      minifyCssLiterals(),
      minifyHtmlTemplates(),
      localesPath(),
      // Later passes simplify what earlier ones inlined: 0.1 KiB gzip less in the drop-in bundle.
      terser({ format: { comments: false }, ecma: 2022, module: true, compress: { passes: 3 } }),
    ],
    onwarn,
  })),
  {
    // Only relative imports, nothing from another origin: a partner copies the folder to their own site.
    input: { ...webEntries, all: 'src/all.ts', content: 'src/content/registry.ts' },
    output: {
      dir: 'dist/web',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: (chunk) => (chunk.name === 'lit' ? 'lit.js' : 'chunks/[name].js'),
      manualChunks: webChunk,
    },
    treeshake: { moduleSideEffects: hasSideEffects },
    plugins: [
      nodeResolve({ exportConditions: ['production', 'browser', 'default'] }),
      typescript({ tsconfig: './tsconfig.build.json', declaration: false, outDir: 'dist/web' }),
      minifyCssLiterals(),
      minifyHtmlTemplates(),
      localesPath(),
      terser({ format: { comments: false }, ecma: 2022, module: true, compress: { passes: 3 } }),
      beforeUpgradeStyles(),
    ],
    onwarn,
  },
];
