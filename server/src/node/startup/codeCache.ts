// Loads a bundle with V8's code cache: what V8 compiled of it during one run of a command, kept on disk and handed
// back to V8 at the next start, so that the 3 MB bundle is neither parsed nor its functions compiled again (about
// 50 of the 340 ms of `plan report` on the large plan). It is written when the process ends, with every function the run
// compiled: v8-compile-cache writes its cache right after compiling, which for a bundle holds little more than the
// outer function (measured: 10 ms gained against 50 here), and Node's module.enableCompileCache needs Node 22.
//
// The cache is an optimisation only: any failure (no home, a read-only disk, a damaged file, another Node) loads
// the bundle as `require` would. V8 checks a cache against the source's length and its own flags only, so the
// file name carries the bundle's size, modification time and inode, Node's version, architecture and options.
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';

/** Cache files kept per bundle (one per command profile that ran); the oldest beyond this are removed. */
export const MAX_CACHE_FILES = 8;

export interface CachedLoad {
  exports: unknown;
  /** Whether V8 took the cache: the bundle was not compiled again. */
  cacheUsed: boolean;
  /** Writes the cache from what V8 has compiled by now, when none was used; never throws. */
  save(): void;
}

/**
 * The folder for the cache: WERKZEUGKOFFER_CACHE_DIR, else the user's cache folder (XDG_CACHE_HOME or ~/.cache,
 * on Windows LOCALAPPDATA). Empty or `0` in WERKZEUGKOFFER_CODE_CACHE turns the cache off.
 */
export function codeCacheFolder(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.WERKZEUGKOFFER_CODE_CACHE === '0') return undefined;
  if (env.WERKZEUGKOFFER_CACHE_DIR) return join(env.WERKZEUGKOFFER_CACHE_DIR, 'code-cache');
  const base = process.platform === 'win32' ? env.LOCALAPPDATA : (env.XDG_CACHE_HOME ?? join(homedir(), '.cache'));
  return base ? join(base, 'werkzeugkoffer', 'code-cache') : undefined;
}

/** Requires `file` (a CommonJS bundle) with the code cache of `profile` in `folder`; without a folder, as `require` does. */
export function loadWithCodeCache(file: string, profile: string, folder: string | undefined): CachedLoad {
  const source = readFileSync(file, 'utf8');
  const cacheFile = folder === undefined ? undefined : join(folder, cacheName(file, profile));
  const cachedData = cacheFile === undefined ? undefined : readCache(cacheFile);
  // A bundle starts with `#!/usr/bin/env node`, which only a file run by Node may: blanked, so the offsets stay.
  const script = new Script(Module.wrap(source.replace(/^#![^\n]*/, (line) => ' '.repeat(line.length))), { filename: file, cachedData });
  const cacheUsed = cachedData !== undefined && !script.cachedDataRejected;
  const module = new Module(file);
  module.filename = file;
  module.paths = (Module as unknown as { _nodeModulePaths(dir: string): string[] })._nodeModulePaths(dirname(file));
  (Module as unknown as { _cache: Record<string, Module> })._cache[file] = module;
  const wrapper = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: Module, filename: string, dirname: string) => void;
  wrapper.call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  module.loaded = true;
  return {
    exports: module.exports,
    cacheUsed,
    save() {
      if (cacheUsed || cacheFile === undefined) return;
      try {
        writeCache(cacheFile, script.createCachedData());
        pruneCaches(dirname(cacheFile), cachePrefix(file));
      } catch {
        // No cache this time: the next run compiles as this one did.
      }
    },
  };
}

/** `loadWithCodeCache` in the user's cache folder, saved when the process ends. */
export function requireWithCodeCache(file: string, profile: string): unknown {
  const load = loadWithCodeCache(file, profile, codeCacheFolder());
  process.once('exit', () => load.save());
  return load.exports;
}

function cachePrefix(file: string): string {
  return `${basename(file).replace(/\.[cm]?js$/, '')}-`;
}

/** `cli-plan-report-<hash>.bin`: the profile in plain letters, the rest of the key hashed. */
function cacheName(file: string, profile: string): string {
  const stat = statSync(file, { bigint: true });
  // V8 refuses a cache made under other flags (--max-old-space-size, a profiler): each set of flags has its own.
  const key = [file, stat.size, stat.mtimeNs, stat.ino, process.version, process.arch, process.execArgv.join(' '), process.env.NODE_OPTIONS ?? ''].join('\n');
  const safeProfile = profile.replace(/[^a-z0-9-]/gi, '').slice(0, 40) || 'main';
  return `${cachePrefix(file)}${safeProfile}-${createHash('sha256').update(key).digest('hex').slice(0, 20)}.bin`;
}

/** The cache file's bytes, if it is a regular file of this user; else undefined. */
function readCache(path: string): Buffer | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const stat = fstatSync(fd);
    if (!stat.isFile() || (typeof process.getuid === 'function' && stat.uid !== process.getuid())) return undefined;
    return readFileSync(fd);
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Written beside and renamed into place: a run that reads it at the same time sees the old file or the new one. */
function writeCache(path: string, data: Buffer): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, data, { mode: 0o600, flag: 'wx' });
    renameSync(temporary, path);
  } catch (error) {
    try {
      unlinkSync(temporary);
    } catch {
      // Never written.
    }
    throw error;
  }
}

/** Keeps the newest MAX_CACHE_FILES caches of the bundle: old builds and other Node versions leave theirs behind. */
function pruneCaches(folder: string, prefix: string): void {
  const caches = readdirSync(folder)
    .filter((name) => name.startsWith(prefix) && name.endsWith('.bin'))
    .map((name) => ({ name, mtime: statSync(join(folder, name)).mtimeMs }))
    .sort((a, b) => b.mtime - a.mtime);
  for (const { name } of caches.slice(MAX_CACHE_FILES)) unlinkSync(join(folder, name));
}
