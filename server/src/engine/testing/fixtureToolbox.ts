// Test support: the toolbox of the protocol tests (tests/fixtures/workspace/toolbox), read once, for the
// in-memory workspace — the engine-level feature tests expect what the protocol tests expect of the same files.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const FIXTURE_TOOLBOX = join(__dirname, '../../../../tests/fixtures/workspace/toolbox');

export const TS = 'instrumente/terminsystem.md';
export const SP = 'instrumente/servicepoint.md';
export const ECK = 'eckpunkte/binnenorganisation.md';
export const PLAN = 'plaene/plan-beispiel.md';
export const CASE = 'praxis/weimar-servicepoint.md';

let cached: Record<string, string> | undefined;

/** Every document of the fixture toolbox by its path relative to the toolbox root. */
export function fixtureToolbox(): Record<string, string> {
  cached ??= Object.fromEntries(
    readdirSync(FIXTURE_TOOLBOX, { withFileTypes: true, recursive: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
      .map((entry) => {
        const file = join(entry.parentPath, entry.name);
        return [file.slice(FIXTURE_TOOLBOX.length + 1).split('\\').join('/'), readFileSync(file, 'utf8')];
      })
      .sort(([a], [b]) => a!.localeCompare(b!)),
  );
  return { ...cached };
}

/** The text of one fixture document. */
export function fixtureText(path: string): string {
  const text = fixtureToolbox()[path];
  if (text === undefined) throw new Error(`no fixture ${path}`);
  return text;
}
