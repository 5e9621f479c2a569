// Small helpers for the handbook's HTML templates: every value from content goes through `escapeHtml`.

import { escapeHtml } from '../util/escapeHtml';

export { escapeHtml };

/** A string field of a document's frontmatter, or undefined. */
export function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

export function num(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** A list field of strings (anything else is dropped). */
export function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.trim() !== '') : [];
}

export function records(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter((v): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v)) : [];
}

export function record(value: unknown): Record<string, unknown> | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** Only http(s) and mailto URLs from frontmatter become links; anything else stays text. */
export function safeUrl(value: unknown): string | undefined {
  const url = str(value);
  return url && /^(https?:\/\/|mailto:)[^\s<>"']+$/i.test(url) ? url : undefined;
}

/** A definition list row, left out when the value is empty. */
export function row(term: string, valueHtml: string | undefined): string {
  return valueHtml ? `<div><dt>${escapeHtml(term)}</dt><dd>${valueHtml}</dd></div>` : '';
}
