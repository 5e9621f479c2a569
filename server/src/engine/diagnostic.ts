import type { Range } from './text/lineIndex';

export type Severity = 'error' | 'warning' | 'info';

export interface RelatedInformation {
  uri: string;
  range: Range;
  message: string;
}

/** One finding of a rule. The engine's only output format; adapters translate it (LSP, CLI formats). */
export interface Diagnostic {
  uri: string;
  range: Range;
  severity: Severity;
  /** Stable code, e.g. `WK401`; see `rules/codes.ts`. */
  code: string;
  /** German message for the editor of the toolbox. */
  message: string;
  related?: RelatedInformation[];
  /** Machine-readable details for quick fixes (suggestions, missing fields …). */
  data?: DiagnosticData;
}

export interface DiagnosticData {
  /** Replacement values a quick fix can offer (did-you-mean). */
  suggestions?: string[];
  /** Missing required properties or sections. */
  missing?: string[];
  [key: string]: unknown;
}
