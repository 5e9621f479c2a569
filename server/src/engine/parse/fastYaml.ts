// The frontmatter as plain data: line by line where it is plain (plainYaml.ts), else by js-yaml without a syntax
// tree. js-yaml's reading is four to ten times faster than the `yaml`
// package's tree with ranges (134 KB of the toolbox's frontmatter in a fresh process: 65 ms against 250 ms). The
// tree stays the authority: this reader answers only where it is known to give exactly the data the tree gives and
// the tree has no error or warning; for anything else it answers undefined and the caller parses the tree.
//
// "Known" comes from a differential test (fastYaml.test.ts, and 120,000 mutants of the toolbox's frontmatters
// when this was written): js-yaml 5 reads YAML 1.2 with the core schema as `yaml` does, and where it accepts a text
// the tree accepts it with the same data — except for the inputs screened out here, each found by that test:
// tags (`!!float 3` is an error for the tree), anchors and aliases (an anchor name ending in `:`), explicit keys
// and values (`? a`, a line that starts with `: `), a carriage return that is no line end, keys that the tree turns
// into "" (null), and numbers that overflow to Infinity, which js-yaml keeps as text; and, found by an adversarial
// review, directives, block scalars with an indentation indicator, an escaped line break before a blank line, tabs
// among a line's leading blanks, a comment in the first column before an indented line, text right after a closing quote, and keys over
// 1,024 characters.
import { constructFromEvents } from 'js-yaml';
import { frontmatterEvents } from './frontmatterEvents';
import { frontmatterLimitError } from './frontmatter';
import { plainYamlData } from './plainYaml';

/** A tag, an anchor or an alias at the start of a token: `!tag`, `&anchor`, `*alias`. */
const NODE_PROPERTY = /(?:^|[\s[{,])[!&*]/;
/** An explicit key (`? `) or value (`: `) indicator at the start of a line, after indentation or a list dash. */
const EXPLICIT_INDICATOR = /^[ \t-]*[?:](?:[ \t\r\n]|$)/m;
/** A carriage return that does not end a line (with its line feed). */
const LONE_CARRIAGE_RETURN = /\r(?!\n)/;
/** A directive (`%YAML 1.1` switches the tree to YAML 1.1's types; an unknown one is a warning js-yaml does not give). */
const DIRECTIVE = /^%/m;
/** A block scalar header with an indentation indicator (`|2-`, `>1`): js-yaml keeps trailing blank lines the tree drops. */
const INDENTATION_INDICATOR = /(?:^|[ \t])[|>](?:[1-9][-+]?|[-+][1-9])[ \t]*(?:#.*)?$/m;
/** An escaped line break in double quotes before a blank line (`"a\` ⏎ ⏎ `b"`): folded otherwise by each. */
const ESCAPED_BREAK_BEFORE_BLANK = /\\\r?\n[ \t]*\r?\n/;
/** A tab among a line's leading blanks (a tab-only line in a quoted text, a tab before `#` in a block scalar): an error for the tree, not for js-yaml. */
const LEADING_TAB = /^ *\t/m;
/** A comment in the first column right before an indented line (a value continued after it): an error for the tree. */
const COMMENT_BEFORE_INDENTED = /^#.*\r?\n[ \t]+[^\s#]/m;
/** A text right after a closing quote (`"x"y`): an error for the tree, part of the key for js-yaml. */
const TEXT_AFTER_QUOTE = /(?:^|[\s[{,:-])(?:"(?:[^"\\\n]|\\.)*"|'(?:[^'\n]|'')*')[^\s,\]}:#'"]/m;
/** The tree refuses an implicit key longer than this (js-yaml has no limit). */
const MAX_IMPLICIT_KEY = 1024;

/** Whether `source` is free of the forms where js-yaml's reading and the tree's are known to differ. */
export function fastReadable(source: string): boolean {
  // Too long or nested too deep: the tree's reading refuses it with its message.
  if (frontmatterLimitError(source)) return false;
  const screens = [NODE_PROPERTY, EXPLICIT_INDICATOR, LONE_CARRIAGE_RETURN, DIRECTIVE, INDENTATION_INDICATOR, ESCAPED_BREAK_BEFORE_BLANK, LEADING_TAB, COMMENT_BEFORE_INDENTED, TEXT_AFTER_QUOTE];
  return !screens.some((screen) => screen.test(source)) && !mayHoldLongKey(source);
}

/**
 * Whether a colon may end a key the tree finds too long: it measures from the end of the node before, which after an
 * empty value lies on an earlier line (blank lines between count). Measured here, to be safe, from the start of the
 * last line before that holds more than blanks. One pass (a regular expression for it would backtrack).
 */
function mayHoldLongKey(source: string): boolean {
  let lineStart = 0;
  let previousStart = 0;
  let blank = true;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 0x3a /* : */) {
      if (i - previousStart > MAX_IMPLICIT_KEY) return true;
    } else if (c === 0x0a || c === 0x0d) {
      if (!blank) previousStart = lineStart;
      lineStart = i + 1;
      blank = true;
    } else if (c !== 0x20) {
      blank = false;
    }
  }
  return false;
}

/** The plain data of `source` when js-yaml reads it exactly as the syntax tree would, else undefined. */
export function readYamlData(source: string): { data: Record<string, unknown> } | undefined {
  // Most frontmatters are plain (one-line values): read line by line, without js-yaml's tokens.
  const plain = plainYamlData(source);
  return plain ? { data: plain } : jsYamlData(source);
}

/** js-yaml's reading of `source`, where it is known to give the tree's data, else undefined. */
export function jsYamlData(source: string): { data: Record<string, unknown> } | undefined {
  if (!fastReadable(source)) return undefined;
  let data: unknown;
  try {
    // What js-yaml's `load` does, with the events kept for placing findings: one document, or none read here.
    const documents = constructFromEvents(frontmatterEvents(source), { source });
    if (documents.length !== 1) return undefined;
    data = documents[0];
  } catch {
    return undefined;
  }
  // Only a mapping is a frontmatter; the tree explains anything else (an empty block, a list, a lone value).
  if (!isRecord(data) || !sameAsTree(data)) return undefined;
  return { data };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Keys written `null`, `~`, `Null` or `NULL`: the tree's data has "" for them, js-yaml's the word. */
export const NULL_KEY = /^(?:~|[Nn]ull|NULL)$/;
/** A text that reads as a number in the core schema. */
const NUMBER_LIKE = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$|^0o[0-7]+$|^0x[0-9a-fA-F]+$|^[-+]?\.(?:inf|Inf|INF)$|^\.(?:nan|NaN|NAN)$/;

/** Whether nothing in `value` is one of the few texts where js-yaml's data and the tree's data differ. */
function sameAsTree(value: unknown): boolean {
  if (typeof value === 'string') return !overflowingNumber(value);
  if (typeof value !== 'object' || value === null) return true;
  if (Array.isArray(value)) return value.every(sameAsTree);
  for (const key of Object.keys(value)) {
    // A key like `1` would also change places: JavaScript puts integer keys first.
    if (NULL_KEY.test(key) || looksLikeNumber(key) || !sameAsTree((value as Record<string, unknown>)[key])) return false;
  }
  return true;
}

/**
 * A number beyond the range of doubles (`1e400`): written plainly, the tree has Infinity, js-yaml the text. A quoted
 * one is text for both; it cannot be told apart here, and is rare enough to leave to the tree.
 */
function overflowingNumber(text: string): boolean {
  return looksLikeNumber(text) && !Number.isFinite(Number(text));
}

export function looksLikeNumber(text: string): boolean {
  const first = text.charCodeAt(0);
  // Only a digit, a sign or a dot can start one: the test stays off the regular expression for almost every text.
  return (first <= 0x39 && first >= 0x30) || first === 0x2b || first === 0x2d || first === 0x2e ? NUMBER_LIKE.test(text) : false;
}
