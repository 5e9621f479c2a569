// The order of documents that carry an `order` field (Eckpunkte, instruments within their Eckpunkt, pages):
// documents without one come after all that have one.

/** The sort key of a document without `order`. */
export const UNORDERED = Number.MAX_SAFE_INTEGER;

export function orderOf(data: Record<string, unknown> | undefined): number {
  const order = data?.order;
  return typeof order === 'number' && Number.isFinite(order) ? order : UNORDERED;
}
