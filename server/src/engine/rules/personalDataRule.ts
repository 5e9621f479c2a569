// Rule 9: no personal contact data in published content. An e-mail address or phone number may only
// stand in a contact entry (`contacts[]`, `agency.contact`) that records its legal basis; anywhere else
// in the frontmatter or in the body it is an error.
import { isMap, isScalar, isSeq, type Node, type Pair } from 'yaml';
import type { Diagnostic } from '../diagnostic';
import type { ParsedDocument } from '../parse/document';
import { keyText, nodeSpan } from '../parse/yamlPath';
import { Codes } from './codes';
import { diagnostic, type Rule } from './context';

// Bounded parts (RFC 5321 limits) keep the scan linear on long runs of letters.
export const EMAIL = /[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}\.[A-Za-z]{2,24}/g;
/** German and international phone numbers: a leading 0 or +, at least eight digits in all. */
export const PHONE = /(?<![\w.,/-])(?:(?:\+\d{1,3}[\s/-]?(?:\(0\))?|0)\d{2,5}(?:[\s/-]?\d){4,}|\(0\d{2,5}\)\s?\d(?:[\s/-]?\d){3,})(?![\w])/g;

function digitCount(text: string): number {
  return text.replace(/\D/g, '').length;
}

/** Matches of personal contact data in a text, as [start, end, type]. */
export function findContactData(text: string): { start: number; end: number; type: 'email' | 'phone'; value: string }[] {
  const found: { start: number; end: number; type: 'email' | 'phone'; value: string }[] = [];
  if (text.includes('@')) for (const match of text.matchAll(EMAIL)) found.push({ start: match.index, end: match.index + match[0].length, type: 'email', value: match[0] });
  for (const match of text.matchAll(PHONE)) {
    if (digitCount(match[0]) < 8 || /^\d{4}-\d{2}(-\d{2})?$/.test(match[0])) continue;
    if (found.some((f) => match.index >= f.start && match.index < f.end)) continue;
    found.push({ start: match.index, end: match.index + match[0].length, type: 'phone', value: match[0] });
  }
  return found.sort((a, b) => a.start - b.start);
}

const CONTACT_FIELDS = new Set(['email', 'phone']);

export const personalDataRule: Rule = {
  name: 'personal-data',
  scope: 'document',
  check(document) {
    const findings: Diagnostic[] = [];
    const block = document.split.block;
    if (document.yaml && block) scanYaml(document, document.yaml.doc.contents as Node | null, [], block.contentStart, findings);
    const bodyText = document.text.slice(document.split.bodyStart);
    for (const hit of findContactData(bodyText)) {
      const span: [number, number] = [document.split.bodyStart + hit.start, document.split.bodyStart + hit.end];
      findings.push(hit.type === 'email'
        ? diagnostic(document, span, 'error', Codes.personalEmail,
          `E-Mail-Adresse im Fließtext („${hit.value}“). Kontaktdaten gehören in einen Eintrag unter „contacts“ mit Rolle, Institution und Rechtsgrundlage; persönliche Adressen von Privatpersonen werden nicht veröffentlicht.`,
          { value: hit.value, type: 'email' })
        : diagnostic(document, span, 'error', Codes.personalPhone,
          `Telefonnummer im Fließtext („${hit.value}“). Telefonnummern gehören nur als Funktionsnummer in einen Eintrag unter „contacts“ mit Rechtsgrundlage.`,
          { value: hit.value, type: 'phone' }));
    }
    return findings;
  },
};

/** A string inside a contact entry's own email/phone field is allowed (the schema demands its legal basis). */
function scanYaml(document: ParsedDocument, node: Node | null, path: string[], offset: number, findings: Diagnostic[]): void {
  if (!node) return;
  if (isScalar(node)) {
    if (typeof node.value !== 'string') return;
    const inContactField = CONTACT_FIELDS.has(path[path.length - 1] ?? '') && isContactPath(path);
    if (inContactField) return;
    const span = nodeSpan(node);
    if (!span) return;
    for (const hit of findContactData(node.value)) {
      const type = hit.type === 'email' ? 'E-Mail-Adresse' : 'Telefonnummer';
      findings.push(diagnostic(document, [span[0] + offset, span[1] + offset], 'error', hit.type === 'email' ? Codes.personalEmail : Codes.personalPhone,
        `${type} außerhalb eines Kontakteintrags („${hit.value}“). Kontaktdaten stehen nur in „contacts“ (oder „agency.contact“) mit Rechtsgrundlage.`,
        { value: hit.value, type: hit.type }));
    }
    return;
  }
  if (isMap(node)) {
    for (const pair of node.items as Pair<Node, Node | null>[]) scanYaml(document, pair.value, [...path, keyText(pair.key) ?? ''], offset, findings);
  } else if (isSeq(node)) {
    for (const item of node.items) scanYaml(document, item as Node, [...path, '[]'], offset, findings);
  }
}

function isContactPath(path: string[]): boolean {
  const parent = path.slice(0, -1);
  return (parent.length === 2 && parent[0] === 'contacts' && parent[1] === '[]') || (parent.length === 2 && parent[0] === 'agency' && parent[1] === 'contact');
}
