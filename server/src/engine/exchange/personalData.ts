// The personal data an incoming question may carry, found in its text: the one place the intake (`frage neu` on
// the command line, „Frage aufnehmen“ in the editor) knows what a personal datum looks like. Besides the e-mail
// addresses and phone numbers the personal-data rule finds (its own detector, disguises included), a name after
// „Herr“/„Frau“ (with titles), in a greeting, after „i. A.“ or in a signature below a closing formula, a birth
// name after „geb.“, a date of birth, a case, customer, passport or residence-permit number introduced by its
// keyword, an IBAN (its checksum verified) and a street address or postcode with town.
//
// Everything is found by its context: „Frau und Mann“, „Herr der Lage“, „am 03.04.2026“, „§ 81 AufenthG“ or a
// run of letters and digits that only looks like an IBAN are not personal data. The text is searched as a reader
// sees it (text/normalize.ts: character references, invisible characters, typographic spaces), and every finding
// is reported with its offsets in the text as written.
import { findContactData } from '../rules/personalDataRule';
import { normalizeText } from '../text/normalize';
import { BUNDESLAENDER } from '../vocabulary/ids';
import type { PersonalDatumKind } from '../vocabulary/labels';

export interface PersonalDatum {
  /** Offsets [start, end) in the text as written. */
  start: number;
  end: number;
  kind: PersonalDatumKind;
}

/** Every personal datum in the text, in order, none overlapping another. */
export function findPersonalData(text: string): PersonalDatum[] {
  const normalized = normalizeText(text);
  const found: PersonalDatum[] = [];
  const add = (kind: PersonalDatumKind, from: number, to: number) => {
    const [start, end] = normalized.original(from, to);
    if (end > start) found.push({ start, end, kind });
  };
  const plain = normalized.text;
  findNames(plain, add);
  findBirthDates(plain, add);
  findNumbers(plain, add);
  findIbans(plain, add);
  findAddresses(plain, add);
  for (const contact of findContactData(text)) found.push({ start: contact.start, end: contact.end, kind: contact.type });
  return mergeAddresses(withoutOverlaps(found), text);
}

type Add = (kind: PersonalDatumKind, from: number, to: number) => void;

// ——— Closing formulas and greetings (also how the e-mail reader, incoming.ts, knows where a signature starts) ———

const LETTER = '\\p{L}\\p{M}';
const NOT_LETTER_AFTER = `(?![${LETTER}])`;
const NOT_LETTER_BEFORE = `(?<![${LETTER}])`;

const CLOSING =
  '(?:(?:vielen\\s+)?dank(?:e)?(?:\\s+und|,)\\s+)?' +
  '(?:(?:mit\\s+)?(?:den\\s+)?(?:freundlich|best|herzlich|kollegial|lieb|viel|schön|sonnig)(?:e[mnrs]?)?\\s+)?' +
  '(?:grü(?:ß|ss)en?|gru(?:ß|ss))' +
  '|mfg|lg|vg|hochachtungsvoll';

/** A line that begins with a closing formula: „Mit freundlichen Grüßen“, „Mit freundlichem Gruß“, „Viele Grüße aus Erfurt“, „MfG“. */
export const CLOSING_FORMULA = new RegExp(`^(?:${CLOSING})${NOT_LETTER_AFTER}`, 'iu');

/** A line that begins with a greeting: „Sehr geehrte …“, „Liebe …“, „Hallo …“, „Guten Tag“, „Moin“. */
export const GREETING = new RegExp(`^(?:sehr\\s+geehrte[rs]?|liebe[rs]?|hallo|hi|moin|servus|guten\\s+(?:tag|morgen|abend))${NOT_LETTER_AFTER}`, 'iu');

// ——— Names ———

/** One word of a name: „Yilmaz“, „Müller-Lüdenscheidt“, „O’Brien“, „McDonald“, „YILMAZ“, an initial „A.“. */
const NAME_WORD =
  `(?:(?:[Aa]l|[Ee]l)-)?(?:\\p{Lu}(?:['’]?\\p{Lu})?[\\p{Ll}\\p{M}]+(?:\\p{Lu}[\\p{Ll}\\p{M}]+)?(?:-\\p{Lu}[\\p{Ll}\\p{M}]+)*|\\p{Lu}{2,}(?:-\\p{Lu}{2,})*|\\p{Lu}\\.)${NOT_LETTER_AFTER}`;
/** Particles that may begin a surname („von Weizsäcker“, „de Maizière“) and those that may stand inside one („von der Heide“). */
const PARTICLE_FIRST = '(?:von|van|de|di|da|dos|del|della|du|ten|ter|ben|bin|ibn|abu)';
const PARTICLE = '(?:von|van|vom|zu|zur|de|der|den|dem|del|della|di|da|dos|du|la|le|ten|ter|ben|bin|ibn|abu|y)';

/** Academic titles before a name: they go with the name into the marker. */
const ACADEMIC_TITLE = /(?:Prof\.|Dr\.|Dipl\.-[\p{L}]+\.?|Mag\.|PD|med\.|jur\.|phil\.|rer\.[ \t]?nat\.|h\.[ \t]?c\.)[ \t]*/uy;
/** Words of office between „Frau“ and a name („Frau Bürgermeisterin Müller“): not a name, left in the text. */
const OFFICE_WORD = /\p{Lu}[\p{Ll}\p{M}]*(?:meister|leiter|rat|rätin|minister|präsident|direktor|sekretär|bearbeiter|beauftragte|anwalt|anwältin|kolleg|dezernent|referent|professor|doktor|pfarrer|vorsitzende|beigeordnete)(?:in|e|er|en|r)?(?![\p{L}\p{M}])[ \t]*/uy;

/** Words of office that are also surnames: „Herr Meister sagt“ names a person, „Frau Bürgermeisterin sagt“ none. */
const SURNAME_OFFICE = /^(?:Meister|Leiter|Rat|Pfarrer|Minister|Direktor|Präsident)[ \t]*$/u;

/** Capitalised words that follow a name in a sentence but are none: „Frau Schulze Bescheid geben“. */
const NOT_NAMES = new Set([
  'Anfang', 'Mitte', 'Ende', 'Bescheid', 'Auskunft', 'Termin', 'Termine', 'Antwort', 'Rückmeldung', 'Bescheinigung', 'Unterlagen',
  'Zeit', 'Recht', 'Dank', 'Bitte', 'Frage', 'Fragen', 'Antrag', 'Post', 'Nachricht', 'Hilfe', 'Unterstützung', 'Geld', 'Zugang',
  'Einblick', 'Akteneinsicht', 'Information', 'Informationen', 'Mail', 'E-Mail', 'Anruf', 'Brief', 'Schreiben', 'Besuch', 'Angst',
  'Sorge', 'Sorgen', 'Gelegenheit', 'Bericht', 'Sie', 'Ihnen', 'Ihr', 'Ihre', 'Ihren', 'Ihrem', 'Ihrer', 'Euch', 'Dir', 'Dich',
  'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag', 'Heute', 'Morgen', 'Gestern',
  'Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember',
]);

/** Words of a greeting or signature that name a group, an office or a place, not a person. */
const NOT_PERSONS = new Set([
  'Damen', 'Herren', 'Kolleginnen', 'Kollegen', 'Team', 'Redaktion', 'Alle', 'Allerseits', 'Leute', 'Zusammen', 'Im', 'Auftrag',
  'Aus', 'Von', 'Der', 'Die', 'Das', 'Und', 'Euer', 'Eure', 'Dein', 'Deine', 'Werkzeugkoffer', 'BAMF', 'Modellbehörden',
  'Modellstandorte', 'Partnerbehörden', 'Servicepoint', 'Service', 'Welcome', 'Center', 'Integration', 'Migration', 'Leitung',
  'Sachbearbeitung', 'Landkreis', 'Stadt', 'Landeshauptstadt', 'Kreis', 'Gruß', 'Grüße', 'Grüßen', 'Danke', 'Dank', ...BUNDESLAENDER,
]);
const OFFICE_ENDING = /(behörde|behörden|amt|ämter|verwaltung|stelle|büro|team|zentrum|dienst|referat|abteilung|bereich|gebiet|gemeinde|ministerium|kreis|stadt|agentur|center|centre|point|gruppe|leitung)$/i;

/** Words before „Frau“/„Herr“ that make it a common noun („eine Frau Anfang 30“, „jeder Herr“). */
const DETERMINER = /(?:^|[^\p{L}\p{M}])(?:ein|eine|einer|einem|einen|keine|keiner|keinem|jede|jeder|jedem|jeden|welche|welcher|manche|diese|dieser|diesem|jene|jener)[ \t]+$/iu;

const SALUTATION = new RegExp(`${NOT_LETTER_BEFORE}(?:Herrn?|Frau|Hr\\.|Fr\\.)(?=[ \\t\\n])`, 'gu');
const SIGNED = new RegExp(`${NOT_LETTER_BEFORE}(?:i\\.[ \\t]?A\\.|i\\.[ \\t]?V\\.|gez\\.|Im[ \\t]+Auftrag)[ \\t]+`, 'gu');
const BIRTH_NAME = new RegExp(`${NOT_LETTER_BEFORE}(?:geb\\.|geborene[r]?)[ \\t]+`, 'gu');
const CLOSING_LINE = new RegExp(`^[ \\t]*(?:${CLOSING})${NOT_LETTER_AFTER}(?:[ \\t]+aus[ \\t]+(?:de[mnr][ \\t]+)?\\p{Lu}[\\p{L}\\p{M}-]*)?[ \\t]*[,.!]?`, 'gimu');
const GREETING_LINE = new RegExp(`^[ \\t]*(?:Sehr[ \\t]+geehrte[rs]?|Liebe[rs]?|Hallo|Hi|Moin|Servus|Guten[ \\t]+(?:Tag|Morgen|Abend))[ \\t]+`, 'gmu');
/** Where a name in a signature or greeting must end: the line, a comma, a dash or a bar. */
const NAME_LINE_END = /[ \t]*(?:[,!|–—-]|\n|$)/y;

function findNames(text: string, add: Add): void {
  // „Herr“, „Frau“, „Hr.“, „Fr.“: titles and words of office skipped, then the name.
  for (const m of text.matchAll(SALUTATION)) {
    if (DETERMINER.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
    let at = m.index + m[0].length;
    at += /^[ \t]*\n?[ \t]*/.exec(text.slice(at, at + 40))![0].length;
    const first = at;
    let start = at;
    for (let moved = true; moved;) {
      moved = false;
      for (const pattern of [OFFICE_WORD, ACADEMIC_TITLE]) {
        pattern.lastIndex = at;
        const skipped = pattern.exec(text);
        if (!skipped || !skipped[0]) continue;
        if (pattern === OFFICE_WORD) start = at + skipped[0].length;
        at += skipped[0].length;
        moved = true;
      }
    }
    const end = nameEnd(text, at, NOT_NAMES);
    if (end !== undefined) add('name', start, end);
    // „Herr Meister“: a word of office that is also a surname, with no name after it, is the name.
    else if (start > first && SURNAME_OFFICE.test(text.slice(first, start))) {
      const own = nameEnd(text, first, NOT_NAMES);
      if (own !== undefined) add('name', first, own);
    }
  }
  // „i. A. Petra Schulze“, „gez. Schulze“: a signature wherever it stands.
  for (const m of text.matchAll(SIGNED)) {
    const at = m.index + m[0].length;
    const end = nameEnd(text, at, NOT_PERSONS, true);
    if (end !== undefined) add('name', at, end);
  }
  // „geb. Meier“: the birth name (a date after „geb.“ is a date of birth, found below).
  for (const m of text.matchAll(BIRTH_NAME)) {
    const at = m.index + m[0].length;
    const end = nameEnd(text, at, NOT_NAMES, false, 1);
    if (end !== undefined) add('name', at, end);
  }
  // A greeting with a name alone on its line („Hallo Petra,“); „Sehr geehrte Frau …“ is a salutation above.
  for (const m of text.matchAll(GREETING_LINE)) {
    const at = m.index + m[0].length;
    if (/^(?:Herrn?|Frau|Hr\.|Fr\.)[ \t]/u.test(text.slice(at, at + 6))) continue;
    const end = nameEnd(text, at, NOT_PERSONS, true);
    if (end !== undefined) add('name', at, end);
  }
  // A signature: the name on the closing formula's line or on the next one, after „i. A.“ if it stands there.
  for (const m of text.matchAll(CLOSING_LINE)) {
    let at = m.index + m[0].length;
    at += /^(?:[ \t]*\n){0,2}[ \t]*/.exec(text.slice(at, at + 80))![0].length;
    const signed = /^(?:i\.[ \t]?A\.|i\.[ \t]?V\.|Im[ \t]+Auftrag)(?:[ \t]*\n)?[ \t]*/u.exec(text.slice(at, at + 40));
    if (signed) at += signed[0].length;
    const title = /^(?:(?:Herrn?|Frau)[ \t]+)?/u.exec(text.slice(at, at + 6))![0];
    const end = nameEnd(text, at + title.length, NOT_PERSONS, true);
    if (end !== undefined) add('name', at + title.length, end);
  }
}

const FIRST_NAME_WORD = new RegExp(`(?:${PARTICLE_FIRST}[ \\t]+(?:${PARTICLE}[ \\t]+)?)?(${NAME_WORD})`, 'uy');
const NEXT_NAME_WORD = new RegExp(`[ \\t]+(?:${PARTICLE}[ \\t]+){0,2}(${NAME_WORD})`, 'uy');

/**
 * The end of the name that begins at `at` (academic titles before it included), or undefined when none does: its
 * words end before the first that is no name (`excluded`; in a greeting or signature also any word of an office);
 * `alone` asks that the line end after the name (or a comma or dash follow); `words` caps the count of name words.
 */
function nameEnd(text: string, at: number, excluded: Set<string>, alone = false, words = 4): number | undefined {
  let from = at;
  for (;;) {
    ACADEMIC_TITLE.lastIndex = from;
    const title = ACADEMIC_TITLE.exec(text);
    if (!title || !title[0]) break;
    from += title[0].length;
  }
  let end: number | undefined;
  let count = 0;
  let pattern = FIRST_NAME_WORD;
  pattern.lastIndex = from;
  for (let part = pattern.exec(text); part && count < words; part = pattern.exec(text)) {
    const name = part[1]!;
    if (excluded.has(name) || (excluded === NOT_PERSONS && (OFFICE_ENDING.test(name) || NOT_NAMES.has(name)))) break;
    end = part.index + part[0].length;
    count++;
    pattern = NEXT_NAME_WORD;
    pattern.lastIndex = end;
  }
  if (end === undefined) return undefined;
  if (alone) {
    NAME_LINE_END.lastIndex = end;
    if (!NAME_LINE_END.test(text)) return undefined;
  }
  return end;
}

// ——— Dates of birth ———

const MONTH = '(?:Januar|Jänner|Februar|Feber|März|Maerz|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Jan|Feb|Mär|Mrz|Apr|Jun|Jul|Aug|Sept|Sep|Okt|Nov|Dez)';
const DATE =
  `(?:\\d{1,2}\\.[ \\t]?${MONTH}\\.?[ \\t]?\\d{4}` +
  `|\\d{1,2}\\.[ \\t]?\\d{1,2}\\.[ \\t]?(?:\\d{4}|\\d{2})(?!\\d)` +
  `|\\d{4}-\\d{2}-\\d{2}` +
  `|\\d{1,2}/\\d{1,2}/(?:\\d{4}|\\d{2})(?!\\d)` +
  `|${MONTH}\\.?[ \\t]+\\d{4}` +
  `|(?:19|20)\\d{2}(?![\\d.])\\b)`;
const BIRTH_DATE = new RegExp(
  `${NOT_LETTER_BEFORE}(?:geb\\.|geboren|Geburtsdatum|Geb\\.-?(?:Datum|Dat\\.)|Geburtstag|date of birth|DOB)` +
  `(?:[ \\t]*:)?(?:[ \\t]+in[ \\t]+\\p{Lu}[\\p{L}\\p{M}-]*)?(?:[ \\t]*,)?(?:[ \\t]+(?:am|den|im))?[ \\t]*(${DATE})`,
  'giu',
);

function findBirthDates(text: string, add: Add): void {
  for (const m of text.matchAll(BIRTH_DATE)) {
    const end = m.index + m[0].length;
    add('birthDate', end - m[1]!.length, end);
  }
}

// ——— Case, customer and document numbers ———

const SEPARATOR = '[ \\t]*(?:[:#][ \\t]*)?(?:(?:Nr|No)\\.?[ \\t]*(?::[ \\t]*)?)?';
const NUMBER_KEYS: [PersonalDatumKind, string, 'reference' | 'document'][] = [
  ['caseNumber', '(?:Az\\.?|AZ\\.?|Aktenz\\.|[Aa]ktenzeichen|Gz\\.?|GZ|[Gg]eschäftszeichen|Gesch\\.-?Z\\.|[Vv]organgsnummer|[Vv]organgs-?[Nn]r\\.?|[Vv]organg[ \\t]+Nr\\.?|[Ff]allnummer|[Ff]all-Nr\\.?|[Aa]ntragsnummer|[Aa]ntrags-Nr\\.?|AZR-Nummer|AZR-Nr\\.?)', 'reference'],
  ['customerNumber', '(?:[Kk]undennummer|[Kk]unden-?[Nn]r\\.?|Kd\\.?-?Nr\\.?|[Kk]unden-ID|[Kk]undenkennung)', 'reference'],
  ['idDocument',
    '(?:[Rr]eisepassnummer|[Rr]eisepass-?Nr\\.?|[Rr]eisepass|[Pp]assnummer|[Pp]ass-?Nr\\.?|[Pp]assnr\\.?|[Pp]assport(?:[ \\t]+(?:No\\.?|[Nn]umber))?' +
    '|[Pp]ersonalausweisnummer|[Pp]ersonalausweis-?Nr\\.?|[Pp]ersonalausweis|[Aa]usweisnummer|[Aa]usweis-?Nr\\.?|[Aa]usweisnr\\.?|PA-Nr\\.?' +
    '|AT-Nummer|AT-Nr\\.?|eAT-(?:Nummer|Nr\\.?|Kartennummer|Seriennummer)|eAT|[Aa]ufenthaltstitelnummer|[Aa]ufenthaltstitel-?Nr\\.?' +
    '|Nummer[ \\t]+des[ \\t]+(?:elektronischen[ \\t]+)?Aufenthaltstitels|[Dd]okumentennummer|(?:Serien|Karten)nummer[ \\t]+des[ \\t]+eAT)',
    'document'],
];
/** A reference: letters and digits in groups (`12-345/2026`, `ABH 12 345`); a blank only before a group with a digit. */
const REFERENCE = /[\p{L}\d]+(?:(?:[-/._]|[ \t](?=\p{L}*\d))[\p{L}\d]+)*/uy;
/** A passport, ID card or residence-permit number: six to twelve letters and digits, at least one digit. */
const DOCUMENT = /(?=[A-Za-z]*\d)[A-Za-z0-9]{6,12}(?![\p{L}\p{M}\d])/uy;
const NUMBER_PATTERNS = NUMBER_KEYS.map(([kind, keys, shape]) => ({
  kind,
  shape,
  pattern: new RegExp(`(?<![\\p{L}\\p{M}\\d-])${keys}(?![\\p{L}\\p{M}])${SEPARATOR}`, 'gu'),
}));

function findNumbers(text: string, add: Add): void {
  for (const { kind, shape, pattern } of NUMBER_PATTERNS) {
    for (const m of text.matchAll(pattern)) {
      const at = m.index + m[0].length;
      const value = shape === 'reference' ? REFERENCE : DOCUMENT;
      value.lastIndex = at;
      const found = value.exec(text);
      // A reference has at least three digits: „Az. 12-345/2026“, not „Vorgang Nr. 2 von 5“.
      if (!found || (shape === 'reference' && (found[0].match(/\d/g)?.length ?? 0) < 3)) continue;
      add(kind, at, at + found[0].length);
    }
  }
}

// ——— IBANs ———

/** The length of an IBAN by its country (the IBAN registry, ISO 13616). */
const IBAN_LENGTH: Record<string, number> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BI: 27, BR: 29, BY: 28, CH: 21, CR: 22, CY: 28, CZ: 24,
  DE: 22, DJ: 27, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18, FK: 18, FO: 18, FR: 27, GB: 22, GE: 22, GI: 23, GL: 18, GR: 27,
  GT: 28, HN: 28, HR: 21, HU: 28, IE: 22, IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30, KW: 30, KZ: 20, LB: 28, LC: 32, LI: 21, LT: 20,
  LU: 20, LV: 21, LY: 25, MC: 27, MD: 24, ME: 22, MK: 19, MN: 20, MR: 27, MT: 31, MU: 30, NI: 28, NL: 18, NO: 15, OM: 23, PK: 24,
  PL: 28, PS: 29, PT: 25, QA: 29, RO: 24, RS: 22, RU: 33, SA: 24, SC: 31, SD: 18, SE: 24, SI: 19, SK: 24, SM: 27, SO: 23, ST: 25,
  SV: 28, TL: 23, TN: 24, TR: 26, UA: 29, VA: 22, VG: 24, XK: 20, YE: 30,
};
const IBAN_START = /(?<![\p{L}\p{M}\d])[A-Z]{2}\d{2}(?=[ \t]?[A-Z0-9])/gu;
const IBAN_KEYWORD = /(?:^|[^\p{L}])IBAN[ \t]*:?[ \t]*$/u;

/** Whether the IBAN (letters and digits only) passes its check digits: moved and read as a number, it is 1 modulo 97. */
export function ibanChecksumValid(iban: string): boolean {
  const moved = iban.slice(4) + iban.slice(0, 4);
  let rest = 0;
  for (const character of moved) {
    const value = character >= 'A' && character <= 'Z' ? character.charCodeAt(0) - 55 : Number(character);
    rest = (value >= 10 ? rest * 100 + value : rest * 10 + value) % 97;
  }
  return rest === 1;
}

function findIbans(text: string, add: Add): void {
  for (const m of text.matchAll(IBAN_START)) {
    // The characters of the candidate, blanks between groups skipped: `ends[k]` is where its k+1 first characters end.
    const ends: number[] = [];
    let compact = '';
    for (let at = m.index; at < text.length && compact.length < 34;) {
      const character = text[at]!;
      if (/[A-Z0-9]/.test(character)) {
        compact += character;
        ends.push(++at);
      } else if ((character === ' ' || character === '\t') && /[A-Z0-9]/.test(text[at + 1] ?? '') && ends.length >= 4) {
        at++;
      } else break;
    }
    const known = IBAN_LENGTH[compact.slice(0, 2)];
    const introduced = IBAN_KEYWORD.test(text.slice(Math.max(0, m.index - 12), m.index));
    // The IBAN ends where a group ends: not inside a run of letters and digits.
    const endsAt = (length: number) => length <= compact.length && !/[A-Za-z0-9]/.test(text[ends[length - 1]!] ?? '');
    let length: number | undefined;
    if (known) {
      if (endsAt(known) && (ibanChecksumValid(compact.slice(0, known)) || introduced)) length = known;
    } else if (introduced) {
      // After „IBAN:“ an IBAN of a country the table does not know: the longest run that ends a group.
      for (let n = compact.length; n >= 15 && length === undefined; n--) if (endsAt(n)) length = n;
    }
    if (length !== undefined) add('iban', m.index, ends[length - 1]!);
  }
}

// ——— Street addresses ———

const STREET_ENDING = /(?:straße|strasse|str\.|weg|platz|allee|gasse|ring|damm|ufer|chaussee|steig|stieg|pfad|promenade)$/i;
/** Compounds that end like a street and are none: „Arbeitsplatz 3“, „Bildungsweg 2“. */
const NOT_STREETS = /(?:arbeits|park|stell|sitz|ausbildungs|studien|kita|krippen|warte|praktikums|lehr|dienst|rechts|lösungs|bildungs|verwaltungs|amts|instanzen|zuwanderungs|förder|beratungs|behörden|schul|spiel|sport|bahn|flug|last|rettungs|informations|kommunikations|beschwerde|antrags|melde)(?:platz|weg|ring)$/i;
const STREET_WORDS = '(?:Straße|Strasse|Str\\.|Weg|Platz|Allee|Gasse|Ring|Damm|Ufer|Chaussee|Markt|Steig|Pfad|Promenade)';
const HOUSE_NUMBER = '[ \\t]+\\d{1,3}(?:[ \\t]?[a-zA-Z](?![\\p{L}\\p{M}]))?(?:[ \\t]?[-–/][ \\t]?\\d{1,3}[a-zA-Z]?)?(?![\\p{L}\\p{M}\\d]|[.,]\\d)';
/**
 * „Hauptstraße 12a“, „Karl-Marx-Str. 5“ (one word ending like a street, group 2) or „Berliner Straße 12“, „Alte
 * Gasse 3“, „Am Markt 5“ (an adjective or „Am“ before the street's word, group 1), then the house number.
 */
const STREET = new RegExp(
  `(?<![\\p{L}\\p{M}\\d-])(?:((?:Am[ \\t]+)?(?:\\p{Lu}[\\p{Ll}\\p{M}]*(?:e|er|en|es)[ \\t]+){1,2}|Am[ \\t]+)${STREET_WORDS}` +
  `|(\\p{Lu}[\\p{L}\\p{M}]*(?:-\\p{L}[\\p{L}\\p{M}]*)*(?:\\.(?=[ \\t]))?))${HOUSE_NUMBER}`,
  'gu',
);
/** Words that may stand before a street's name in a sentence and belong to none: „Die Berliner Straße 12“. */
const NOT_STREET_PREFIX = new Set(['Die', 'Eine', 'Jede', 'Diese', 'Unsere', 'Ihre', 'Seine', 'Keine', 'Welche', 'Jene', 'Alle', 'Beide', 'Viele', 'Einige', 'Manche', 'Andere', 'Nächste', 'Erste', 'Letzte', 'Gleiche', 'Selbe']);
/** „10623 Berlin“, „06108 Halle (Saale)“, „60311 Frankfurt am Main“, „D-99423 Weimar“. */
const POSTCODE_TOWN = new RegExp(
  `(?<![\\p{L}\\p{M}\\d.,/-])(?:D-)?(\\d{5})(?![\\d.,])[ \\t]+(\\p{Lu}[\\p{Ll}\\p{M}]+(?:-\\p{Lu}[\\p{Ll}\\p{M}]+)*)` +
  `(?:[ \\t]+(?:am|an[ \\t]+der|im|in|ob[ \\t]+der|bei|a\\.[ \\t]?d\\.)[ \\t]+\\p{Lu}[\\p{L}\\p{M}]+|[ \\t]+\\(\\p{Lu}[\\p{L}\\p{M}]*\\))?${NOT_LETTER_AFTER}`,
  'gu',
);
/** Words after five digits that count something („20000 Einwohner“, „15000 Euro“): no town. */
const COUNTED = new Set([
  'Euro', 'Einwohner', 'Menschen', 'Personen', 'Kunden', 'Fälle', 'Fällen', 'Anträge', 'Anträgen', 'Vorgänge', 'Vorgängen', 'Mitarbeiter',
  'Beschäftigte', 'Beschäftigten', 'Ausländer', 'Zuwanderer', 'Geflüchtete', 'Geflüchteten', 'Termine', 'Terminen', 'Besucher', 'Besuche',
  'Stunden', 'Minuten', 'Tage', 'Tagen', 'Seiten', 'Zeichen', 'Exemplare', 'Bescheide', 'Titel', 'Aufenthaltstitel', 'Schüler', 'Studierende',
  'Plätze', 'Stück', 'Kontakte', 'Anrufe', 'Mails', 'Briefe', 'Akten', 'Dollar', 'Franken', 'Einbürgerungen',
]);

function findAddresses(text: string, add: Add): void {
  for (const m of text.matchAll(STREET)) {
    let start = m.index;
    if (m[1] !== undefined) {
      // A word of the sentence before the street's name is left out; with it, no adjective may remain.
      const first = /^\p{Lu}[\p{L}\p{M}]*/u.exec(m[1])![0];
      if (NOT_STREET_PREFIX.has(first)) {
        const rest = m[1].slice(first.length).trimStart();
        if (!rest) continue;
        start = m.index + m[0].indexOf(rest);
      }
    } else {
      const word = m[2]!;
      const ending = STREET_ENDING.exec(word);
      if (!ending || ending[0].length >= word.replace(/^.*-/, '').length && !word.includes('-') || NOT_STREETS.test(word.replace(/\.$/, ''))) continue;
    }
    add('address', start, m.index + m[0].length);
  }
  for (const m of text.matchAll(POSTCODE_TOWN)) {
    const town = m[2]!;
    if (m[1]!.startsWith('00') || COUNTED.has(town) || /(?:innen|ende|ungen)$/.test(town)) continue;
    add('address', m.index, m.index + m[0].length);
  }
}

// ——— Putting the findings together ———

/** Which kind wins where two findings overlap: the one found by the narrower context. */
const PRIORITY: PersonalDatumKind[] = ['iban', 'idDocument', 'caseNumber', 'customerNumber', 'birthDate', 'email', 'address', 'name', 'phone'];

/** Where findings overlap, the one of the kind that ranks first (then the longer one) stays; one pass over them in order. */
function withoutOverlaps(found: PersonalDatum[]): PersonalDatum[] {
  const rank = (d: PersonalDatum) => PRIORITY.indexOf(d.kind);
  const wins = (a: PersonalDatum, b: PersonalDatum) => rank(a) - rank(b) || (b.end - b.start) - (a.end - a.start) || a.start - b.start;
  const kept: PersonalDatum[] = [];
  for (const datum of [...found].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = kept[kept.length - 1];
    if (!last || last.end <= datum.start) kept.push(datum);
    else if (wins(datum, last) < 0) kept[kept.length - 1] = datum;
  }
  return kept;
}

/** A street and its postcode and town („Hauptstraße 12, 10623 Berlin“, also over a line break) are one address. */
function mergeAddresses(found: PersonalDatum[], text: string): PersonalDatum[] {
  const merged: PersonalDatum[] = [];
  for (const datum of found) {
    const last = merged[merged.length - 1];
    if (last && last.kind === 'address' && datum.kind === 'address' && /^[ \t]*,?[ \t]*\n?[ \t]*$/.test(text.slice(last.end, datum.start))) {
      last.end = datum.end;
    } else merged.push({ ...datum });
  }
  return merged;
}
