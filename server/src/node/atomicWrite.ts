// Writes a file atomically: a temporary file beside the target, flushed, then renamed over it, so a
// crash never leaves a half-written plan or page behind. The temporary file is hidden, ends in `.tmp` (no
// reader of the toolbox takes it for content) and names the writing process, so that a later write removes
// what a killed one left behind.
import { closeSync, fsyncSync, openSync, readdirSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { startsWithUtf8ByteOrderMark } from '../engine/text/decode';

/** `.<name>.<pid>.<ms>.tmp`: the temporary files of `name` written by this module. */
function temporaryPattern(name: string): RegExp {
  const escaped = name.replace(/[.*+?^$()|[\]{}\\]/g, '\\$&');
  return new RegExp('^\\.' + escaped + '\\.(\\d+)\\.\\d+\\.tmp$');
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists, it is just not ours.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes the temporary files of `path` that a process which no longer runs left behind (killed before the rename). */
export function removeStaleTemporaries(path: string): string[] {
  const folder = dirname(path);
  const pattern = temporaryPattern(basename(path));
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const match = pattern.exec(name);
    if (!match || isRunning(Number(match[1]))) continue;
    rmSync(join(folder, name), { force: true });
    removed.push(join(folder, name));
  }
  return removed;
}

export function writeFileAtomic(path: string, content: string | Uint8Array): void {
  removeStaleTemporaries(path);
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  const fd = openSync(temporary, 'w', 0o644);
  try {
    writeSync(fd, typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    rmSync(temporary, { force: true });
    throw error;
  }
  closeSync(fd);
  try {
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/**
 * Writes `text` over the text file at `path` (atomically, as `writeFileAtomic`), keeping the UTF-8 byte order mark it
 * began with: the text was read without it (text/decode.ts), and a rewrite keeps what it does not change.
 */
export function rewriteTextFile(path: string, text: string): void {
  writeFileAtomic(path, beginsWithByteOrderMark(path) && !text.startsWith('\ufeff') ? `\ufeff${text}` : text);
}

function beginsWithByteOrderMark(path: string): boolean {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const start = Buffer.alloc(3);
    return readSync(fd, start, 0, 3, 0) === 3 && startsWithUtf8ByteOrderMark(start);
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
