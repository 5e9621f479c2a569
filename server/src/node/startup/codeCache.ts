// Loads a bundle with V8's code cache: what V8 compiled of it during one run of a command, kept on disk and handed
// back to V8 at the next start, so that the 3 MB bundle is neither parsed nor its functions compiled again (about
// 50 of the 340 ms of `plan report` on the large plan). It is written when the process ends, with every function the run
// compiled: v8-compile-cache writes its cache right after compiling, which for a bundle holds little more than the
// outer function (measured: 10 ms gained against 50 here), and Node's module.enableCompileCache needs Node 22.
//
// The cache is an optimisation only: any failure (no home, a read-only disk, another Node) loads the bundle as
// `require` would. V8 checks a cache only against the source's length and its flags, and not at all for damage (a
// flipped byte can crash the process): the file name carries a hash of the bundle's bytes and of Node's version,
// architecture and options, and the file a hash of its own content, checked before V8 sees it.
import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { basename, dirname, isAbsolute, join } from 'node:path';
import { Script } from 'node:vm';

/** Cache files kept per bundle (one per command profile that ran); the least recently used beyond this are removed. */
export const MAX_CACHE_FILES = 8;
/** A cache file larger than this is not read: the CLI's are about 1.5 MB. */
const MAX_CACHE_BYTES = 64 * 1024 * 1024;
/** A temporary file of a write that was killed is removed when it is older than this. */
const STALE_TEMPORARY_MS = 10 * 60 * 1000;
const DIGEST_BYTES = 32;

export interface CachedLoad {
  exports: unknown;
  /** Whether V8 took the cache: the bundle was not compiled again. */
  cacheUsed: boolean;
  /** Writes the cache from what V8 has compiled by now, when none was used; never throws. */
  save(): void;
}

/**
 * The folder for the cache: WERKZEUGKOFFER_CACHE_DIR, else the user's cache folder (XDG_CACHE_HOME or ~/.cache,
 * on Windows LOCALAPPDATA); a relative path is ignored, as the XDG specification says. WERKZEUGKOFFER_CODE_CACHE=0
 * turns the cache off.
 */
export function codeCacheFolder(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.WERKZEUGKOFFER_CODE_CACHE === '0') return undefined;
  const absolute = (path: string | undefined) => (path && isAbsolute(path) ? path : undefined);
  const own = absolute(env.WERKZEUGKOFFER_CACHE_DIR);
  if (own) return join(own, 'code-cache');
  const base = process.platform === 'win32' ? absolute(env.LOCALAPPDATA) : (absolute(env.XDG_CACHE_HOME) ?? join(homedir(), '.cache'));
  return base ? join(base, 'werkzeugkoffer', 'code-cache') : undefined;
}

/**
 * Requires `file` (a CommonJS bundle) with the code cache of `profile` in `folder`. Without a folder, or with
 * Node's source maps on (which only `require` applies to a bundle), it is `require` itself.
 */
export function loadWithCodeCache(file: string, profile: string, folder: string | undefined): CachedLoad {
  if (folder === undefined || process.sourceMapsEnabled) return { exports: createRequire(file)(file), cacheUsed: false, save() {} };
  const bytes = readFileSync(file);
  const source = bytes.toString('utf8');
  const cacheFile = join(folder, cacheName(file, bytes, profile));
  const cachedData = readCache(cacheFile);
  // A bundle starts with `#!/usr/bin/env node`, which only a file run by Node may: blanked, so the offsets stay.
  const script = new Script(Module.wrap(source.replace(/^#![^\n]*/, (line) => ' '.repeat(line.length))), { filename: file, cachedData });
  const cacheUsed = cachedData !== undefined && !script.cachedDataRejected;
  if (cacheUsed) markUsed(cacheFile);
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
      if (cacheUsed) return;
      try {
        writeCache(cacheFile, script.createCachedData());
        pruneCaches(dirname(cacheFile), cachePrefix(file));
      } catch {
        // No cache this time: the next run compiles as this one did.
      }
    },
  };
}

/** `loadWithCodeCache` in the user's cache folder, saved when the process ends after a run that was not refused. */
export function requireWithCodeCache(file: string, profile: string): unknown {
  const load = loadWithCodeCache(file, profile, codeCacheFolder());
  process.once('exit', (code) => {
    // A usage error (exit code 2) ran little of the bundle: its cache would serve the real runs badly.
    if (code < 2) load.save();
  });
  return load.exports;
}

function cachePrefix(file: string): string {
  return `${basename(file).replace(/\.[cm]?js$/, '')}-`;
}

/** `cli-plan-report-<hash>.bin`: the profile in plain letters; the bundle's bytes, Node and its options hashed. */
function cacheName(file: string, bytes: Buffer, profile: string): string {
  // V8 refuses a cache made under other flags (--max-old-space-size, a profiler): each set of flags has its own.
  const node = [process.version, process.arch, process.execArgv.join(' '), process.env.NODE_OPTIONS ?? ''].join('\n');
  const key = createHash('sha256').update(bytes).update('\0').update(node).digest('hex');
  const safeProfile = profile.replace(/[^a-z0-9-]/gi, '').slice(0, 40) || 'main';
  return `${cachePrefix(file)}${safeProfile}-${key.slice(0, 24)}.bin`;
}

/**
 * The cache's bytes when the file is a regular file of this user, of sane size, whose content matches the hash it
 * starts with; else undefined. Opened without blocking: a FIFO put there must not stop the command.
 */
function readCache(path: string): Buffer | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const stat = fstatSync(fd);
    if (!stat.isFile() || stat.size <= DIGEST_BYTES || stat.size > MAX_CACHE_BYTES) return undefined;
    if (typeof process.getuid === 'function' && stat.uid !== process.getuid()) return undefined;
    const content = readFileSync(fd);
    const data = content.subarray(DIGEST_BYTES);
    return createHash('sha256').update(data).digest().equals(content.subarray(0, DIGEST_BYTES)) ? data : undefined;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** A cache in use counts as new: the least recently used ones are pruned. */
function markUsed(path: string): void {
  try {
    const now = new Date();
    utimesSync(path, now, now);
  } catch {
    // Read-only: it stays as old as it is.
  }
}

/** Written beside and renamed into place: a run that reads it at the same time sees the old file or the new one. */
function writeCache(path: string, data: Buffer): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, Buffer.concat([createHash('sha256').update(data).digest(), data]), { mode: 0o600, flag: 'wx' });
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

/**
 * Keeps the MAX_CACHE_FILES caches of the bundle used last (old builds and other Node versions leave theirs
 * behind), and removes temporary files that a killed run left.
 */
function pruneCaches(folder: string, prefix: string): void {
  const now = Date.now();
  const caches: { name: string; mtime: number }[] = [];
  for (const name of readdirSync(folder)) {
    if (!name.startsWith(prefix)) continue;
    const mtime = statSync(join(folder, name)).mtimeMs;
    if (name.endsWith('.tmp') && now - mtime > STALE_TEMPORARY_MS) unlinkSync(join(folder, name));
    else if (name.endsWith('.bin')) caches.push({ name, mtime });
  }
  caches.sort((a, b) => b.mtime - a.mtime);
  for (const { name } of caches.slice(MAX_CACHE_FILES)) unlinkSync(join(folder, name));
}
