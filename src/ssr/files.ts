/// <reference types="node" />
/**
 * The prerender command's files: which it may touch (nothing reached through a link out of the
 * tree it was given), how it reads them (UTF-8 only: a page in another encoding is refused, never
 * re-encoded), and how it replaces one (whole or not at all: a temporary file beside it, then a
 * rename), so that a failure at any point leaves the original as it was, byte for byte.
 */
import { randomBytes } from 'node:crypto';
import {
  accessSync,
  closeSync,
  constants,
  fchmodSync,
  fchownSync,
  fsync,
  mkdirSync,
  openSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  type Stats,
} from 'node:fs';
import { realpath } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/** A reason to leave a file alone that names what to do, as opposed to a failure of the system. */
export class Refusal extends Error {}

/** Whether `path` is `folder` itself or inside it (both absolute). */
export function isInside(folder: string, path: string): boolean {
  const rest = relative(folder, path);
  return rest === '' || (rest !== '..' && !rest.startsWith(`..${sep}`) && !isAbsolute(rest));
}

const GLOB_SYNTAX = /[*?[\]{}()!+@]/;

/** The folder a pattern starts from: `site/**\/*.html` → `site`; a file's own folder for a plain path. */
export function patternBase(pattern: string): string {
  const segments = pattern.split('/');
  const literal: string[] = [];
  for (const segment of segments) {
    if (GLOB_SYNTAX.test(segment)) break;
    literal.push(segment);
  }
  if (literal.length === segments.length) literal.pop();
  const joined = literal.join('/');
  return resolve(joined === '' && pattern.startsWith('/') ? '/' : joined || '.');
}

/** Where `path` really is: the real path of its nearest existing folder, with the rest appended. */
export async function whereReally(path: string): Promise<string> {
  const absolute = resolve(path);
  for (let folder = absolute, rest = ''; ; rest = join(basename(folder), rest), folder = dirname(folder)) {
    try {
      return join(await realpath(folder), rest);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || folder === dirname(folder)) throw error;
    }
  }
}

/** The text of an HTML file as UTF-8, or why the file is refused. */
export function decodeHtml(bytes: Uint8Array): { text: string } | { refused: string } {
  if ((bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes[0] === 0xff && bytes[1] === 0xfe)) {
    return { refused: `${ENCODING_REFUSAL} It is UTF-16 (it starts with a UTF-16 byte order mark).` };
  }
  try {
    // A UTF-8 byte order mark stays in the text, so it is written back as it was.
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    return { refused: `${ENCODING_REFUSAL} It is not valid UTF-8: ${firstInvalidByte(bytes)}.` };
  }
}

const ENCODING_REFUSAL = 'the prerender step reads and writes UTF-8 only, and would change bytes outside the elements.';

/** Where decoding fails, for the message: the byte and its line (`0xE9 on line 3`). */
function firstInvalidByte(bytes: Uint8Array): string {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  const index = text.indexOf('\uFFFD');
  const offset = Buffer.byteLength(text.slice(0, Math.max(index, 0)));
  const line = text.slice(0, Math.max(index, 0)).split('\n').length;
  const hex = (bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, '0');
  return `byte 0x${hex} on line ${line} (is the file in windows-1252 or another legacy encoding? Convert it to UTF-8)`;
}

/**
 * Why a page that declares `label` (its `<meta charset>`) is refused, or `undefined` for UTF-8 and for
 * labels a browser ignores. As in browsers, a `<meta>` that says UTF-16 means UTF-8.
 */
export function declaredEncodingRefusal(label: string | undefined): string | undefined {
  if (label === undefined) return undefined;
  let encoding: string;
  try {
    encoding = new TextDecoder(label.trim()).encoding;
  } catch {
    return undefined;
  }
  if (['utf-8', 'utf-16le', 'utf-16be'].includes(encoding)) return undefined;
  return (
    `${ENCODING_REFUSAL} It declares ${encoding} (<meta charset="${label}">); convert it to UTF-8 and say so ` +
    `(<meta charset="utf-8">), e.g. iconv -f ${encoding} -t utf-8.`
  );
}

/** Refuses a file the user made read-only (the rename below would replace it regardless). */
export function ensureWritable(path: string): void {
  try {
    accessSync(path, constants.W_OK);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

/** The file's data on the disk (`fsync`), awaited in the thread pool while this thread goes on. */
const flushed = (descriptor: number) =>
  new Promise<void>((resolve, reject) => fsync(descriptor, (error) => (error ? reject(error) : resolve())));

/**
 * Replaces `target` with `text` whole: written to a temporary file in the same folder (with the
 * original's permissions and owner), then renamed over it. On any failure (a full disk, a file-size
 * limit) the temporary file is removed and the original is untouched; a crash of the command leaves
 * the original or the result, never part of one, because the rename is atomic.
 *
 * With `flush`, the temporary file is also flushed to the disk before the rename, so that not even a
 * power cut can leave an empty file where the original was (filesystems may write the rename before
 * the data). Only that wait is asynchronous: the rest is quick and in the page cache, and the caller
 * renders the next file while the disk catches up.
 */
export async function replaceWhole(target: string, text: string, { flush }: { flush: boolean }): Promise<void> {
  const folder = dirname(target);
  mkdirSync(folder, { recursive: true });
  const previous = statIfThere(target);
  const temporary = join(folder, `.${basename(target)}.${randomBytes(6).toString('hex')}.tor-elements.tmp`);
  const descriptor = openSync(temporary, 'wx', previous ? 0o600 : 0o666);
  try {
    try {
      writeFileSync(descriptor, text);
      if (previous) keepAccess(descriptor, previous);
      if (flush) await flushed(descriptor);
    } finally {
      closeSync(descriptor);
    }
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

function statIfThere(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

function keepAccess(descriptor: number, previous: { mode: number; uid: number; gid: number }): void {
  fchmodSync(descriptor, previous.mode & 0o7777);
  try {
    fchownSync(descriptor, previous.uid, previous.gid);
  } catch {
    // Only root may give a file away; anyone else's rewritten file is theirs, as an in-place write would leave it.
  }
}
