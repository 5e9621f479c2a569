// The code table is the one place that says what a code means and how grave it is: the SARIF rules, the README
// and the rules themselves must agree with it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeDescriptions, codeFamilyHelp, codeHelp, Codes, codeSeverity } from './codes';

const rulesDir = __dirname;
const ruleSources = readdirSync(rulesDir, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
  .map((file) => ({ file, text: readFileSync(join(rulesDir, file), 'utf8') }));

describe('the code table', () => {
  const all = ['WK000', ...Object.values(Codes)];

  it('gives every code a German description, a severity and the help of its family', () => {
    for (const code of all) {
      expect((codeDescriptions as Record<string, string>)[code], code).toMatch(/^[A-ZÄÖÜ]/);
      expect(['error', 'warning', 'info'], code).toContain((codeSeverity as Record<string, string>)[code]);
      expect(codeHelp(code), code).not.toBe('');
    }
    expect(Object.keys(codeSeverity).sort()).toEqual([...all].sort());
    expect(new Set(codeFamilyHelp.map((f) => f.family)).size).toBe(codeFamilyHelp.length);
  });

  it('holds the severity with which each rule reports the code', () => {
    // `diagnostic(document, span, 'warning', Codes.relatedNotMutual, …)`: the severity literal before the code.
    const call = /diagnostic\([^;]*?'(error|warning|info)',\s*Codes\.(\w+)/g;
    const seen = new Set<string>();
    for (const { file, text } of ruleSources) {
      for (const [, severity, name] of text.matchAll(call)) {
        const code = Codes[name as keyof typeof Codes];
        seen.add(code);
        expect(`${file}: ${code} ${severity}`).toBe(`${file}: ${code} ${codeSeverity[code]}`);
      }
      // A rule that works out the code first (`errorCode`) and reports it with the table's severity.
      if (text.includes('codeSeverity[code]')) for (const [, name] of text.matchAll(/return Codes\.(\w+)/g)) seen.add(Codes[name as keyof typeof Codes]);
    }
    // Every other code is reported so, except: the YAML parser's findings (error or warning, as the parser says:
    // WK201, WK202) and the files that are not read (WK104, WK105: the language service takes this table's).
    const elsewhere: string[] = ['WK000', Codes.yamlSyntax, Codes.yamlDuplicateKey, Codes.unreadable, Codes.tooLarge];
    expect(all.filter((code) => !elsewhere.includes(code) && !seen.has(code))).toEqual([]);
  });
});
