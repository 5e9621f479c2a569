// V8 makes a substring of 13 characters or more a view of its parent string, which then lives as long as the view.
// What is kept long while its source should go (a released text, a lower-cased body) keeps an own copy instead.

/** V8's shortest substring that is a view of its parent rather than a copy. */
export const SLICE_LENGTH = 13;

/** A copy of `value` that shares no storage with another string: the concatenation is flattened into a new string, then cut. */
export function ownCopy(value: string): string {
  return value.length < SLICE_LENGTH ? value : ` ${value}`.slice(1);
}
