// Rule 9: no personal contact data in published content. An e-mail address or phone number may only
// stand in a contact entry (`contacts[]`, `agency.contact`, `answered_by.contact`) that records its legal basis; anywhere else
// in the frontmatter or in the body it is an error, also when it is disguised (character references, URL
// encoding, compatibility forms, invisible characters, `[at]` and `(punkt)`). A contact entry whose legal
// basis is `funktionspostfach` must look like one: no freemail address, no person's name before the `@`,
// no mobile number.
import { Scalar, YAMLMap, YAMLSeq, type Node } from 'yaml';
import type { Diagnostic } from '../diagnostic';
import type { ParsedDocument } from '../parse/document';
import { readDuplicateKeysOnly, type OutlineNode } from '../parse/duplicateKeys';
import { keyText, nodeSpan, pairsOf } from '../parse/yamlPath';
import { mayChange, normalizeText, type Disguise } from '../text/normalize';
import { Codes } from './codes';
import { diagnostic, type Rule } from './context';
import { findEmails, mayHoldEmail } from './personalData/email';
import { freemailDomain, germanMobilePrefix, looksLikePersonName } from './personalData/functionContact';
import { findPhones, mayHoldPhone } from './personalData/phone';

export interface ContactData {
  /** Offsets in the text as written. */
  start: number;
  end: number;
  type: 'email' | 'phone';
  /** The address or number as it is meant (`anna@web.de` for `anna&#64;web.de`). */
  value: string;
  /** How it was disguised, as German phrases for the message; empty when written plainly. */
  disguises: string[];
}

const DISGUISE_NAMES: Record<Disguise | 'spelledOut', string> = {
  reference: 'HTML-Zeichenreferenzen',
  percent: 'URL-Kodierung',
  escape: 'Markdown-Maskierung',
  compatibility: 'Unicode-Sonderformen (etwa Vollbreitenzeichen)',
  invisible: 'unsichtbare Zeichen',
  spelledOut: 'Umschreibung von „@“ oder „.“',
};

/** E-mail addresses and phone numbers in a text, disguised or not, in order, with their offsets in the text as written. */
export function findContactData(text: string): ContactData[] {
  // Most short texts (a plan's statuses, dates and ids) show neither an at-sign nor enough digits, and nothing that
  // normalising would turn into one: that is told without normalising and scanning.
  if (!mayHoldEmail(text) && !mayHoldPhone(text) && !mayChange(text)) return [];
  const normalized = normalizeText(text);
  const emails = findEmails(normalized.text);
  const contact = (type: ContactData['type'], from: number, to: number, value: string, spelledOut: boolean): ContactData => {
    const [start, end] = normalized.original(from, to);
    return { start, end, type, value, disguises: disguiseNames(normalized.disguisesIn(from, to), spelledOut) };
  };
  const found = emails.map((email) => contact('email', email.start, email.end, email.address, email.spelledOut));
  let next = 0;
  for (const phone of findPhones(normalized.text)) {
    // Both lists are in order: skip the addresses that end before this number, then drop a number inside one.
    while (next < emails.length && emails[next]!.end <= phone.start) next++;
    if (next < emails.length && emails[next]!.start < phone.end) continue;
    found.push(contact('phone', phone.start, phone.end, phone.number, false));
  }
  return found.sort((a, b) => a.start - b.start);
}

function disguiseNames(disguises: Disguise[], spelledOut: boolean): string[] {
  return [...disguises, ...(spelledOut ? ['spelledOut' as const] : [])].map((kind) => DISGUISE_NAMES[kind]);
}

/** `„anna@web.de“` or `„anna@web.de“, verschleiert durch URL-Kodierung und unsichtbare Zeichen`. */
function quoted(hit: ContactData): string {
  if (!hit.disguises.length) return `„${hit.value}“`;
  const names = hit.disguises.length === 1 ? hit.disguises[0]! : `${hit.disguises.slice(0, -1).join(', ')} und ${hit.disguises[hit.disguises.length - 1]!}`;
  return `„${hit.value}“, verschleiert durch ${names}`;
}

const CONTACT_FIELDS = new Set(['email', 'phone']);

export const personalDataRule: Rule = {
  name: 'personal-data',
  scope: 'document',
  check(document) {
    const findings: Diagnostic[] = [];
    const block = document.split.block;
    // The tree is built only when the data shows something to report: most documents have nothing in their frontmatter.
    if (block && mayHoldFindingsIn(document, block)) {
      scanYaml(document, (document.yaml!.doc.contents as Node | null) ?? null, [], block.contentStart, findings);
    }
    const bodyText = document.text.slice(document.split.bodyStart);
    for (const hit of findContactData(bodyText)) {
      const span: [number, number] = [document.split.bodyStart + hit.start, document.split.bodyStart + hit.end];
      findings.push(hit.type === 'email'
        ? diagnostic(document, span, 'error', Codes.personalEmail,
          `E-Mail-Adresse im Fließtext (${quoted(hit)}). Kontaktdaten gehören in einen Eintrag unter „contacts“ mit Rolle, Institution und Rechtsgrundlage; persönliche Adressen von Privatpersonen werden nicht veröffentlicht.`,
          { value: hit.value, type: 'email' })
        : diagnostic(document, span, 'error', Codes.personalPhone,
          `Telefonnummer im Fließtext (${quoted(hit)}). Telefonnummern gehören nur als Funktionsnummer in einen Eintrag unter „contacts“ mit Rechtsgrundlage.`,
          { value: hit.value, type: 'phone' }));
    }
    return findings;
  },
};

/** A string inside a contact entry's own email/phone field is allowed (the schema demands its legal basis). */
function scanYaml(document: ParsedDocument, node: Node | null, path: string[], offset: number, findings: Diagnostic[]): void {
  if (!node) return;
  if (node instanceof Scalar) {
    if (typeof node.value !== 'string') return;
    const inContactField = CONTACT_FIELDS.has(path[path.length - 1] ?? '') && isContactEntry(path.slice(0, -1));
    if (inContactField) return;
    const span = nodeSpan(node);
    if (!span) return;
    const source: [number, number] = [span[0] + offset, span[1] + offset];
    for (const hit of findContactData(node.value)) {
      const type = hit.type === 'email' ? 'E-Mail-Adresse' : 'Telefonnummer';
      // The finding covers the whole value (the quick fix cuts the address out of it); it can only find a
      // disguised address in the source by its position, so it gets no value to look for.
      const verbatim = document.text.slice(source[0], source[1]).includes(hit.value);
      findings.push(diagnostic(document, source, 'error', hit.type === 'email' ? Codes.personalEmail : Codes.personalPhone,
        `${type} außerhalb eines Kontakteintrags (${quoted(hit)}). Kontaktdaten stehen nur in „contacts“ (oder „agency.contact“) mit Rechtsgrundlage.`,
        verbatim ? { value: hit.value, type: hit.type } : { type: hit.type }));
    }
    return;
  }
  if (node instanceof YAMLMap) {
    if (isContactEntry(path)) checkFunctionContact(document, node, offset, findings);
    for (const pair of pairsOf(node)) scanYaml(document, pair.value as Node | null, [...path, keyText(pair.key) ?? ''], offset, findings);
  } else if (node instanceof YAMLSeq) {
    for (const item of node.items) scanYaml(document, item as Node, [...path, '[]'], offset, findings);
  }
}

/** What `mayHoldFindings` needs of a frontmatter: its plain data, or the events' outline of one with duplicate keys. */
interface ValueWalk<N> {
  text(node: N): string | undefined;
  items(node: N): N[] | undefined;
  /** Whether `visit` holds for an entry of a mapping (false for anything else); stops at the first. */
  someEntry(node: N, visit: (key: string, value: N) => boolean): boolean;
  /** The value the tree's check of a contact entry reads under `key` (the last entry of it). */
  field(node: N, key: string): N | undefined;
}

const DATA_WALK: ValueWalk<unknown> = {
  text: (value) => (typeof value === 'string' ? value : undefined),
  items: (value) => (Array.isArray(value) ? value : undefined),
  someEntry: (value, visit) => {
    if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
    const record = value as Record<string, unknown>;
    for (const key in record) {
      if (Object.hasOwn(record, key) && visit(key, record[key])) return true;
    }
    return false;
  },
  field: (value, key) => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>)[key] : undefined),
};

const OUTLINE_WALK: ValueWalk<OutlineNode> = {
  text: (node) => (node.type === 'scalar' ? node.text : undefined),
  items: (node) => (node.type === 'seq' ? node.items : undefined),
  someEntry: (node, visit) => node.type === 'map' && node.entries.some((entry) => visit(entry.key, entry.value)),
  field: (node, key) => {
    let value: OutlineNode | undefined;
    if (node.type === 'map') for (const entry of node.entries) if (entry.key === key) value = entry.value;
    return value;
  },
};

/**
 * Whether `scanYaml` would find anything in the frontmatter: contact data outside a contact field, or a function
 * mailbox to check. Read from its data, or from the events' outline when its only fault is a duplicate key.
 */
function mayHoldFindingsIn(document: ParsedDocument, block: { source: string }): boolean {
  if (document.yamlClean) return mayHoldFindings(document.data, DATA_WALK);
  if (!document.yamlDuplicateKeys) return true;
  const reading = readDuplicateKeysOnly(block.source);
  return !reading || mayHoldFindings<OutlineNode>(reading.root, OUTLINE_WALK);
}

function mayHoldFindings<N>(root: N, walk: ValueWalk<N>): boolean {
  // A plan repeats its words (statuses, owners, dates) thousands of times: each distinct text is searched once.
  const verdicts = new Map<string, boolean>();
  const holdsContactData = (text: string): boolean => {
    let verdict = verdicts.get(text);
    if (verdict === undefined) verdicts.set(text, (verdict = findContactData(text).length > 0));
    return verdict;
  };
  const visit = (node: N, place: ContactPlace): boolean => {
    const text = walk.text(node);
    if (text !== undefined) return place !== CONTACT_FIELD && holdsContactData(text);
    const items = walk.items(node);
    if (items) {
      const itemPlace = placeBelow(place, '[]');
      return items.some((item) => visit(item, itemPlace));
    }
    if (typeof place === 'string' && CONTACT_ENTRIES.has(place)) {
      const basis = walk.field(node, 'legal_basis');
      if (basis !== undefined && walk.text(basis) === 'funktionspostfach') return true;
    }
    return walk.someEntry(node, (key, value) => visit(value, placeBelow(place, key)));
  };
  return visit(root, '');
}

/** The places the schemas hold a contact entry (common `contact` def): `contacts[]`, a plan's `agency.contact`, a question's `answered_by.contact`. */
const CONTACT_ENTRIES_LIST = ['contacts/[]', 'agency/contact', 'answered_by/contact'];
const CONTACT_ENTRIES = new Set(CONTACT_ENTRIES_LIST);

/**
 * Where a value stands, as far as the contact rules tell places apart: the path on the way to a contact entry or
 * of one (`contacts`, `contacts/[]`), a contact entry's email or phone field, or anywhere else (no path kept, so
 * that the values of a plan's many measures cost no path each).
 */
type ContactPlace = string | typeof CONTACT_FIELD | undefined;
const CONTACT_FIELD = Symbol('contact field');
const ON_THE_WAY = new Set(CONTACT_ENTRIES_LIST.map((entry) => entry.split('/')[0]!));

/** The place one key (or `[]`, an item) below `place`; a key is never split, so `contacts/[]` as one key leads nowhere. */
function placeBelow(place: ContactPlace, segment: string): ContactPlace {
  if (typeof place !== 'string') return undefined;
  if (place === '') return ON_THE_WAY.has(segment) ? segment : undefined;
  if (ON_THE_WAY.has(place)) {
    const entry = `${place}/${segment}`;
    return CONTACT_ENTRIES.has(entry) ? entry : undefined;
  }
  // What is left is a contact entry (no other path is kept): below it, its email and phone fields.
  return CONTACT_FIELDS.has(segment) ? CONTACT_FIELD : undefined;
}

function isContactEntry(path: string[]): boolean {
  return path.length === 2 && CONTACT_ENTRIES.has(path.join('/'));
}

/** A contact published as `funktionspostfach` must be the institution's: its e-mail and phone are checked for the shape of one. */
function checkFunctionContact(document: ParsedDocument, entry: YAMLMap, offset: number, findings: Diagnostic[]): void {
  const fields = new Map(pairsOf(entry).map((pair) => [keyText(pair.key), pair.value as Node | null]));
  const basis = fields.get('legal_basis');
  if (!(basis instanceof Scalar) || basis.value !== 'funktionspostfach') return;
  const email = stringField(fields.get('email'), offset);
  if (email) {
    const address = normalizeText(email.value).text.trim();
    const at = address.lastIndexOf('@');
    const freemail = at > 0 ? freemailDomain(address.slice(at + 1)) : undefined;
    if (freemail) {
      findings.push(diagnostic(document, email.span, 'error', Codes.functionMailboxFreemail,
        `„${address}“ liegt bei einem Freemail-Anbieter (${freemail}) und ist damit kein Funktionspostfach. Ein Funktionspostfach gehört zur Domain der Institution und ist nach einer Aufgabe benannt, etwa „integration@landkreis-beispielhausen.de“; ein privates Postfach wird nicht als Funktionspostfach veröffentlicht.`,
        { value: address }));
    }
    if (at > 0 && looksLikePersonName(address.slice(0, at))) {
      findings.push(diagnostic(document, email.span, 'warning', Codes.functionMailboxPersonName,
        `Vor dem „@“ steht „${address.slice(0, at)}“: Das sieht aus wie Vor- und Nachname einer Person. Ein Funktionspostfach ist nach einer Aufgabe oder Stelle benannt, etwa „info@“, „integration@“ oder „auslaenderbehoerde@“; gehört die Adresse einer Person, passt die Rechtsgrundlage „funktionspostfach“ nicht.`,
        { value: address }));
    }
  }
  const phone = stringField(fields.get('phone'), offset);
  if (phone) {
    const number = normalizeText(phone.value).text.trim();
    const mobile = germanMobilePrefix(number);
    if (mobile) {
      findings.push(diagnostic(document, phone.span, 'error', Codes.functionNumberMobile,
        `„${number}“ ist eine Mobilfunknummer (Vorwahl ${mobile}) und damit keine Funktionsnummer. Eine Funktionsnummer ist die Zentrale oder die Durchwahl einer Stelle im Festnetz der Institution; eine Mobilnummer gehört meist einer Person.`,
        { value: number }));
    }
  }
}

function stringField(node: Node | null | undefined, offset: number): { value: string; span: [number, number] } | undefined {
  if (!(node instanceof Scalar) || typeof node.value !== 'string') return undefined;
  const span = nodeSpan(node);
  return span ? { value: node.value, span: [span[0] + offset, span[1] + offset] } : undefined;
}
