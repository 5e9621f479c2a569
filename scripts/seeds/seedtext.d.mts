// Types of seedtext.mjs (the tests are TypeScript; the script runs in plain Node).
export interface Word {
  /** The readable normal form. */
  word: string;
  /** The form words are compared by (the readable form without vowels). */
  key: string;
  start: number;
  end: number;
}
export type QuoteWord = Pick<Word, 'word' | 'key'>;
export interface Source {
  seed: string;
  quote: string;
  fragments: QuoteWord[][];
}

export const SHINGLE_WORDS: number;
export const NORMALISATION_VERSION: number;
export function readable(word: string): string;
export function keyOf(readableWord: string): string;
export function words(text: string, from?: number, to?: number): Word[];
export function shingleHashes(list: Pick<Word, 'key'>[]): string[];
export function copiedRuns(list: Pick<Word, 'key'>[], lookup: Map<string, string[]>): { first: number; last: number; seeds: string[] }[];
export function seedLookup(seeds: Iterable<[string, string]>): Map<string, string[]>;
export function parseSource(source: unknown): Source | { error: string };
export function quoteHash(seed: string, fragments: Pick<Word, 'key'>[][]): string;
export function findInOrder(seedWords: Pick<Word, 'key'>[], fragments: Pick<Word, 'key'>[][]): number[] | undefined;
export function quotesYear(fragments: Pick<Word, 'word'>[][], year: unknown): boolean;
