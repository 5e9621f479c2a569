// js-yaml's events of the frontmatter read last. The fast reader (fastYaml.ts) reads the data from them, and placing
// that document's findings right after (eventSpans.ts) needs them again: one slot, so that a document with findings
// is tokenized once, and no more than one document's events (many small objects) are kept.
import { parseEvents, type Event } from 'js-yaml';

/** The nesting js-yaml accepts; the frontmatter's own limit (MAX_NESTING) is checked before, on the text. */
export const MAX_EVENT_DEPTH = 64;

let last: { source: string; events?: Event[]; error?: unknown } | undefined;

/**
 * The events of `source`; throws what js-yaml throws for a text it cannot read. A refusal is kept too: after the
 * fast reader, the reading of duplicate keys asks again for the same text (a YAML error must not tokenize it twice).
 */
export function frontmatterEvents(source: string): Event[] {
  if (last?.source !== source) {
    try {
      last = { source, events: parseEvents(source, { maxDepth: MAX_EVENT_DEPTH }) };
    } catch (error) {
      last = { source, error };
    }
  }
  if (last.events) return last.events;
  throw last.error;
}
