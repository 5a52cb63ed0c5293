/// <reference types="node" />
/**
 * `tor-elements-i18n`: the PO round trip. `extract` writes the POT that translators (Weblate, any PO
 * editor) start from; `compile` turns translated PO files into content per locale, JSON for servers
 * and an ES module for browsers. Exits 1 when an entry was refused or a file could not be compiled.
 */
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { ContentPatch } from '../content/types.js';
import { compilePo, formatProblem, type CompileResult } from './compile.js';
import { extractPot } from './extract.js';

const USAGE = `Usage: tor-elements-i18n extract [--out <file.pot>]
       tor-elements-i18n compile <file.po or folder>... --out <dir>

Translations of tor-elements through gettext PO files.

  extract   writes every translatable string of the content and of the elements (one entry per
            string, paragraph or list item) as a PO template, to --out or to standard output
  compile   writes <dir>/<locale>.json (for servers) and <dir>/<locale>.js (an ES module, for
            browsers) for each PO file, or each .po file in a folder; the locale is the file's
            Language header, else its name. Fuzzy, obsolete and untranslated entries are left out
            (the elements show English there); an entry whose tags or placeholders do not match
            its English source is refused: "file:line: msgctxt: reason", exit status 1

Options:
  --out <path>   the POT to write (extract), the folder to write into (compile)
  --quiet        print only problems and the summary
  --help         show this text
`;

export async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  const [command, ...inputs] = positionals;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (command === 'extract' && inputs.length === 0) return extract(values.out);
  if (command === 'compile' && inputs.length > 0 && values.out)
    return compile(inputs, values.out, values.quiet ?? false);
  console.error(`${USAGE}\n${usageProblem(command, inputs)}`);
  return 2;
}

function usageProblem(command: string | undefined, inputs: string[]): string {
  if (command === 'extract') return 'tor-elements-i18n extract takes no files; it reads the package’s content.';
  if (command === 'compile')
    return inputs.length === 0 ? 'Name the PO files to compile.' : 'Say where with --out <dir>.';
  return command ? `There is no command "${command}".` : 'Say what to do: extract or compile.';
}

async function extract(out: string | undefined): Promise<number> {
  const pot = extractPot();
  if (!out) {
    // Written before the command exits: on some systems a pipe takes the bytes asynchronously.
    await new Promise((resolve) => process.stdout.write(pot, resolve));
    return 0;
  }
  await writeFile(out, pot);
  console.log(`${out}: ${countEntries(pot)} strings`);
  return 0;
}

/** Entries in a POT: every `msgctxt`, as each of ours has one. */
const countEntries = (pot: Buffer) => pot.toString('utf8').match(/^msgctxt /gm)?.length ?? 0;

async function compile(inputs: string[], out: string, quiet: boolean): Promise<number> {
  const files = await poFiles(inputs);
  const written = new Map<string, string>();
  let refused = 0;
  let failed = 0;
  let warned = 0;
  await mkdir(out, { recursive: true });
  for (const file of files) {
    let result: CompileResult;
    try {
      result = compilePo(await readFile(file), { file });
    } catch (error) {
      const line = (error as { lineNumber?: number }).lineNumber;
      console.error(`${file}${line ? `:${line}` : ''}: not compiled: ${(error as Error).message}`);
      failed += 1;
      continue;
    }
    const earlier = written.get(result.locale);
    if (earlier) {
      console.error(`${file}: not compiled: ${earlier} is ${result.locale} too`);
      failed += 1;
      continue;
    }
    written.set(result.locale, file);
    result.refused.forEach((problem) => console.error(formatProblem(file, problem)));
    result.warnings.forEach((problem) => console.warn(formatProblem(file, problem, 'warning')));
    refused += result.refused.length;
    warned += result.warnings.length;
    const targets = await writeLocale(out, result.locale, result.patch);
    if (!quiet) console.log(`${file} → ${targets.join(', ')}: ${describeCounts(result)}`);
  }
  const problems = [
    refused > 0 ? `${refused} ${refused === 1 ? 'entry' : 'entries'} refused (shown in English)` : '',
    failed > 0 ? `${failed} ${failed === 1 ? 'file' : 'files'} not compiled` : '',
    warned > 0 ? `${warned} ${warned === 1 ? 'warning' : 'warnings'}` : '',
  ].filter(Boolean);
  console.log(
    `${written.size} of ${files.length} PO files compiled into ${out}${problems.length ? `; ${problems.join(', ')}` : ', nothing refused'}.`,
  );
  return refused > 0 || failed > 0 ? 1 : 0;
}

/** The PO files named, and those in the folders named, each folder's in name order. */
async function poFiles(inputs: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    if (!(await stat(input)).isDirectory()) files.push(input);
    else {
      const names = (await readdir(input)).filter((name) => name.endsWith('.po')).sort();
      files.push(...names.map((name) => join(input, name)));
    }
  }
  return files;
}

function describeCounts({ counts, refused }: CompileResult): string {
  const parts = [`${counts.translated} translated`, `${counts.untranslated} untranslated`];
  if (counts.fuzzy > 0) parts.push(`${counts.fuzzy} fuzzy (skipped)`);
  if (counts.obsolete > 0) parts.push(`${counts.obsolete} obsolete (skipped)`);
  if (refused.length > 0) parts.push(`${refused.length} refused`);
  return parts.join(', ');
}

/**
 * `<locale>.json` for servers and `<locale>.js` for browsers: the same object, the module with no
 * import and no side effect, so a page can `import()` it and register it.
 */
async function writeLocale(out: string, locale: string, patch: ContentPatch): Promise<string[]> {
  const json = JSON.stringify(patch);
  const targets = [join(out, `${locale}.js`), join(out, `${locale}.json`)];
  await writeFile(targets[0] as string, `export default ${json};\n`);
  await writeFile(targets[1] as string, `${json}\n`);
  return targets;
}
