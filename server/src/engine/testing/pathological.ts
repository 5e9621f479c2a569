// Test and bench support: documents built to make the work grow faster than the input (issue 18, class 1). Each
// generator is deterministic and fills a document of about `bytes` characters (ASCII, so also bytes), below the
// 1 MB limit when asked for it; the test and the benchmark use the same ones.
import { instrument } from './fixtures';

export interface PathologicalInput {
  name: string;
  /** What it stresses, for the bench table. */
  description: string;
  /** The whole document, frontmatter and body. */
  generate(bytes: number): string;
}

/** The three sizes the bench table measures; the largest stays under the 1 MB limit. */
export const PATHOLOGICAL_SIZES = [10_000, 100_000, 990_000] as const;

/** `unit(i)` repeated from i = 0 until `budget` characters are filled (at least once). */
function fill(budget: number, unit: (i: number) => string): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < budget || i === 0; i++) {
    const part = unit(i);
    parts.push(part);
    length += part.length;
  }
  return parts.join('');
}

/** A valid instrument whose frontmatter gains `extra` lines: everything else about it is in order. */
function withFrontmatter(bytes: number, unit: (i: number) => string): string {
  const base = instrument({ id: 'pathologisch' });
  return instrument({ id: 'pathologisch', extra: fill(bytes - base.length, unit) });
}

/** A valid instrument whose body ends with `unit` repeated. */
function withBody(bytes: number, unit: (i: number) => string, prefix = '', suffix = ''): string {
  const base = instrument({ id: 'pathologisch' });
  return `${base}\n${prefix}${fill(bytes - base.length - prefix.length - suffix.length - 1, unit)}${suffix}`;
}

export const pathologicalInputs: PathologicalInput[] = [
  {
    name: 'duplicateKeys',
    description: 'jeder Schlüssel doppelt im Kopfbereich',
    generate: (bytes) => withFrontmatter(bytes, (i) => `d${i}: x\nd${i}: y\n`),
  },
  {
    name: 'unknownKeys',
    description: 'unbekannte Schlüssel im Kopfbereich',
    generate: (bytes) => withFrontmatter(bytes, (i) => `u${i}: x\n`),
  },
  {
    name: 'anchorsAliases',
    description: 'Anker mit je einem Alias im Kopfbereich',
    generate: (bytes) => withFrontmatter(bytes, (i) => `a${i}: &a${i} x\nb${i}: *a${i}\n`),
  },
  {
    name: 'nestedListMarkers',
    description: 'eine Zeile verschachtelter Listenmarken „- - - …“',
    generate: (bytes) => withBody(bytes, () => '- ', '', 'x\n'),
  },
  {
    name: 'nestedBlockQuotes',
    description: 'verschachtelte Zitate „>>>…“',
    generate: (bytes) => withBody(bytes, () => '>', '', ' x\n'),
  },
  {
    name: 'unclosedLinks',
    description: 'nicht geschlossene Links „[a](“',
    generate: (bytes) => withBody(bytes, () => '[a](', '', '\n'),
  },
  {
    name: 'footnotes',
    description: 'Fußnotenverweise und -definitionen „[^n]“',
    generate: (bytes) => {
      const half = Math.floor(bytes / 2);
      const base = instrument({ id: 'pathologisch' });
      const references = fill(half - base.length, (i) => `Text[^${i}] `);
      const count = (references.match(/\[\^/g) ?? []).length;
      const definitions = Array.from({ length: count }, (_, i) => `[^${i}]: Anmerkung ${i}\n`).join('');
      return `${base}\n${references}\n\n${definitions.slice(0, Math.max(0, bytes - base.length - references.length - 3))}`;
    },
  },
  {
    name: 'openBrackets',
    description: 'offene eckige Klammern „[[[…“',
    generate: (bytes) => withBody(bytes, () => '[', '', '\n'),
  },
  {
    name: 'emphasisRuns',
    description: 'nicht geschlossene Hervorhebungen „*a _b “',
    generate: (bytes) => withBody(bytes, (i) => (i % 2 ? '*a ' : '_b '), '', '\n'),
  },
  {
    name: 'headings',
    description: 'Überschriften, eine je Zeile',
    generate: (bytes) => withBody(bytes, (i) => `### Abschnitt ${i}\n`),
  },
];
