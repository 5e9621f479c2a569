// What the plan rules read of a plan's measures.
import type { ParsedDocument } from '../parse/document';

/** A month (JJJJ-MM) or day as a comparable day string; a month means its first day as a start, its last as an end. */
export function dayOf(value: string, as: 'start' | 'end'): string {
  return value.length === 7 ? `${value}-${as === 'start' ? '01' : '31'}` : value;
}

export interface MeasureData {
  instrument?: unknown;
  start?: unknown;
  due?: unknown;
}

export function measuresOf(document: ParsedDocument): MeasureData[] {
  const measures = document.data?.measures;
  return Array.isArray(measures) ? (measures as MeasureData[]) : [];
}
