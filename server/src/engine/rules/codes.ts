import type { Severity } from '../diagnostic';

// The stable diagnostic codes of the engine. A code never changes meaning; CI configurations and
// SARIF consumers may rely on them. Grouped by rule family (see README, "Regeln").
export const Codes = {
  frontmatterMissing: 'WK101',
  frontmatterNotAtTop: 'WK102',
  frontmatterUnclosed: 'WK103',
  unreadable: 'WK104',
  tooLarge: 'WK105',
  bodyTooComplex: 'WK106',

  yamlSyntax: 'WK201',
  yamlDuplicateKey: 'WK202',
  yamlLimit: 'WK203',
  yamlNotMapping: 'WK204',

  kindMissing: 'WK301',
  kindUnknown: 'WK302',

  schemaType: 'WK401',
  schemaEnum: 'WK402',
  schemaUnknownKey: 'WK403',
  schemaRequired: 'WK404',
  schemaFormat: 'WK405',
  schemaBounds: 'WK406',
  schemaUnique: 'WK407',
  schemaOther: 'WK408',

  idDuplicate: 'WK501',
  idFileName: 'WK502',
  criterionDuplicate: 'WK503',

  refUnresolved: 'WK601',
  refWrongKind: 'WK602',
  requiresCycle: 'WK603',
  relatedNotMutual: 'WK604',

  sectionMissing: 'WK701',
  sectionOrder: 'WK702',
  sectionEmpty: 'WK703',
  sectionFormat: 'WK704',

  linkTargetMissing: 'WK801',
  linkAnchorMissing: 'WK802',
  linkOutsideToolbox: 'WK803',

  personalEmail: 'WK901',
  personalPhone: 'WK902',
  functionMailboxFreemail: 'WK903',
  functionMailboxPersonName: 'WK904',
  functionNumberMobile: 'WK905',

  criterionUnaddressed: 'WK1001',
  measureDates: 'WK1005',
  measureBeforePrerequisite: 'WK1006',
  prerequisiteNotPlanned: 'WK1007',
  criterionNotAssessed: 'WK1008',
  templatePrompt: 'WK1009',
} as const;

export type Code = (typeof Codes)[keyof typeof Codes];

/** A short German description of each code, for SARIF rule metadata and the README's table. */
export const codeDescriptions: Record<Code | 'WK000', string> = {
  WK000: 'Interner Fehler einer Regel',
  WK101: 'Kopfbereich (Frontmatter) fehlt',
  WK102: 'Kopfbereich steht nicht am Anfang',
  WK103: 'Kopfbereich nicht geschlossen',
  WK104: 'Datei nicht lesbar (keine reguläre Datei, Link aus dem Werkzeugkoffer, binär, kein UTF-8, keine Berechtigung)',
  WK105: 'Datei größer als 1 MB',
  WK106: 'Textteil zu aufwendig für die Markdown-Auswertung (Verschachtelung, Klammern und Marken in einem Absatz)',
  WK201: 'YAML-Syntaxfehler',
  WK202: 'Doppelter Schlüssel',
  WK203: 'YAML-Grenze überschritten (Aliase, Verschachtelung, Länge des Kopfbereichs)',
  WK204: 'Kopfbereich ist keine Zuordnung',
  WK301: 'Dokumentart (kind) fehlt',
  WK302: 'Unbekannte Dokumentart',
  WK401: 'Falscher Typ',
  WK402: 'Wert nicht erlaubt',
  WK403: 'Unbekanntes Feld',
  WK404: 'Pflichtfeld fehlt',
  WK405: 'Falsches Format',
  WK406: 'Grenze verletzt (Länge, Anzahl, Zahlenbereich)',
  WK407: 'Doppelter Listeneintrag',
  WK408: 'Sonstige Schemaverletzung',
  WK501: 'Kennung nicht eindeutig',
  WK502: 'Kennung weicht vom Dateinamen ab',
  WK503: 'Kennung eines Kriteriums nicht eindeutig',
  WK601: 'Verweis ins Leere',
  WK602: 'Verweis auf die falsche Dokumentart',
  WK603: 'Zirkuläre Voraussetzung',
  WK604: 'Verwandtschaft nicht gegenseitig',
  WK701: 'Pflichtabschnitt fehlt',
  WK702: 'Abschnitt an falscher Stelle',
  WK703: 'Abschnitt leer',
  WK704: 'Abschnitt nicht als nummerierte Liste',
  WK801: 'Linkziel fehlt',
  WK802: 'Anker fehlt',
  WK803: 'Link aus dem Werkzeugkoffer hinaus',
  WK901: 'E-Mail-Adresse außerhalb eines Kontakteintrags',
  WK902: 'Telefonnummer außerhalb eines Kontakteintrags',
  WK903: 'Funktionspostfach bei einem Freemail-Anbieter',
  WK904: 'Funktionspostfach, das nach einer Person benannt zu sein scheint',
  WK905: 'Mobilfunknummer als Funktionsnummer',
  WK1001: 'Kriterium von keinem Instrument adressiert',
  WK1005: 'Ende einer Maßnahme vor ihrem Start',
  WK1006: 'Maßnahme beginnt vor ihrer Voraussetzung',
  WK1007: 'Voraussetzung nicht im Plan',
  WK1008: 'Kriterium nicht bewertet',
  WK1009: 'Vorgabe der Planvorlage nicht ausgefüllt',
};

/**
 * The severity each code is reported with (the SARIF rules' default level). A YAML warning of the parser (WK201)
 * is the one finding reported below its code's severity; `codes.test.ts` holds the rules to this table.
 */
export const codeSeverity: Record<Code | 'WK000', Severity> = {
  WK000: 'error',
  WK101: 'error',
  WK102: 'error',
  WK103: 'error',
  WK104: 'error',
  WK105: 'error',
  WK106: 'error',
  WK201: 'error',
  WK202: 'error',
  WK203: 'error',
  WK204: 'error',
  WK301: 'error',
  WK302: 'error',
  WK401: 'error',
  WK402: 'error',
  WK403: 'error',
  WK404: 'error',
  WK405: 'error',
  WK406: 'error',
  WK407: 'error',
  WK408: 'error',
  WK501: 'error',
  WK502: 'warning',
  WK503: 'error',
  WK601: 'error',
  WK602: 'error',
  WK603: 'error',
  WK604: 'warning',
  WK701: 'error',
  WK702: 'warning',
  WK703: 'error',
  WK704: 'warning',
  WK801: 'error',
  WK802: 'error',
  WK803: 'error',
  WK901: 'error',
  WK902: 'error',
  WK903: 'error',
  WK904: 'warning',
  WK905: 'error',
  WK1001: 'error',
  WK1005: 'error',
  WK1006: 'warning',
  WK1007: 'info',
  WK1008: 'info',
  WK1009: 'info',
};

/** What each family of codes checks, and how to fix a finding: the help text of the SARIF rules. */
export const codeFamilyHelp: { family: string; help: string }[] = [
  { family: 'WK0', help: 'Eine Regel ist selbst gescheitert. Bitte die Meldung mit der Datei an die Pflege des Werkzeugkoffers geben.' },
  { family: 'WK1', help: 'Jede Datei ist UTF-8-Markdown von höchstens 1 MB, eine reguläre Datei im Werkzeugkoffer, und beginnt mit einem Kopfbereich zwischen zwei Zeilen „---“; ihr Textteil ist nicht so tief verschachtelt oder so dicht an Klammern und Markierungen, dass er sich nicht in vertretbarer Zeit lesen lässt.' },
  { family: 'WK2', help: 'Der Kopfbereich ist gültiges YAML: jeder Schlüssel einmal, keine Alias-Bomben, nicht zu tief verschachtelt, auf oberster Ebene eine Zuordnung „schlüssel: wert“.' },
  { family: 'WK3', help: 'Das Feld „kind“ nennt die Dokumentart (instrument, eckpunkt, case, site, plan, page); sie bestimmt das Schema der Datei.' },
  { family: 'WK4', help: 'Die Felder des Kopfbereichs folgen dem JSON-Schema der Dokumentart (schemas/): Typ, erlaubte Werte, Pflichtfelder, Formate, Grenzen; unbekannte Felder sind nicht erlaubt.' },
  { family: 'WK5', help: 'Jede Kennung („id“) ist im Werkzeugkoffer eindeutig und gleich dem Dateinamen ohne „.md“; Kriterien-Kennungen sind ebenfalls eindeutig.' },
  { family: 'WK6', help: 'Verweise im Kopfbereich nennen vorhandene Dokumente der richtigen Art; Voraussetzungen bilden keinen Kreis, und „related“ gilt in beide Richtungen.' },
  { family: 'WK7', help: 'Der Textteil hat die Pflichtabschnitte seiner Dokumentart, in der vorgesehenen Reihenfolge und nicht leer.' },
  { family: 'WK8', help: 'Relative Links und Anker („#abschnitt“) zeigen auf vorhandene Dateien und Überschriften im Werkzeugkoffer; was außerhalb liegt, wird nicht veröffentlicht.' },
  { family: 'WK9', help: 'Keine personenbezogenen Kontaktdaten: E-Mail-Adressen und Telefonnummern nur in einem Kontakteintrag mit Rechtsgrundlage; ein Funktionspostfach ist keine Freemail-Adresse, keine Mobilnummer und trägt keinen Personennamen.' },
  { family: 'WK10', help: 'Fachliche Regeln: Jedes Kriterium der Checkliste wird von einem Instrument adressiert; die Maßnahmen eines Plans sind zeitlich stimmig und bauen auf geplanten Voraussetzungen auf; die Vorgaben der Planvorlage werden durch eigenen Text ersetzt.' },
];

/** The help text of a code's family. */
export function codeHelp(code: string): string {
  const family = code.length >= 6 ? code.slice(0, 4) : code.slice(0, 3);
  return codeFamilyHelp.find((f) => f.family === family)?.help ?? '';
}
