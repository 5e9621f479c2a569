// Deterministic synthetic toolboxes for benchmarks: instruments, cases and plans with realistic
// references, links and bodies, over the five real Eckpunkte shapes. The bodies use what the real toolbox
// uses (bold lead-ins, a nested list); every tenth case quotes a participant in a block quote, which the
// check's line reading of plain Markdown leaves to micromark, so both readings are measured.

/** mulberry32: a small seeded PRNG, so every run generates the same toolbox. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ECKPUNKTE = ['selbstverstaendnis', 'binnenorganisation', 'kompetenzen', 'erscheinungsbild', 'vernetzung'];
const PARAGRAPH =
  'Die Ausländerbehörde stimmt das Vorgehen mit der Leitung, dem Personalrat und den Teams ab, legt Zuständigkeiten fest und prüft nach drei Monaten, ob die Wartezeiten sinken und die Kundinnen und Kunden besser informiert sind.';

export interface SyntheticFile {
  path: string;
  text: string;
}

/**
 * The bench's body-size profiles: the generator's own bodies (~2.5 KB a document), the real instruments' size and
 * the peer corpus's. Bodies are padded with plain paragraphs to the profile's bytes per document.
 */
export const BODY_PROFILES = { '2.5 KB': 0, '6.5 KB': 6_500, '11 KB': 11_000 } as const;
export type BodyProfile = keyof typeof BODY_PROFILES;

/** Appends plain paragraphs to the body until the document has `bytes` bytes (UTF-8); 0 leaves it as it is. */
function padded(text: string, bytes: number): string {
  const paragraph = `\n${PARAGRAPH}\n`;
  const step = Buffer.byteLength(paragraph);
  const missing = bytes - Buffer.byteLength(text);
  return missing > 0 ? text + paragraph.repeat(Math.ceil(missing / step)) : text;
}

export function syntheticToolbox(size: number, seed = 42, profile: BodyProfile = '2.5 KB'): SyntheticFile[] {
  return generated(size, seed).map((file) => ({ path: file.path, text: padded(file.text, BODY_PROFILES[profile]) }));
}

function generated(size: number, seed: number): SyntheticFile[] {
  const rand = random(seed);
  const pick = <T>(items: T[]) => items[Math.floor(rand() * items.length)]!;
  const files: SyntheticFile[] = [];
  const criteria = ECKPUNKTE.flatMap((e) => [1, 2, 3, 4, 5].map((n) => `${e.slice(0, 2)}-k${n}`));
  ECKPUNKTE.forEach((id, i) => {
    const own = criteria.filter((c) => c.startsWith(id.slice(0, 2)));
    files.push({
      path: `eckpunkte/${id}.md`,
      text: `---\nkind: eckpunkt\nid: ${id}\ntitle: Eckpunkt ${id}\norder: ${i + 1}\nwording: Der Wortlaut des Eckpunkts ${id} mit ausreichend Text.\nsummary: Ein Leitsatz für den Eckpunkt ${id} mit ausreichend Text.\ncriteria:\n${own.map((c) => `  - id: ${c}\n    text: Ein Kriterium der Checkliste mit genug Text (${c}).\n    origin: werkzeugkoffer`).join('\n')}\nsources:\n  - { title: Synthetische Quelle }\n---\n\n## Leitgedanke\n\n${PARAGRAPH}\n\n## Ansatzpunkte\n\n${PARAGRAPH}\n`,
    });
  });
  const remaining = Math.max(0, size - files.length);
  const instrumentCount = Math.max(3, Math.round(remaining * 0.5));
  const caseCount = Math.max(1, Math.round(remaining * 0.35));
  const planCount = Math.max(0, remaining - instrumentCount - caseCount);
  const instruments = Array.from({ length: instrumentCount }, (_, i) => `instrument-${i}`);
  const related = new Map<string, Set<string>>(instruments.map((id) => [id, new Set()]));
  instruments.forEach((id, i) => {
    if (i > 0 && rand() < 0.3) {
      const other = instruments[Math.floor(rand() * i)]!;
      related.get(id)!.add(other);
      related.get(other)!.add(id);
    }
  });
  // Every criterion is addressed by at least the first instruments, round robin.
  instruments.forEach((id, i) => {
    // Round robin over the criteria, so that every criterion is addressed whatever the size.
    const own = criteria.filter((_, k) => k % instrumentCount === i);
    const addresses = new Set([...own, pick(criteria), pick(criteria)]);
    const requires = i > 2 && rand() < 0.4 ? [instruments[Math.floor(rand() * i)]!] : [];
    const linked = instruments[Math.floor(rand() * instruments.length)]!;
    const list = (key: string, values: Iterable<string>) => {
      const items = [...values];
      return items.length ? `${key}:\n${items.map((v) => `  - ${v}`).join('\n')}\n` : '';
    };
    files.push({
      path: `instrumente/${id}.md`,
      text: `---\nkind: instrument\nid: ${id}\ntitle: Instrument Nummer ${i}\neckpunkt: ${ECKPUNKTE[i % 5]}\nsummary: Ein synthetisches Instrument, das Wartezeiten verkürzt und Abläufe planbar macht.\n${list('addresses', addresses)}phase:\n  - erstorientierung\neffort: ${pick(['niedrig', 'mittel', 'hoch'])}\nduration_weeks: ${4 + Math.floor(rand() * 20)}\n${list('requires', requires)}${list('related', related.get(id)!)}sources:\n  - title: Synthetische Quelle\n---\n\n## Ziel\n\n${PARAGRAPH}\n\n## Ausgangslage\n\n${PARAGRAPH} Siehe auch [das verwandte Instrument](${linked}.md#umsetzungsschritte).\n\n## Umsetzungsschritte\n\n1. ${PARAGRAPH}\n2. ${PARAGRAPH}\n   - erste Woche: Ankommen und Hospitation;\n   - erster Monat: Standardverfahren unter Anleitung.\n3. ${PARAGRAPH}\n\n## Erfolgsfaktoren\n\n- **Rückhalt der Leitung:** ${PARAGRAPH}\n- **Beteiligung:** ${PARAGRAPH}\n\n## Stolpersteine\n\n${PARAGRAPH}\n\n## Beispiele aus der Praxis\n\n${PARAGRAPH}\n`,
    });
  });
  for (let i = 0; i < caseCount; i++) {
    const cited = new Set([pick(instruments), pick(instruments)]);
    const quote = i % 10 === 9 ? `\n\n> „Seit der Umstellung wissen unsere Kundinnen und Kunden, was als Nächstes passiert.“` : '';
    files.push({
      path: `praxis/fall-${i}.md`,
      text: `---\nkind: case\nid: fall-${i}\ntitle: Praxisbeispiel Nummer ${i}\nsummary: Eine Behörde hat ein Instrument eingeführt und damit Wartezeiten deutlich verkürzt.\nregion: Region ${i}\nbundesland: ${pick(['Hessen', 'Bayern', 'Thüringen', 'Sachsen'])}\nperiod:\n  from: 2014\n  source: "000: „seit 2014 im Einsatz“"\ninstruments:\n${[...cited].map((c) => `  - ${c}`).join('\n')}\npartners:\n  - Ausländerbehörde ${i}\nsources:\n  - title: Synthetische Quelle\n---\n\n## Ausgangslage\n\n${PARAGRAPH}\n\n## Vorgehen\n\n${PARAGRAPH} Grundlage war [${[...cited][0]}](../instrumente/${[...cited][0]}.md).\n\n## Ergebnisse\n\n${PARAGRAPH}${quote}\n\n## Erfolgsfaktoren\n\n${PARAGRAPH}\n`,
    });
  }
  for (let i = 0; i < planCount; i++) {
    const assessment = criteria.map((c) => `  ${c}: { status: ${1 + Math.floor(rand() * 5)}, relevance: ${1 + Math.floor(rand() * 5)} }`).join('\n');
    const measures = Array.from({ length: 6 }, (_, k) => `  - instrument: ${pick(instruments)}\n    owner: Leitung der Ausländerbehörde\n    start: 2027-0${1 + k}\n    due: 2027-${String(4 + k).padStart(2, '0')}\n    status: geplant`).join('\n');
    files.push({
      path: `plaene/plan-${i}.md`,
      text: `---\nkind: plan\nid: plan-${i}\ntitle: Maßnahmenplan Nummer ${i}\nagency:\n  name: Ausländerbehörde ${i}\n  bundesland: Hessen\nassessed: 2026-05-04\nassessment:\n${assessment}\nreporting:\n  as_of: 2026-12\nmeasures:\n${measures}\n---\n\n${PARAGRAPH}\n`,
    });
  }
  return files;
}
