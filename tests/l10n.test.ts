// The extension's German interface is complete: every string the code passes to vscode.l10n.t (or to the
// translation function it hands to wizardForm) has a German translation in l10n/bundle.l10n.de.json, the bundle
// holds nothing the code no longer uses, and every %key% of package.json (command titles, settings, views, the
// walkthrough) is in package.nls.json and package.nls.de.json.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..');
const json = (path: string) => JSON.parse(readFileSync(join(root, path), 'utf8')) as Record<string, unknown>;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? sources(path) : entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** The first argument of every `l10n.t('…')` and `t('…')` call: the English message, which is also the key. */
function messages(): Set<string> {
  const found = new Set<string>();
  for (const file of sources(join(root, 'extension', 'src'))) {
    for (const m of readFileSync(file, 'utf8').matchAll(/\b(?:l10n\.)?t\(\s*'((?:[^'\\]|\\.)*)'/g)) found.add(m[1]!.replace(/\\(.)/g, '$1'));
  }
  return found;
}

describe('the German interface', () => {
  const bundle = json('l10n/bundle.l10n.de.json');

  it('translates every message of the extension, and the bundle has no message the code dropped', () => {
    const used = messages();
    expect(used.size).toBeGreaterThan(80);
    expect([...used].filter((m) => typeof bundle[m] !== 'string')).toEqual([]);
    expect(Object.keys(bundle).filter((m) => !used.has(m))).toEqual([]);
  });

  it('keeps the placeholders of each message', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort();
    for (const [english, german] of Object.entries(bundle)) expect(placeholders(german as string), english).toEqual(placeholders(english));
  });

  it('has every %key% of package.json in English and German', () => {
    const keys = [...readFileSync(join(root, 'package.json'), 'utf8').matchAll(/"%([\w.]+)%"/g)].map((m) => m[1]!);
    expect(keys).toContain('command.plan.new');
    const english = json('package.nls.json');
    const german = json('package.nls.de.json');
    expect(keys.filter((k) => typeof english[k] !== 'string')).toEqual([]);
    expect(keys.filter((k) => typeof german[k] !== 'string')).toEqual([]);
    expect(Object.keys(german).sort()).toEqual(Object.keys(english).sort());
  });
});
