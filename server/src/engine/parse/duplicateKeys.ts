// A frontmatter whose only fault is a key given twice, read from js-yaml's events instead of the `yaml` package's
// syntax tree. js-yaml refuses such a text in its fast reading (fastYaml.ts), so without this the tree was the only
// reader — and it is the slow part: a plan of 270 KB with one `status:` copied twice cost 130–160 ms per check (per
// keystroke in its frontmatter) against 30 ms without the slip, 5,000 duplicates in 100 KB about 90 ms.
//
// What the events give here is what the tree's reading gives (`parseYaml` with `scanTree`): the duplicate keys in
// document order with the offsets of the key and of its first occurrence, and an outline of the frontmatter — every
// mapping entry in order, duplicates included, each string value as the tree resolves it and with the tree's offsets
// where the events know them exactly (plain and quoted scalars; a block scalar or a collection has none). The same
// screens as the fast reader apply (tags, anchors, aliases, explicit keys, lone carriage returns), and any key that
// is not a text (a number, `true`, `null`, a collection) leaves the document to the tree, which compares keys by
// their typed value. duplicateKeys.test.ts compares both readings on mutants of the toolbox's frontmatters.
import { constructFromEvents, CORE_SCHEMA, EVENT_ID, getScalarValue, SCALAR_STYLE, type Event, type ScalarEvent } from 'js-yaml';
import { scalarSpan } from './eventSpans';
import { fastReadable, looksLikeNumber, NULL_KEY } from './fastYaml';
import { frontmatterEvents } from './frontmatterEvents';

/** A key that repeats an earlier key of its mapping: offsets within the frontmatter, as the tree's key range. */
export interface DuplicateKey {
  start: number;
  end: number;
  /** Where the first key of that text starts. */
  firstStart: number;
}

/** A node of the outline (aliases, which it does not describe, are screened out before). */
export type OutlineNode = OutlineScalar | OutlineMap | OutlineSeq;

export interface OutlineScalar {
  type: 'scalar';
  /** The value when the tree has a string there, else undefined (a number, a boolean, null). */
  text: string | undefined;
  /** The tree's offsets of the value, when the events give them exactly. */
  span: [number, number] | undefined;
}

export interface OutlineMap {
  type: 'map';
  /** Every entry in the order written, a key given twice both times; `key` is the key's text. */
  entries: { key: string; keyNode: OutlineScalar; value: OutlineNode }[];
}

export interface OutlineSeq {
  type: 'seq';
  items: OutlineNode[];
}

export interface DuplicateKeysReading {
  duplicates: DuplicateKey[];
  root: OutlineMap;
}

const STRING_TAG = 'tag:yaml.org,2002:str';

/** The last reading, for the rules that look at the outline after the document was parsed (one slot). */
let last: { source: string; reading: DuplicateKeysReading | undefined } | undefined;

/**
 * The duplicate keys and the outline of `source`, when its only YAML errors are duplicate keys and the events
 * describe it as the tree would; else undefined (no duplicate, another error, or a form left to the tree).
 */
export function readDuplicateKeysOnly(source: string): DuplicateKeysReading | undefined {
  if (last?.source !== source) last = { source, reading: read(source) };
  return last.reading;
}

function read(source: string): DuplicateKeysReading | undefined {
  if (!fastReadable(source)) return undefined;
  let events: Event[];
  try {
    events = frontmatterEvents(source);
    // With `json`, js-yaml lets a later key win instead of refusing it: what it still refuses is another fault.
    const documents = constructFromEvents(events, { source, json: true });
    if (documents.length !== 1) return undefined;
  } catch {
    return undefined;
  }
  const root = events[0]?.type === EVENT_ID.DOCUMENT ? 1 : 0;
  if (events[root]?.type !== EVENT_ID.MAPPING) return undefined;
  const outline = new OutlineReader(source, events);
  const node = outline.node(root);
  if (!outline.faithful || node?.type !== 'map' || outline.duplicates.length === 0) return undefined;
  return { duplicates: outline.duplicates, root: node };
}

/** Builds the outline from the events, finding the duplicates on the way (in the order the tree's walk finds them). */
class OutlineReader {
  readonly duplicates: DuplicateKey[] = [];
  /** False once something is met that the tree may read otherwise: the reading is then dropped. */
  faithful = true;
  private index = 0;

  constructor(
    private readonly source: string,
    private readonly events: Event[],
  ) {}

  /** The node whose events start at `start`; afterwards `index` is past it. */
  node(start: number): OutlineNode | undefined {
    this.index = start;
    return this.next();
  }

  private next(): OutlineNode | undefined {
    const event = this.events[this.index++];
    if (event?.type === EVENT_ID.SCALAR) return this.scalar(event);
    if (event?.type === EVENT_ID.MAPPING) return this.mapping();
    if (event?.type === EVENT_ID.SEQUENCE) return this.sequence();
    this.faithful = false;
    return undefined;
  }

  private mapping(): OutlineMap {
    const entries: OutlineMap['entries'] = [];
    const seen = new Map<string, number>();
    while (this.faithful && this.index < this.events.length && this.events[this.index]!.type !== EVENT_ID.POP) {
      const keyEvent = this.events[this.index++]!;
      const key = keyEvent.type === EVENT_ID.SCALAR ? this.key(keyEvent) : undefined;
      if (!key) {
        this.faithful = false;
        break;
      }
      const [start, end] = key.span;
      // Checked before the value is read: the tree's walk reports a mapping's duplicate before those inside its value.
      const first = seen.get(key.text);
      if (first !== undefined) this.duplicates.push({ start, end, firstStart: first });
      else seen.set(key.text, start);
      const value = this.next();
      if (!value) break;
      entries.push({ key: key.text, keyNode: key.node, value });
    }
    this.index++;
    return { type: 'map', entries };
  }

  private sequence(): OutlineSeq {
    const items: OutlineNode[] = [];
    while (this.faithful && this.index < this.events.length && this.events[this.index]!.type !== EVENT_ID.POP) {
      const item = this.next();
      if (item) items.push(item);
    }
    this.index++;
    return { type: 'seq', items };
  }

  /** A key the tree compares as the events do: a text, with exact offsets. Anything else is undefined. */
  private key(event: ScalarEvent): { text: string; span: [number, number]; node: OutlineScalar } | undefined {
    const node = this.scalar(event);
    if (node.text === undefined || !node.span) return undefined;
    // A key the tree turns into "" or a number (`~:`, `1:`): it compares those by their value, not by the text.
    if (event.style === SCALAR_STYLE.PLAIN && (NULL_KEY.test(node.text) || looksLikeNumber(node.text))) return undefined;
    return { text: node.text, span: node.span, node };
  }

  private scalar(event: ScalarEvent): OutlineScalar {
    return { type: 'scalar', text: scalarText(this.source, event), span: scalarSpan(event) };
  }
}

/** The scalar's value where the tree has a string, else undefined. */
function scalarText(source: string, event: ScalarEvent): string | undefined {
  const value = getScalarValue(source, event);
  if (event.style !== SCALAR_STYLE.PLAIN) return value;
  // A number beyond the doubles (`1e400`) is text for js-yaml and Infinity for the tree: every number-like text is left out.
  if (looksLikeNumber(value)) return undefined;
  return CORE_SCHEMA.resolveImplicitScalarTag(value).tag.tagName === STRING_TAG ? value : undefined;
}
