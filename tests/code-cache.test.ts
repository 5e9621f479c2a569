// The code cache of the CLI's bundle (server/src/node/startup/codeCache.ts): used when it fits the bundle, Node and
// its flags; anything else loads the bundle as `require` would, and no failure of the cache ever reaches the command.
// Each load runs in a process of its own, as the CLI does: within one process V8 keeps what it compiled anyway.
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { codeCacheFolder, MAX_CACHE_FILES } from '../server/src/node/startup/codeCache';

const root = join(__dirname, '..');
const loader = join(root, 'dist', 'codeCache.js');

let dir: string;
let folder: string;
let bundle: string;

/** A bundle with a shebang, a relative require and enough functions for V8 to cache. */
function writeBundle(answer: number, mtime = new Date('2026-01-01T00:00:00Z')): void {
  const functions = Array.from({ length: 200 }, (_, i) => `function f${i}(x) { return x * ${i} + ${answer}; }`).join('\n');
  writeFileSync(bundle, `#!/usr/bin/env node\n'use strict';\n${functions}\nconst helper = require('./helper.js');\nmodule.exports = { answer: () => f1(0) + f2(0) - f2(0), helper, file: __filename, folder: __dirname, main: require.main === module };\n`);
  utimesSync(bundle, mtime, mtime);
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'wk-code-cache-'));
  folder = join(dir, 'cache');
  bundle = join(dir, 'bundle.js');
  writeFileSync(join(dir, 'helper.js'), 'module.exports = "helfer";\n');
  writeBundle(42);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

type Exports = { answer: number; helper: string; file: string; folder: string; main: boolean };
interface Load {
  exports: Exports;
  cacheUsed: boolean;
  /** Saves in the same process, as the CLI does when it ends; `save()` again here would be a no-op. */
  save(): void;
}

/** Loads the bundle in a new process; `save` runs a second process that loads it the same way and saves. */
function load(profile = 'plan-report', cacheFolder: string | undefined = folder): Load {
  // A script file, not `node -e`: the code given with -e is one of Node's options, and the options key the cache.
  const script = join(dir, 'load.js');
  writeFileSync(script, `const { loadWithCodeCache } = require(${JSON.stringify(loader)});
    const [bundle, profile, folder, save] = process.argv.slice(2);
    const load = loadWithCodeCache(bundle, profile, folder || undefined);
    const e = load.exports;
    if (save === 'save') load.save();
    process.stdout.write(JSON.stringify({ cacheUsed: load.cacheUsed, exports: { answer: e.answer(), helper: e.helper, file: e.file, folder: e.folder, main: e.main } }));`);
  const run = (save: boolean) => {
    const result = spawnSync(process.execPath, [script, bundle, profile, cacheFolder ?? '', save ? 'save' : ''], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    return JSON.parse(result.stdout) as { cacheUsed: boolean; exports: Exports };
  };
  const first = run(false);
  return { ...first, save: () => void run(true) };
}
const caches = () => (existsSync(folder) ? readdirSync(folder).sort() : []);

describe('the code cache', () => {
  it('runs the bundle as require would, writes the cache when asked, and takes it at the next start', () => {
    const first = load();
    const exports = first.exports;
    expect([exports.answer, exports.helper, exports.file, exports.folder, exports.main]).toEqual([42, 'helfer', bundle, dir, false]);
    expect(first.cacheUsed).toBe(false);
    first.save();
    expect(caches()).toEqual([expect.stringMatching(/^bundle-plan-report-[0-9a-f]{24}\.bin$/)]);
    expect(statSync(join(folder, caches()[0]!)).mode & 0o777).toBe(0o600);
    expect(statSync(folder).mode & 0o777).toBe(0o700);
    const second = load();
    expect(second.cacheUsed).toBe(true);
    expect(second.exports.answer).toBe(42);
  });

  it('keeps one cache per profile and never takes a cache of another build, even of the same length and time', () => {
    load().save();
    load('check').save();
    expect(caches()).toHaveLength(2);
    // The same length and modification time, other code (as a package unpacked over the old one keeps them).
    writeBundle(43);
    const rebuilt = load();
    expect(rebuilt.cacheUsed).toBe(false);
    expect(rebuilt.exports.answer).toBe(43);
  });

  it('loads the bundle when the cache is damaged — a flipped byte, zeros, a short file — and replaces it', () => {
    load().save();
    const [name] = caches();
    const path = join(folder, name!);
    const good = readFileSync(path);
    const damages = [
      (b: Buffer) => b.fill(0, 200, 264),
      (b: Buffer) => b.fill(0, 32),
      (b: Buffer) => {
        for (let i = 0; i < 8; i++) b[100 + ((i * 7919) % (b.length - 100))]! ^= 0x5a;
        return b;
      },
      (b: Buffer) => b.subarray(0, 40),
      () => Buffer.alloc(5000, 7),
    ];
    for (const damage of damages) {
      writeFileSync(path, damage(Buffer.from(good)), { mode: 0o600 });
      const damaged = load();
      expect(damaged.cacheUsed).toBe(false);
      expect(damaged.exports.answer).toBe(42);
    }
    load().save();
    expect(load().cacheUsed).toBe(true);
  });

  it('takes nothing but a regular file of this user, never blocks on a FIFO, and skips a huge file', () => {
    load().save();
    const [name] = caches();
    const path = join(folder, name!);
    if (process.getuid?.() === 0) {
      chownSync(path, 65534, 65534);
      expect(load().cacheUsed).toBe(false);
    }
    rmSync(path);
    mkdirSync(path);
    const beside = load();
    expect(beside.cacheUsed).toBe(false);
    expect(beside.exports.answer).toBe(42);
    expect(() => beside.save()).not.toThrow();
    rmSync(path, { recursive: true });
    if (process.platform !== 'win32') {
      expect(spawnSync('mkfifo', [path]).status).toBe(0);
      const fifo = load();
      expect([fifo.cacheUsed, fifo.exports.answer]).toEqual([false, 42]);
      rmSync(path);
    }
    writeFileSync(path, '');
    truncateSync(path, 65 * 1024 * 1024);
    expect(load().cacheUsed).toBe(false);
  });

  it(`keeps the ${MAX_CACHE_FILES} caches of a bundle used last, and removes what a killed write left`, () => {
    const age = (name: string, minute: number) => utimesSync(join(folder, name), new Date(Date.UTC(2026, 0, 1, 0, minute)), new Date(Date.UTC(2026, 0, 1, 0, minute)));
    for (let i = 0; i < MAX_CACHE_FILES; i++) {
      load(`profil${i}`).save();
      age(caches().find((name) => name.startsWith(`bundle-profil${i}-`))!, i);
    }
    // The oldest one used again counts as new.
    expect(load('profil0').cacheUsed).toBe(true);
    for (const extra of ['extra1', 'extra2']) load(extra).save();
    const stale = join(folder, 'bundle-profil1-0000.bin.4242.tmp');
    const fresh = join(folder, 'bundle-profil1-0000.bin.4343.tmp');
    writeFileSync(stale, 'halb');
    writeFileSync(fresh, 'halb');
    utimesSync(stale, new Date(Date.UTC(2026, 0, 1)), new Date(Date.UTC(2026, 0, 1)));
    load('neu').save();
    expect(caches().filter((name) => name.endsWith('.bin'))).toHaveLength(MAX_CACHE_FILES);
    expect(caches().some((name) => name.startsWith('bundle-profil0-'))).toBe(true);
    expect(caches().some((name) => name.startsWith('bundle-profil1-') && name.endsWith('.bin'))).toBe(false);
    expect(caches().some((name) => name.startsWith('bundle-profil2-') && name.endsWith('.bin'))).toBe(false);
    expect(caches().some((name) => name.startsWith('bundle-neu-'))).toBe(true);
    expect([existsSync(stale), existsSync(fresh)]).toEqual([false, true]);
  });

  it('lies in the user\'s cache folder, or where WERKZEUGKOFFER_CACHE_DIR says, and is off with WERKZEUGKOFFER_CODE_CACHE=0', () => {
    expect(codeCacheFolder({ WERKZEUGKOFFER_CACHE_DIR: '/srv/cache' })).toBe(join('/srv/cache', 'code-cache'));
    if (process.platform !== 'win32') expect(codeCacheFolder({ XDG_CACHE_HOME: '/home/a/.cache' })).toBe(join('/home/a/.cache', 'werkzeugkoffer', 'code-cache'));
    expect(codeCacheFolder({ WERKZEUGKOFFER_CODE_CACHE: '0', WERKZEUGKOFFER_CACHE_DIR: '/srv/cache' })).toBeUndefined();
    // Relative paths are ignored (the XDG rule): the cache must not land in whatever folder the command runs in.
    if (process.platform !== 'win32') {
      expect(codeCacheFolder({ WERKZEUGKOFFER_CACHE_DIR: 'relativ', XDG_CACHE_HOME: '.cache' })).toBe(join(homedir(), '.cache', 'werkzeugkoffer', 'code-cache'));
    }
    const off = load('x', undefined);
    off.save();
    expect(off.exports.answer).toBe(42);
  });
});

describe('the CLI with its code cache', () => {
  const cli = join(root, 'bin', 'werkzeugkoffer.js');
  const plan = join(root, 'toolbox', 'plaene', 'plan-stadt-musterstadt.md');
  const run = (env: NodeJS.ProcessEnv) =>
    spawnSync(process.execPath, [cli, 'plan', 'report', plan, '--format', 'json', '--as-of', '2028-06'], { cwd: root, encoding: 'utf8', env: { ...process.env, ...env } });

  it('answers the same with the cache as without it, and keeps the cache of `plan report` in its folder', () => {
    const env = { WERKZEUGKOFFER_CACHE_DIR: dir };
    const without = run({ WERKZEUGKOFFER_CODE_CACHE: '0' });
    const filling = run(env);
    const cached = run(env);
    for (const result of [without, filling, cached]) expect([result.status, result.stderr]).toEqual([0, '']);
    expect(filling.stdout).toBe(without.stdout);
    expect(cached.stdout).toBe(without.stdout);
    expect(readdirSync(join(dir, 'code-cache'))).toEqual([expect.stringMatching(/^cli-plan-report-[0-9a-f]{24}\.bin$/)]);
  });

  it('saves nothing after a usage error, keeps help apart, and leaves the bundle to `require` when source maps are on', () => {
    const env = { WERKZEUGKOFFER_CACHE_DIR: dir };
    const refused = spawnSync(process.execPath, [cli, 'plan', 'report'], { cwd: root, encoding: 'utf8', env: { ...process.env, ...env } });
    expect(refused.status).toBe(2);
    expect(existsSync(join(dir, 'code-cache'))).toBe(false);
    expect(spawnSync(process.execPath, [cli, 'plan', 'report', '--help'], { cwd: root, encoding: 'utf8', env: { ...process.env, ...env } }).status).toBe(0);
    expect(readdirSync(join(dir, 'code-cache'))).toEqual([expect.stringMatching(/^cli-help-/)]);
    // With --enable-source-maps a stack names the TypeScript source, as with plain `require`; no cache is written.
    const script = join(dir, 'boom.js');
    writeFileSync(script, `const stringify = JSON.stringify;\nJSON.stringify = (value, ...rest) => { if (value && value.asOf) throw new Error('kaputt'); return stringify(value, ...rest); };\n`);
    const mapped = spawnSync(process.execPath, ['--enable-source-maps', '-r', script, cli, 'plan', 'report', plan, '--format', 'json'], { cwd: root, encoding: 'utf8', env: { ...process.env, ...env } });
    expect(mapped.stderr).toMatch(/server\/src\/[\w/]+\.ts:\d+:\d+/);
    expect(readdirSync(join(dir, 'code-cache'))).toEqual([expect.stringMatching(/^cli-help-/)]);
  });

  it('runs where no cache folder can be made: no home, or a file where the folder would be', () => {
    writeFileSync(join(dir, 'code-cache'), 'kein Ordner');
    for (const env of [{ WERKZEUGKOFFER_CACHE_DIR: dir }, { HOME: join(dir, 'gibt-es-nicht', 'x'), XDG_CACHE_HOME: join(dir, 'code-cache', 'x') }]) {
      const result = run(env);
      expect([result.status, result.stderr]).toEqual([0, '']);
      expect(JSON.parse(result.stdout).asOf).toBe('2028-06-30');
    }
    expect(readFileSync(join(dir, 'code-cache'), 'utf8')).toBe('kein Ordner');
  });
});
