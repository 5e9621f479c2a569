// Reads the Markdown body once and keeps what rules and features need: headings with their anchors, sections,
// and link targets, all with offsets into the whole document: plain Markdown line by line (plainBody.ts),
// everything else from micromark's events (markdownEvents.ts). The handbook renders from a tree of its own
// (render/markdown.ts).
import type { ParsedBody } from './body';
import { markdownBudget } from './markdownBudget';
import { bodyFromEvents } from './markdownEvents';
import { plainBody } from './plainBody';

export type { HeadingInfo, LinkInfo, ParsedBody, SectionInfo } from './body';

/**
 * Reads the body once: plain Markdown line by line, any other from micromark's event stream (the tokens
 * remark-parse builds its tree from; building an mdast tree that nobody keeps costs about half of the parse).
 * Both readings give what the handbook's tree gives; tests hold them to it over the CommonMark examples, the real
 * toolbox and generated documents (engine/testing/treeReading.ts is their reference).
 */
export function parseBody(text: string, bodyStart: number): ParsedBody {
  const plain = plainBody(text, bodyStart);
  if (plain) return plain;
  // micromark's reading of a body over the budget would take seconds to minutes (WK106 says so instead).
  const unread = markdownBudget(text, bodyStart);
  if (unread) return { headings: [], sections: [], links: [], unread };
  return bodyFromEvents(text, bodyStart);
}
