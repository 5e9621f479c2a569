// The Node version the README names is the one package.json's `engines` asks for, and every package `npm ci`
// installs from the lockfile accepts it: on that version `npm ci` prints no engine warning.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..');
const semver = createRequire(__filename)('semver') as {
  minVersion(range: string): { version: string } | null;
  satisfies(version: string, range: string): boolean;
};

describe('the Node version', () => {
  const engines = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).engines.node as string;
  const minimum = semver.minVersion(engines)!.version;

  it('that the README names is the minimum of package.json’s engines', () => {
    const [major, minor] = minimum.split('.');
    expect(readFileSync(join(root, 'README.md'), 'utf8')).toContain(`Node.js ${major}.${minor} oder neuer`);
  });

  it('is accepted by every package of the lockfile that npm ci installs', () => {
    const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, { engines?: { node?: string } | string[]; optional?: boolean }> };
    const refusing = Object.entries(lock.packages)
      .filter(([path, entry]) => path !== '' && !entry.optional && typeof (entry.engines as { node?: string } | undefined)?.node === 'string')
      .filter(([, entry]) => !semver.satisfies(minimum, (entry.engines as { node: string }).node))
      .map(([path, entry]) => `${path}: ${(entry.engines as { node: string }).node}`);
    expect(refusing).toEqual([]);
  });
});
