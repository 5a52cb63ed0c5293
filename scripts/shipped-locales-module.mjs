// The package's translations (i18n/*.po) as one ES module, `virtual:tor-shipped-locales`, for Storybook
// (a Vite plugin) and the story tests (a @web/test-runner plugin): compiled from the PO files with the
// sources' own compiler when asked, so neither needs a build nor holds a copy of a translation.
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

export const SHIPPED_LOCALES_MODULE = 'virtual:tor-shipped-locales';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const I18N = join(ROOT, 'i18n');

/** src/i18n/compile.ts, bundled for Node (packages stay imports, resolved from the project's node_modules). */
async function loadCompiler() {
  const cache = join(ROOT, 'node_modules', '.cache');
  await mkdir(cache, { recursive: true });
  const file = join(cache, `tor-elements-compile-${process.pid}-${Date.now()}.mjs`);
  await esbuild.build({
    entryPoints: [join(ROOT, 'src/i18n/compile.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    packages: 'external',
    outfile: file,
    logLevel: 'error',
  });
  try {
    return await import(pathToFileURL(file).href);
  } finally {
    await rm(file, { force: true });
  }
}

/** The PO files the module is made of (to watch them). */
export async function poFiles() {
  return (await readdir(I18N)).filter((name) => name.endsWith('.po')).map((name) => join(I18N, name));
}

/** `export default { fa: {…}, ru: {…}, … }`: each PO file compiled as `npm run build` compiles it. */
export async function shippedLocalesSource() {
  const { compilePo, formatProblem } = await loadCompiler();
  const locales = {};
  for (const file of await poFiles()) {
    const result = compilePo(await readFile(file), { file });
    if (result.refused.length > 0)
      throw new Error(result.refused.map((problem) => formatProblem(file, problem)).join('\n'));
    locales[result.locale] = result.patch;
  }
  return `// Compiled from i18n/*.po by scripts/shipped-locales-module.mjs.\nexport default ${JSON.stringify(locales)};\n`;
}

const RESOLVED = `\0${SHIPPED_LOCALES_MODULE}`;

/** Vite (Storybook): the module, recompiled when a PO file changes. */
export function shippedLocalesVitePlugin() {
  return {
    name: 'tor-shipped-locales',
    resolveId: (id) => (id === SHIPPED_LOCALES_MODULE ? RESOLVED : undefined),
    async load(id) {
      if (id !== RESOLVED) return undefined;
      for (const file of await poFiles()) this.addWatchFile(file);
      return shippedLocalesSource();
    },
  };
}

/** @web/test-runner: the module at one path, compiled once per run. */
export function shippedLocalesWtrPlugin() {
  const path = '/__tor-shipped-locales.js';
  let source;
  return {
    name: 'tor-shipped-locales',
    resolveImport: ({ source: specifier }) => (specifier === SHIPPED_LOCALES_MODULE ? path : undefined),
    async serve(context) {
      if (context.path !== path) return undefined;
      return { body: await (source ??= shippedLocalesSource()), type: 'js' };
    },
  };
}
