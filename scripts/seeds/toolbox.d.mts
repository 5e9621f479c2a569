// Types of toolbox.mjs.
import type { Word } from './seedtext.mjs';

export const QUOTATION_FIELDS: Record<string, string[]>;
export interface Period {
  from: unknown;
  to: unknown;
  source: unknown;
  hasSource: boolean;
  /** The line of `period.source`, or of `period` when it has none. */
  line: number;
}
export interface ReadDocument {
  kind?: string;
  segments: { field?: string; words: Word[] }[];
  periods: Period[];
  lineOf(offset: number): number;
}
export interface Copy {
  file: string;
  line: number;
  /** The frontmatter field, for a copy outside the body (`summary`, `criteria.0.text`). */
  field?: string;
  /** The run in readable normal form, words separated by one space. */
  run: string;
  /** The run as it stands in the document. */
  text: string;
  words: number;
  seeds: string[];
}
export interface PeriodProblem {
  file: string;
  line: number;
  kind: 'missing' | 'format' | 'seed' | 'quote' | 'unverified' | 'year';
  message: string;
}

export interface ToolboxDocument {
  /** Path relative to the toolbox folder, with `/`. */
  file: string;
  text: string;
  doc: ReadDocument;
}

export function markdownFiles(dir: string): string[];
/** With `withWords: false`, only the kind and the periods (no segments). */
export function readDocument(text: string, options?: { withWords?: boolean }): ReadDocument;
export function readToolbox(dir: string, options?: { withWords?: boolean }): ToolboxDocument[];
export function findCopies(docs: string | ToolboxDocument[], lookup: Map<string, string[]>): Copy[];
export function copiesInDocument(file: string, text: string, lookup: Map<string, string[]>): Copy[];
export function findPeriods(docs: string | ToolboxDocument[]): (Period & { file: string })[];
export function checkPeriods(
  docs: string | ToolboxDocument[],
  known: { seedIds: Set<string>; quotes: Set<string>; seedWords?: Map<string, Pick<Word, 'key'>[]> },
): { periods: (Period & { file: string })[]; problems: PeriodProblem[] };
