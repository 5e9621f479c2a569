// At most MAX_FINDINGS_PER_CODE findings of one code per rule and document. Eleven thousand „Unbekanntes Feld“
// help no editor, and placing, sending and drawing them costs far more than finding them: past the limit one
// finding, where the first left-out one stands, says how many more there are. Fixing the shown ones and checking
// again brings the next ones up. Rules whose placing is the expensive part limit before they place (schemaRule,
// yamlRule); every rule's output is limited once more where the service runs it, so none is ever unbounded.
import type { Diagnostic } from '../diagnostic';
import { codeDescriptions, type Code } from './codes';

export const MAX_FINDINGS_PER_CODE = 100;

export interface Omitted<T> {
  /** The first item left out: where the summary stands. */
  first: T;
  count: number;
}

/** The first MAX_FINDINGS_PER_CODE items of each code (an item without a code is always kept), and what was left out per code. */
export function withinLimit<T>(items: T[], codeOf: (item: T) => string | undefined): { kept: T[]; omitted: Map<string, Omitted<T>> } {
  const counts = new Map<string, number>();
  const kept: T[] = [];
  const omitted = new Map<string, Omitted<T>>();
  for (const item of items) {
    const code = codeOf(item);
    if (code === undefined) {
      kept.push(item);
      continue;
    }
    const count = (counts.get(code) ?? 0) + 1;
    counts.set(code, count);
    if (count <= MAX_FINDINGS_PER_CODE) {
      kept.push(item);
      continue;
    }
    const entry = omitted.get(code);
    if (entry) entry.count++;
    else omitted.set(code, { first: item, count: 1 });
  }
  return { kept, omitted };
}

/** „Hier und danach stehen 10.951 weitere Meldungen der Art „Unbekanntes Feld“ …“: the text of a summary. */
export function omittedMessage(code: string, count: number): string {
  const kind = codeDescriptions[code as Code] ?? code;
  const what = count === 1 ? 'steht eine weitere Meldung' : `stehen ${count.toLocaleString('de-DE')} weitere Meldungen`;
  return `Hier und danach ${what} der Art „${kind}“, die nicht einzeln gezeigt ${count === 1 ? 'wird' : 'werden'} ` +
    `(je Dokument höchstens ${MAX_FINDINGS_PER_CODE} einer Art). Sind die gezeigten behoben, erscheinen die nächsten.`;
}

/** The finding that stands for `count` findings left out, where `first`, the first of them, stands, with its code and severity. */
export function summaryOf(first: Diagnostic, count: number): Diagnostic {
  return { uri: first.uri, range: first.range, severity: first.severity, code: first.code, message: omittedMessage(first.code, count), data: { omitted: count } };
}

/**
 * A rule's findings within the limit. A summary the rule made itself (`data.omitted`) is kept and counts as
 * what it stands for, so a rule that limited before placing is not limited twice.
 */
export function limitFindings(findings: Diagnostic[]): Diagnostic[] {
  if (findings.length <= MAX_FINDINGS_PER_CODE) return findings;
  const { kept, omitted } = withinLimit(findings, (finding) => (finding.data?.omitted === undefined ? finding.code : undefined));
  if (omitted.size === 0) return findings;
  const summaries = [...omitted.values()].map(({ first, count }) => summaryOf(first, count));
  return [...kept, ...summaries];
}
