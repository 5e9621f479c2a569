// The stable diagnostic codes of the engine. A code never changes meaning; CI configurations and
// SARIF consumers may rely on them. Grouped by rule family (see README, "Regeln").
export const Codes = {
  frontmatterMissing: 'WK101',
  frontmatterNotAtTop: 'WK102',
  frontmatterUnclosed: 'WK103',
  unreadable: 'WK104',
  tooLarge: 'WK105',

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

  personalEmail: 'WK901',
  personalPhone: 'WK902',

  criterionUnaddressed: 'WK1001',
  measureDates: 'WK1005',
  measureBeforePrerequisite: 'WK1006',
  prerequisiteNotPlanned: 'WK1007',
  criterionNotAssessed: 'WK1008',
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
  WK201: 'YAML-Syntaxfehler',
  WK202: 'Doppelter Schlüssel',
  WK203: 'YAML-Grenze überschritten (Aliase, Verschachtelung)',
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
  WK901: 'E-Mail-Adresse außerhalb eines Kontakteintrags',
  WK902: 'Telefonnummer außerhalb eines Kontakteintrags',
  WK1001: 'Kriterium von keinem Instrument adressiert',
  WK1005: 'Ende einer Maßnahme vor ihrem Start',
  WK1006: 'Maßnahme beginnt vor ihrer Voraussetzung',
  WK1007: 'Voraussetzung nicht im Plan',
  WK1008: 'Kriterium nicht bewertet',
};
