// Work that grew faster than the input (issue 18, class 1): each generated input of pathological.ts, checked by
// the engine. Bounded work is shown by counting what used to repeat (tree walks, alias resolutions, micromark
// runs) and by the located findings; the timeouts only guard against a hang (these inputs took minutes before).
import { Alias } from 'yaml';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLanguageService } from '../languageService';
import { caseDocument, eckpunkt, instrument } from '../testing/fixtures';
import { pathologicalInputs } from '../testing/pathological';
import { frontmatterLengthLimit, MAX_ALIAS_COUNT, MAX_FRONTMATTER_LENGTH, MAX_PLAN_FRONTMATTER_LENGTH } from './frontmatter';
import { MAX_MARKDOWN_NESTING } from './limits';
import { MAX_FINDINGS_PER_CODE } from '../rules/findingLimit';

const calls = vi.hoisted(() => ({ visit: 0, preprocess: 0, trees: 0, events: 0, tokenized: [] as string[] }));

vi.mock('yaml', async (importOriginal) => {
  const yaml = await importOriginal<typeof import('yaml')>();
  const visit = Object.assign((...args: Parameters<typeof yaml.visit>) => {
    calls.visit++;
    return yaml.visit(...args);
  }, yaml.visit);
  const parseDocument = (...args: Parameters<typeof yaml.parseDocument>) => {
    calls.trees++;
    return yaml.parseDocument(...args);
  };
  return { ...yaml, visit, parseDocument };
});

vi.mock('js-yaml', async (importOriginal) => {
  const jsYaml = await importOriginal<typeof import('js-yaml')>();
  return {
    ...jsYaml,
    parseEvents: (...args: Parameters<typeof jsYaml.parseEvents>) => {
      calls.events++;
      calls.tokenized.push(args[0]);
      return jsYaml.parseEvents(...args);
    },
  };
});

vi.mock('micromark', async (importOriginal) => {
  const micromark = await importOriginal<typeof import('micromark')>();
  return {
    ...micromark,
    preprocess: (...args: Parameters<typeof micromark.preprocess>) => {
      calls.preprocess++;
      return micromark.preprocess(...args);
    },
  };
});

afterEach(() => {
  calls.visit = 0;
  calls.preprocess = 0;
  calls.trees = 0;
  calls.events = 0;
  calls.tokenized = [];
  vi.restoreAllMocks();
});

const generate = (name: string, bytes: number) => pathologicalInputs.find((input) => input.name === name)!.generate(bytes);

function check(text: string) {
  const service = createLanguageService({ workspace: { list: () => [], read: () => ({ error: 'x' }), exists: () => false, contains: () => true } });
  service.update('file:///toolbox/binnenorganisation.md', { text: eckpunkt() });
  service.update('file:///toolbox/pathologisch.md', { text });
  return service.diagnostics('file:///toolbox/pathologisch.md');
}

const lineOf = (text: string, needle: string, from = 0) => text.slice(0, text.indexOf(needle, from)).split('\n').length - 1;

describe('the frontmatter', () => {
  it('2,000 duplicate keys: the first 100 each on its whole key, one finding for the rest, read from the events without a tree', { timeout: 60_000 }, () => {
    const keys = Array.from({ length: 2000 }, (_, i) => `d${i}: x\nd${i}: y\n`).join('');
    const text = instrument({ id: 'pathologisch', extra: keys });
    const findings = check(text).filter((d) => d.code === 'WK202');
    expect(findings).toHaveLength(MAX_FINDINGS_PER_CODE + 1);
    expect(findings[0]!.range).toEqual({ start: { line: lineOf(text, 'd0: y'), character: 0 }, end: { line: lineOf(text, 'd0: y'), character: 2 } });
    expect(findings[99]!.message).toContain(`(„d99“, zuerst in Zeile ${lineOf(text, 'd99: x') + 1})`);
    expect(findings[100]!.range.start).toEqual({ line: lineOf(text, 'd100: y'), character: 0 });
    expect(findings[100]!.message).toMatch(/^Hier und danach stehen 1\.900 weitere Meldungen der Art „Doppelter Schlüssel“/);
    expect(findings[100]!.data).toEqual({ omitted: 1900 });
    expect(calls.trees).toBe(0);
  });

  it('2,000 duplicate keys and an anchor, which only the tree reads: the same findings, without a walk of the tree per duplicate', { timeout: 60_000 }, () => {
    const keys = Array.from({ length: 2000 }, (_, i) => `d${i}: x\nd${i}: y\n`).join('');
    const text = instrument({ id: 'pathologisch', extra: keys.replace('d0: x', 'd0: &anker x') });
    const findings = check(text).filter((d) => d.code === 'WK202');
    expect(findings).toHaveLength(MAX_FINDINGS_PER_CODE + 1);
    expect(findings[99]!.message).toContain(`(„d99“, zuerst in Zeile ${lineOf(text, 'd99: x') + 1})`);
    expect(findings[100]!.data).toEqual({ omitted: 1900 });
    expect(calls.trees).toBe(1);
    expect(calls.visit).toBeLessThanOrEqual(1);
  });

  it('a keystroke in the body of a document only the tree reads parses its frontmatter once, a change in the frontmatter again', { timeout: 60_000 }, () => {
    const service = createLanguageService({ workspace: { list: () => [], read: () => ({ error: 'x' }), exists: () => false, contains: () => true } });
    const uri = 'file:///toolbox/pathologisch.md';
    // An anchor leaves the duplicates to the tree (without one the events read them, see duplicateKeys.ts).
    const text = generate('duplicateKeys', 20_000).replace(/^d0: x$/m, 'd0: &anker x');
    service.update(uri, { text });
    const first = service.diagnostics(uri);
    expect(calls.trees).toBe(1);
    for (let i = 1; i <= 5; i++) {
      service.update(uri, { text: `${text}${'x'.repeat(i)}` });
      expect(service.diagnostics(uri)).toEqual(first);
    }
    expect(calls.trees).toBe(1);
    service.update(uri, { text: text.replace(/^---\n/, '---\n# ein Kommentar\n') });
    const moved = service.diagnostics(uri);
    expect(calls.trees).toBe(2);
    expect(moved.map((d) => [d.code, d.range.start.line - 1, d.message])).toEqual(first.map((d) => [d.code, d.range.start.line, d.message.replace(/zuerst in Zeile (\d+)/, (_, n: string) => `zuerst in Zeile ${Number(n) + 1}`)]));
  });

  it('11,000 unknown keys in 100 KB: the first 100 placed in order, one finding for the rest, the frontmatter neither tokenized nor built into a tree', { timeout: 60_000 }, () => {
    const text = generate('unknownKeys', MAX_FRONTMATTER_LENGTH - 1_000);
    const findings = check(text).filter((d) => d.code === 'WK403');
    // A plain frontmatter: read line by line, and the findings placed by the same reading (plainYaml.ts).
    expect([calls.tokenized.filter((source) => source.includes('u0: x')).length, calls.trees]).toEqual([0, 0]);
    const keys = text.match(/^u\d+:/gm)!.length;
    expect(keys).toBeGreaterThan(10_000);
    expect(findings.map((d) => d.range.start.line)).toEqual([...Array.from({ length: 100 }, (_, i) => lineOf(text, `u${i}:`)), lineOf(text, 'u100:')]);
    expect(findings.at(-1)!.data).toEqual({ omitted: keys - 100 });
  });

  it('the same with a folded text among them: tokenized once, the findings placed from the events, no tree built', { timeout: 60_000 }, () => {
    const text = generate('unknownKeys', MAX_FRONTMATTER_LENGTH - 1_000).replace('\nu0: x\n', '\nu0: >-\n  x\n');
    const findings = check(text).filter((d) => d.code === 'WK403');
    // Tokenized once (`check` reads an Eckpunkt too, which may still be at hand).
    expect([calls.tokenized.filter((source) => source.includes('u0: >-')).length, calls.trees]).toEqual([1, 0]);
    expect(findings.map((d) => d.range.start.line)).toEqual([...Array.from({ length: 100 }, (_, i) => lineOf(text, `u${i}:`)), lineOf(text, 'u100:')]);
  });

  it('100,000 unknown keys in 1 MB: one located limit finding, not 100,000', { timeout: 60_000 }, () => {
    const findings = check(generate('unknownKeys', 990_000));
    expect(findings.filter((d) => d.code === 'WK203').map((d) => [d.range.start.line, d.message])).toEqual([
      [0, expect.stringMatching(/^Der Kopfbereich ist [\d.]+ Zeichen lang; erlaubt sind höchstens 100\.000\.$/)],
    ]);
    expect(findings.filter((d) => d.code === 'WK403')).toEqual([]);
  });

  it('3,000 anchors with an alias each (20,000 exceed the frontmatter\'s length): one located limit finding, no alias resolved', { timeout: 60_000 }, () => {
    const resolve = vi.spyOn(Alias.prototype, 'resolve');
    const text = generate('anchorsAliases', MAX_FRONTMATTER_LENGTH - 1_000);
    expect(text.match(/\*a\d+/g)!.length).toBeGreaterThan(3_000);
    const findings = check(text);
    expect(findings.filter((d) => d.code === 'WK203').map((d) => [d.range.start.line, d.message])).toEqual([
      [0, expect.stringMatching(new RegExp(`^Der Kopfbereich verwendet \\d+ Aliase \\(„\\*name“\\); erlaubt sind höchstens ${MAX_ALIAS_COUNT}\\.$`))],
    ]);
    expect(resolve).not.toHaveBeenCalled();
  });

  it('2,000 list entries with a dash between words („Stelle 1 - Team 1“): the frontmatter is read once, not once per entry', { timeout: 60_000 }, () => {
    const entries = Array.from({ length: 2000 }, (_, i) => `  - Stelle ${i} - Team ${i}`).join('\n');
    const text = caseDocument().replace('partners:\n  - Ausländerbehörde Weimar', `partners:\n${entries}`);
    const service = createLanguageService({ workspace: { list: () => [], read: () => ({ error: 'x' }), exists: () => false, contains: () => true } });
    service.update('file:///toolbox/praxis/weimar-servicepoint.md', { text });
    calls.trees = 0;
    calls.events = 0;
    service.diagnostics('file:///toolbox/praxis/weimar-servicepoint.md');
    expect(calls.trees + calls.events).toBeLessThanOrEqual(2);
  });

  it('a plan (a top-level `kind: plan`) gets the larger limit; a nested or longer kind does not', () => {
    for (const source of ['id: p\nkind: plan\n', 'kind: "plan"\n', "kind: 'plan'  # der Plan\n", 'kind: plan\r\nid: p\r\n']) {
      expect(frontmatterLengthLimit(source), source).toBe(MAX_PLAN_FRONTMATTER_LENGTH);
    }
    for (const source of ['kind: instrument\n', 'kind: planung\n', 'meta:\n  kind: plan\n', 'kind: "plan\'\n', '# kind: plan\n']) {
      expect(frontmatterLengthLimit(source), source).toBe(MAX_FRONTMATTER_LENGTH);
    }
  });

  it('a few aliases still resolve', () => {
    const text = generate('anchorsAliases', 0).replace('a0: &a0 x\nb0: *a0\n', 'x-a: &s Wert\nx-b: *s\n');
    const findings = check(text);
    expect(findings.map((d) => d.code)).toEqual(['WK403', 'WK403']);
  });
});

describe('the body under the 1 MB limit', () => {
  const cases: { name: string; bytes: number; needle: string }[] = [
    { name: 'nestedListMarkers', bytes: 10_000, needle: '- - - ' },
    { name: 'nestedBlockQuotes', bytes: 100_000, needle: '>>>' },
    { name: 'unclosedLinks', bytes: 400_000, needle: '[a](' },
    { name: 'openBrackets', bytes: 400_000, needle: '[[[' },
    { name: 'footnotes', bytes: 400_000, needle: '[^0]' },
  ];
  for (const { name, bytes, needle } of cases) {
    it(`${name}: one located WK106 instead of micromark's reading, and the other checks still run`, { timeout: 60_000 }, () => {
      // A personal e-mail address in the frontmatter: the rules after the body's must still find it.
      const text = generate(name, bytes).replace('title: Instrument pathologisch', 'title: Instrument pathologisch, anna.muster@web.de');
      const findings = check(text);
      const budget = findings.filter((d) => d.code === 'WK106');
      expect(budget).toHaveLength(1);
      expect(budget[0]!.range.start.line).toBe(lineOf(text, needle, text.indexOf('\n---\n', 4)));
      expect(budget[0]!.severity).toBe('error');
      expect(findings.map((d) => d.code)).toContain('WK901');
      expect(findings.map((d) => d.code)).not.toContain('WK701');
      expect(calls.preprocess).toBe(0);
    });
  }

  it(`the nesting message names the limit of ${MAX_MARKDOWN_NESTING} levels`, () => {
    const [finding] = check(generate('nestedListMarkers', 5_000)).filter((d) => d.code === 'WK106');
    expect(finding!.message).toMatch(new RegExp(`verschachtelt \\d+ Zitate oder Listen ineinander; die Markdown-Auswertung liest höchstens ${MAX_MARKDOWN_NESTING} Ebenen`));
  });

  it('2,000 definitions and references within the budget are read by micromark, once', { timeout: 60_000 }, () => {
    const references = Array.from({ length: 2000 }, (_, i) => `Text [Verweis ${i}][n${i}]`).join('\n\n');
    const definitions = Array.from({ length: 2000 }, (_, i) => `[n${i}]: #ziel`).join('\n');
    const text = generate('footnotes', 0).replace(/\n\n[\s\S]*$/, `\n\n${references}\n\n${definitions}\n`).replace('Text[^0]', '&amp;');
    const findings = check(text);
    expect(findings.filter((d) => d.code === 'WK106')).toEqual([]);
    expect(calls.preprocess).toBe(1);
  });

  it('60,000 headings: every one read, the sections in order', { timeout: 60_000 }, () => {
    const text = generate('headings', 990_000);
    const service = createLanguageService({ workspace: { list: () => [], read: () => ({ error: 'x' }), exists: () => false, contains: () => true } });
    service.update('file:///toolbox/pathologisch.md', { text });
    const body = service.document('file:///toolbox/pathologisch.md')!.body;
    expect(body.headings.length).toBe(text.match(/^#{2,3} /gm)!.length);
    expect(body.headings.length).toBeGreaterThan(50_000);
    expect(body.sections.at(-1)!.heading.text).toBe('Beispiele aus der Praxis');
  });

  it('10,000 links to 10,000 anchors: each looked up, the first 100 broken ones reported and one finding for the rest', { timeout: 60_000 }, () => {
    const headings = Array.from({ length: 10_000 }, (_, i) => `### Teil ${i}\n`).join('');
    const links = Array.from({ length: 10_000 }, (_, i) => `[Teil](#teil-${i % 2 ? i : `x${i}`})`).join('\n');
    const text = `${generate('headings', 0)}\n${headings}\n${links}\n`;
    const findings = check(text).filter((d) => d.code === 'WK802');
    expect(findings).toHaveLength(MAX_FINDINGS_PER_CODE + 1);
    expect(findings.at(-1)!.data).toEqual({ omitted: 4900 });
    expect(findings.filter((d) => d.message.includes('Meinten Sie')).length).toBeLessThanOrEqual(50);
  });
});
