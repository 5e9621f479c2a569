// The file-system adapter of the engine's Workspace: lists Markdown files under roots, reads them as
// UTF-8 (refusing binaries, invalid encodings, files that are not regular files, files over the size limit and
// links out of the toolbox, each with a located reason), and answers whether files exist.
import { accessSync, closeSync, constants, existsSync, fstatSync, lstatSync, openSync, readdirSync, readSync, realpathSync, statSync, type Stats } from 'node:fs';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import { URI } from 'vscode-uri';
import { Codes, decodeText, MAX_DOCUMENT_LENGTH, startsWithUtf8ByteOrderMark, tooLargeMessage, toolboxRootOf, type DocumentContent, type Workspace } from '../engine';

const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git', 'dist', 'out']);

export function uriOf(path: string): string {
  return URI.file(path).toString();
}

export function pathOf(uri: string): string {
  return URI.parse(uri).fsPath;
}

/**
 * Every `*.md` entry under `root` (a directory or a single file), sorted for stable output. Every entry that is
 * not a directory is listed, whatever it is (a link, a FIFO, a device), so that reading it can say why it is
 * skipped. Linked directories are not entered: a link to `..` cannot loop, a link out of the toolbox leads
 * nowhere, and what a link inside the toolbox shows is walked under its own path anyway.
 */
export function markdownFiles(root: string): string[] {
  // lstat first: a dangling link is still a file the user named, and gets reported as unreadable.
  const link = lstatSync(root, { throwIfNoEntry: false });
  if (!link) return [];
  const stat = statSync(root, { throwIfNoEntry: false });
  if (!stat?.isDirectory()) return [root];
  const found: string[] = [];
  const walk = (dir: string) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries.sort((a, b) => byName.compare(a.name, b.name))) {
      if (isPassedOver(entry.name)) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.toLowerCase().endsWith('.md')) found.push(path);
    }
  };
  walk(root);
  return found;
}

/** The order `localeCompare` gives, with one collator for every comparison rather than one each. */
const byName = new Intl.Collator();

/** A folder or file the walk does not enter or list: hidden, or one of SKIPPED_DIRECTORIES. */
function isPassedOver(name: string): boolean {
  return name.startsWith('.') || SKIPPED_DIRECTORIES.has(name);
}

/**
 * What `markdownFiles(path)` gives under `root`, taken from `listed` (the files `markdownFiles(root)` gave) when
 * walking `path` reaches `root` as its own walk would: `path` is `root`, or a folder above it entered through
 * readable folders the walk enters (not hidden, not skipped, no link). Undefined otherwise: then `path` is walked.
 */
export function listedUnder(path: string, root: string, listed: readonly string[]): readonly string[] | undefined {
  if (path === root) return listed;
  const rest = relative(path, root);
  if (rest === '' || rest.startsWith('..') || isAbsolute(rest) || !isReadable(path)) return undefined;
  let folder = path;
  for (const name of rest.split(sep)) {
    folder = join(folder, name);
    if (isPassedOver(name) || !lstatSync(folder, { throwIfNoEntry: false })?.isDirectory() || !isReadable(folder)) return undefined;
  }
  return listed;
}

/** Whether the walk can list `folder`: it needs to read it, where looking at what lies inside needs less. */
function isReadable(folder: string): boolean {
  try {
    accessSync(folder, constants.R_OK);
    return true;
  } catch {
    return false;
  }
}

export function isDirectory(path: string): boolean {
  try {
    return statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;
  } catch {
    // Below a file (ENOTDIR), unreadable (EACCES), a loop of links (ELOOP): not a folder to look into.
    return false;
  }
}

/** The toolbox folder a path belongs to (the engine's policy, see `toolboxRootOf`), or undefined. */
export function findToolboxRoot(path: string, folderName?: string): string | undefined {
  const root = toolboxRootOf(uriOf(path), (uri) => isDirectory(pathOf(uri)), folderName);
  return root === undefined ? undefined : pathOf(root);
}

/** The toolbox of a path, or — outside any toolbox — the folder itself (or the folder of a file). */
export function toolboxRootOrFolder(path: string, folderName?: string): string {
  return findToolboxRoot(path, folderName) ?? (isDirectory(path) ? path : dirname(path));
}

/** What a file system entry is, as a message names it; undefined for a regular file. */
export function entryKind(stat: Stats): string | undefined {
  if (stat.isFile()) return undefined;
  if (stat.isDirectory()) return 'ein Verzeichnis';
  if (stat.isFIFO()) return 'eine benannte Pipe (FIFO)';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'eine Gerätedatei';
  if (stat.isSocket()) return 'ein Socket';
  return 'eine besondere Datei';
}

/** O_NONBLOCK: opening a FIFO without a writer must not wait for one; O_NOCTTY: a terminal must not become ours. */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);

/**
 * Reads a document as the engine wants it: only a regular file, at most `MAX_DOCUMENT_LENGTH` bytes of it (the
 * size is checked on the opened file before anything is read), and with `roots` (the toolbox folders) only if
 * its real path lies inside one of them.
 */
export function readDocument(path: string, roots?: readonly string[]): DocumentContent {
  return readRegularFile(path, roots, (fd, size) => {
    const bytes = readAtMost(fd, size, MAX_DOCUMENT_LENGTH + 1);
    // The file grew after fstat: the limit holds all the same.
    if (bytes.length > MAX_DOCUMENT_LENGTH) return { error: tooLargeMessage(bytes.length), code: Codes.tooLarge };
    return decodeText(bytes);
  });
}

/** Bytes read at a time when only the frontmatter is wanted. */
const HEAD_CHUNK = 64 * 1024;
/** Beyond this, a frontmatter is over every limit anyway: the whole file is read, and the engine says what is wrong. */
const HEAD_LIMIT = 1024 * 1024;

/**
 * Reads a document only as far as its frontmatter goes (through the closing `---` or `...` line), with the same
 * checks as `readDocument` on what it reads: for a reader that never looks at the body (the portfolio), a long
 * body costs nothing. A file without a closed frontmatter near its top is read whole, as by `readDocument`.
 */
export function readFrontmatterOf(path: string): DocumentContent {
  return readRegularFile(path, undefined, (fd, size) => {
    let buffer = Buffer.allocUnsafe(Math.min(size, HEAD_CHUNK) + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        const larger = Buffer.allocUnsafe(buffer.length * 2);
        buffer.copy(larger, 0, 0, length);
        buffer = larger;
      }
      const read = readSync(fd, buffer, length, Math.min(buffer.length - length, HEAD_CHUNK), null);
      const end = frontmatterEnd(buffer, length + read, read === 0);
      length += read;
      if (end !== undefined) return decodeText(buffer.subarray(0, end));
      if (read === 0 || length > HEAD_LIMIT) break;
    }
    const rest = readAtMost(fd, Math.max(0, size - length), MAX_DOCUMENT_LENGTH + 1 - length);
    const bytes = Buffer.concat([buffer.subarray(0, length), rest]);
    if (bytes.length > MAX_DOCUMENT_LENGTH) return { error: tooLargeMessage(bytes.length), code: Codes.tooLarge };
    return decodeText(bytes);
  });
}

const FENCE_LINE = /^(---|\.\.\.)[ \t]*\r?$/;

/**
 * Where the frontmatter of `bytes` (the first `length` of them) ends: after the line that closes it; `length` when
 * the file ends on a line that does not close it and nothing is left to read (`atEnd`); undefined while more is
 * needed. A first line that is no fence ends the reading at that line (no frontmatter, so nothing more matters).
 */
function frontmatterEnd(bytes: Buffer, length: number, atEnd: boolean): number | undefined {
  let lineStart = startsWithUtf8ByteOrderMark(bytes) ? 3 : 0;
  let first = true;
  for (;;) {
    const newline = bytes.indexOf(0x0a, lineStart);
    const lineEnd = newline === -1 || newline >= length ? length : newline;
    if (lineEnd === length && !atEnd) return undefined;
    const line = bytes.toString('latin1', lineStart, lineEnd);
    const isFence = first ? /^---[ \t]*\r?$/.test(line) : FENCE_LINE.test(line);
    if (first ? !isFence : isFence) return Math.min(length, lineEnd + 1);
    if (lineEnd === length) return length;
    first = false;
    lineStart = lineEnd + 1;
  }
}

/** Opens `path` as `readDocument` does (only a regular file, inside `roots`, within the size limit) and reads it with `read`. */
function readRegularFile(path: string, roots: readonly string[] | undefined, read: (fd: number, size: number) => DocumentContent): DocumentContent {
  let fd: number | undefined;
  try {
    const real = roots ? realpathSync.native(path) : path;
    const linked = real !== path;
    if (roots && !roots.some((root) => isInside(real, realRoot(root)))) {
      return { error: linked ? `Der symbolische Link führt aus dem Werkzeugkoffer hinaus und wird nicht gelesen (Ziel: ${real}).` : 'Die Datei liegt außerhalb des Werkzeugkoffers und wird nicht gelesen.' };
    }
    // A link is opened only once its target proved a regular file: opening some devices has effects of its own.
    const target = linked ? statSync(real) : undefined;
    if (target?.isFile() === false) return notRegular(target, real);
    fd = openSync(path, OPEN_FLAGS);
    const stat = fstatSync(fd);
    if (!stat.isFile()) return notRegular(stat, linked ? real : linkTarget(path));
    if (stat.size > MAX_DOCUMENT_LENGTH) return { error: tooLargeMessage(stat.size), code: Codes.tooLarge };
    return read(fd, stat.size);
  } catch (error) {
    return { error: readFailure(path, error) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function notRegular(stat: Stats, target: string | undefined): DocumentContent {
  const kind = entryKind(stat) ?? 'eine besondere Datei';
  return {
    error: target
      ? `Der symbolische Link zeigt auf ${kind}, keine reguläre Datei, und wird nicht gelesen (Ziel: ${target}).`
      : `Das ist ${kind}, keine reguläre Datei, und wird nicht gelesen.`,
  };
}

/** Up to `limit` bytes, starting with room for `expected` (the size fstat reported) and growing if the file did. */
function readAtMost(fd: number, expected: number, limit: number): Buffer {
  let buffer = Buffer.allocUnsafe(Math.min(expected + 1, limit));
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      if (length >= limit) break;
      const larger = Buffer.allocUnsafe(Math.min(buffer.length * 2, limit));
      buffer.copy(larger, 0, 0, length);
      buffer = larger;
    }
    const read = readSync(fd, buffer, length, buffer.length - length, null);
    if (read === 0) break;
    length += read;
  }
  return buffer.subarray(0, length);
}

function readFailure(path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EISDIR') return 'Das ist ein Verzeichnis, keine reguläre Datei, und wird nicht gelesen.';
  if (code === 'EACCES') return 'Die Datei kann nicht gelesen werden (keine Leseberechtigung).';
  if (code === 'ELOOP') return 'Die Datei kann nicht gelesen werden (symbolische Links im Kreis).';
  // A socket cannot be opened (ENXIO); it is named as what it is.
  const stat = code === 'ENXIO' ? statOrUndefined(() => statSync(path)) : undefined;
  const kind = stat && entryKind(stat);
  if (kind) return `Das ist ${kind}, keine reguläre Datei, und wird nicht gelesen.`;
  if (code === 'ENOENT' && statOrUndefined(() => lstatSync(path))?.isSymbolicLink()) return 'Die Datei kann nicht gelesen werden (der symbolische Link führt ins Leere).';
  return `Die Datei kann nicht gelesen werden (${code ?? String(error)}).`;
}

/** Where `path` leads when it is a symbolic link (for the message); undefined otherwise. */
function linkTarget(path: string): string | undefined {
  if (!statOrUndefined(() => lstatSync(path))?.isSymbolicLink()) return undefined;
  try {
    return realpathSync.native(path);
  } catch {
    return undefined;
  }
}

/** A stat that may fail (the entry went away meanwhile). */
function statOrUndefined(stat: () => Stats): Stats | undefined {
  try {
    return stat();
  } catch {
    return undefined;
  }
}

/** The real path of a root, looked up once: the root itself may be a link, or lie under one. */
const realRoots = new Map<string, string>();
function realRoot(root: string): string {
  let real = realRoots.get(root);
  if (real === undefined) {
    try {
      real = realpathSync.native(root);
    } catch {
      real = root;
    }
    realRoots.set(root, real);
  }
  return real;
}

function isInside(path: string, root: string): boolean {
  return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);
}

/**
 * Whether `path` lies under one of `roots`, by its name and — if it exists — by its real path, so that a
 * symbolic link out of the toolbox counts as outside. Without roots there is no boundary to keep.
 */
export function insideRoots(path: string, roots: readonly string[]): boolean {
  if (roots.length === 0) return true;
  if (!roots.some((root) => isInside(path, root))) return false;
  let real: string;
  try {
    real = realpathSync.native(path);
  } catch {
    return true; // not there (yet): its name is all there is
  }
  return roots.some((root) => isInside(real, realRoot(root)));
}

export function createFileWorkspace(roots: string[]): Workspace {
  return {
    list: () => roots.flatMap(markdownFiles).map(uriOf),
    read: (uri) => readDocument(pathOf(uri), roots),
    exists: (uri) => existsSync(pathOf(uri)),
    contains: (uri) => insideRoots(pathOf(uri), roots),
  };
}
