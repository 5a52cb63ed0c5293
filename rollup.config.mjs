// Builds dist/: unminified ESM modules (one per source file, lit external) with .d.ts beside them,
// and one minified, self-contained drop-in bundle that registers every element.
import { chmodSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { transformSync } from 'esbuild';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const dependencies = Object.keys(pkg.dependencies ?? {});
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

/** The prerender command is run by Node directly: it needs its `#!` line and the executable bit. */
function executableBin() {
  return {
    name: 'executable-bin',
    renderChunk(code, chunk) {
      if (chunk.fileName !== 'ssr/bin.js' || code.startsWith('#!')) return null;
      return { code: `#!/usr/bin/env node\n${code}`, map: null };
    },
    async writeBundle(options) {
      const bin = `${options.dir}/ssr/bin.js`;
      if (existsSync(bin)) chmodSync(bin, 0o755);
    },
  };
}

export default [
  {
    input: entries,
    external: isDependency,
    output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
    plugins: [
      typescript({ tsconfig: './tsconfig.build.json', declaration: true, declarationDir: 'dist', outDir: 'dist' }),
      // After the TypeScript plugin, which compiles from disk and ignores earlier transforms.
      minifyCssLiterals(),
      executableBin(),
      beforeUpgradeStyles(),
    ],
    onwarn,
  },
  ...[
    ['src/bundle.ts', 'dist/tor-elements.bundle.js'],
    ['src/bundle-hydrate.ts', 'dist/tor-elements.hydrate.bundle.js'],
  ].map(([input, file]) => ({
    input,
    output: { file, format: 'es', sourcemap: true },
    treeshake: { moduleSideEffects: hasSideEffects },
    plugins: [
      nodeResolve({ exportConditions: ['production', 'browser', 'default'] }),
      typescript({ tsconfig: './tsconfig.build.json', declaration: false, outDir: 'dist' }),
      minifyCssLiterals(),
      terser({ format: { comments: false }, ecma: 2022, module: true }),
    ],
    onwarn,
  })),
];
