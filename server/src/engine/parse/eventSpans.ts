// Offsets of scalar keys and values in a frontmatter the fast reader accepted (fastYaml.ts), from js-yaml's event
// stream instead of the `yaml` package's syntax tree: ten to twenty times cheaper, which is what locating the
// findings of thousands of clean plans costs. The tree stays the authority: a place the events cannot give exactly
// as the tree would (a block scalar, a collection, an empty value, a key that is not a plain or quoted scalar, a
// path the events do not have) is answered undefined, and the caller asks the tree. eventSpans.test.ts compares
// both on every scalar of the real toolbox, the bench's documents and mutants of them.
import { EVENT_ID, getScalarValue, SCALAR_STYLE, type Event, type ScalarEvent } from 'js-yaml';
import { frontmatterEvents } from './frontmatterEvents';
import { below, WantedPlaces, type PlaceNode, type Span, type WantedPlace } from './wantedPlaces';

/**
 * The offsets in `source` of each wanted place, as the tree's `range[0]`–`range[1]` of its node, or undefined
 * where the events cannot tell them so. `source` must be a frontmatter the fast reader accepted.
 */
export function scalarSpansFromEvents(source: string, wanted: readonly WantedPlace[]): (Span | undefined)[] {
  const places = new WantedPlaces(wanted);
  let events: Event[];
  try {
    events = frontmatterEvents(source);
  } catch {
    return places.spans;
  }
  const root = events[0]?.type === EVENT_ID.DOCUMENT ? 1 : 0;
  if (root < events.length) new EventWalk(source, events, places).node(root, places.root);
  return places.spans;
}

class EventWalk {
  constructor(
    private readonly source: string,
    private readonly events: Event[],
    private readonly places: WantedPlaces,
  ) {}

  /** Walks the node at `index`, whose path is `path`, recording wanted places; returns the index after it. */
  node(index: number, path: PlaceNode): number {
    const event = this.events[index]!;
    if (event.type === EVENT_ID.MAPPING) return this.mapping(index + 1, path);
    if (event.type === EVENT_ID.SEQUENCE) return this.sequence(index + 1, path);
    return index + 1;
  }

  private mapping(index: number, parent: PlaceNode): number {
    const seen = new Set<string>();
    while (index < this.events.length && this.events[index]!.type !== EVENT_ID.POP) {
      const keyEvent = this.events[index]!;
      const valueIndex = this.skip(index);
      const text = keyEvent.type === EVENT_ID.SCALAR && scalarSpan(keyEvent) ? getScalarValue(this.source, keyEvent) : undefined;
      // The first entry of a key is the one the tree's look-up finds.
      if (text === undefined || seen.has(text)) {
        index = this.skip(valueIndex);
        continue;
      }
      seen.add(text);
      const path = below(parent, text);
      if (path === undefined) {
        index = this.skip(valueIndex);
        continue;
      }
      this.places.recordKey(path, scalarSpan(keyEvent as ScalarEvent));
      this.record(path, valueIndex);
      index = this.node(valueIndex, path);
    }
    return index + 1;
  }

  private sequence(index: number, parent: PlaceNode): number {
    for (let item = 0; index < this.events.length && this.events[index]!.type !== EVENT_ID.POP; item++) {
      const path = below(parent, item);
      if (path === undefined) {
        index = this.skip(index);
        continue;
      }
      this.record(path, index);
      index = this.node(index, path);
    }
    return index + 1;
  }

  private record(path: PlaceNode, index: number): void {
    const event = this.events[index];
    if (event?.type === EVENT_ID.SCALAR) this.places.recordValue(path, scalarSpan(event));
  }

  /** The index after the node at `index`. */
  private skip(index: number): number {
    const event = this.events[index];
    if (event?.type !== EVENT_ID.MAPPING && event?.type !== EVENT_ID.SEQUENCE) return index + 1;
    let depth = 0;
    do {
      const type = this.events[index++]!.type;
      if (type === EVENT_ID.MAPPING || type === EVENT_ID.SEQUENCE) depth++;
      else if (type === EVENT_ID.POP) depth--;
    } while (depth > 0 && index < this.events.length);
    return index;
  }
}

/**
 * The tree's range of a scalar: a plain one from its first to its last character, a quoted one with its quotes.
 * A block scalar's range (header, indentation, chomping) and an empty value are left to the tree.
 */
export function scalarSpan(event: ScalarEvent): Span | undefined {
  if (event.valueStart < 0 || event.valueEnd < event.valueStart) return undefined;
  if (event.style === SCALAR_STYLE.PLAIN) return event.valueEnd > event.valueStart ? [event.valueStart, event.valueEnd] : undefined;
  if (event.style === SCALAR_STYLE.SINGLE_QUOTED || event.style === SCALAR_STYLE.DOUBLE_QUOTED) return [event.valueStart - 1, event.valueEnd + 1];
  return undefined;
}
