// Types of hashes.mjs.
export interface HashFile {
  about: string;
  normalisation: number;
  shingleWords: number;
  hashBits: number;
  collisions: string;
  seeds: { id: string; file: string; words: number; shingles: number; hashes: string }[];
  quotes: string[];
}

export function readSeeds(dir: string): Map<string, { file: string; text: string }>;
export class RefusedQuotations extends Error {
  problems: string[];
}
export function buildHashFile(seedsDir: string, toolboxDir: string): HashFile;
export function readHashFile(data: HashFile): { lookup: Map<string, string[]>; seedIds: Set<string>; quotes: Set<string> };
