// Deterministic bad inputs for `npm run bench` (the same kinds as tests/bad-input.test.ts).
import { performance } from 'node:perf_hooks';
import { createLanguageService, decodeText } from '../../server/src/engine';
import { instrument } from '../../server/src/engine/testing/fixtures';
const cases: Record<string, string | Uint8Array> = {
  empty: '', bodyOnly: '## Ziel\n\nText\n', frontmatterOnly: instrument({ body: '' }),
  bom: `\uFEFF${instrument()}`, crlf: instrument().replace(/\n/g, '\r\n'),
  invalidUtf8: Buffer.concat([Buffer.from('---\nkind: case\ntitle: Gr'), Buffer.from([0xfc]), Buffer.from('n\n---\n')]),
  binary: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]),
  tenMegabytes: `---\nkind: case\n---\n${'Sehr langer Text. '.repeat(600_000)}`,
  aliasBomb: `---\nkind: case\na: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n---\n`,
  deepNesting: `---\nkind: case\nx: ${'['.repeat(5000)}${']'.repeat(5000)}\n---\n`,
  protoKeys: instrument({ extra: '__proto__:\n  polluted: true\nconstructor: nein\n' }),
  tabs: '---\nkind: case\nid: tabs\npartners:\n\t- eins\n---\n',
  longLetters: `---\nkind: case\n---\n${'a'.repeat(200_000)}`,
};
/** Bad input, one file at a time in the engine: the time each takes and what it reports (target: under 100 ms). */
export function benchBadInput(): string[] {
const rows = ['\n## bad input (engine, one file each)\n', '| input | time | findings |', '| --- | ---: | --- |'];
const service = createLanguageService({ workspace: { list: () => [], read: () => ({ error: 'x' }), exists: () => false, contains: () => true } });
service.update('file:///warm.md', { text: instrument() }); service.diagnostics('file:///warm.md');
for (const [name, input] of Object.entries(cases)) {
  const t0 = performance.now();
  const content = typeof input === 'string' ? { text: input } : decodeText(input);
  service.update(`file:///${name}.md`, content);
  const findings = service.diagnostics(`file:///${name}.md`);
  rows.push(`| ${name} | ${(performance.now() - t0).toFixed(1)} ms | ${findings.map((f) => f.code).join(' ')} |`);
}
return rows;
}
