// Test support: small valid documents of every kind, to be varied by the tests.

export const eckpunkt = (id = 'binnenorganisation', criteria = ['bo-wartezeiten', 'bo-erstkontakt', 'bo-ablaeufe']) => `---
kind: eckpunkt
id: ${id}
title: Binnenorganisation
order: 2
wording: Die Binnenorganisation der Willkommensbehörde ist auf die Bedarfe der Kundinnen/Kunden ausgerichtet.
summary: Die Abläufe der Behörde sind auf die Bedarfe ihrer Kundinnen und Kunden ausgerichtet.
criteria:
${criteria.map((c) => `  - id: ${c}\n    text: Ein Kriterium der Checkliste mit genug Text.\n    origin: werkzeugkoffer`).join('\n')}
sources:
  - { title: Dokumentation des Modellprojekts }
---

## Leitgedanke

Worum es geht.

## Ansatzpunkte

Wo man ansetzt.
`;

export interface InstrumentOptions {
  id?: string;
  addresses?: string[];
  requires?: string[];
  related?: string[];
  extra?: string;
  body?: string;
}

export const instrumentBody = `
## Ziel

Kurze Wartezeiten.

## Ausgangslage

Lange Schlangen.

## Umsetzungsschritte

1. Bedarf erheben.
2. System auswählen.

## Erfolgsfaktoren

Rückhalt der Leitung.

## Stolpersteine

Zu wenig Personal.

## Beispiele aus der Praxis

Weimar.
`;

export const instrument = (options: InstrumentOptions = {}) => {
  const id = options.id ?? 'terminsystem';
  const list = (key: string, values?: string[]) => (values && values.length ? `${key}:\n${values.map((v) => `  - ${v}`).join('\n')}\n` : '');
  return `---
kind: instrument
id: ${id}
title: Instrument ${id}
eckpunkt: binnenorganisation
summary: Ein Instrument, das Wartezeiten verkürzt und Abläufe planbar macht.
${list('addresses', options.addresses ?? ['bo-wartezeiten', 'bo-erstkontakt', 'bo-ablaeufe'])}phase:
  - erstorientierung
effort: mittel
duration_weeks: 12
${list('requires', options.requires)}${list('related', options.related)}sources:
  - title: Eine Quelle des Modellprojekts
${options.extra ?? ''}---
${options.body ?? instrumentBody}`;
};

// The period (with its required source) is a flow mapping over the two lines `from` alone once took, so the
// lines below it keep the positions the tests pin.
export const caseDocument = (id = 'weimar-servicepoint', instruments = ['terminsystem']) => `---
kind: case
id: ${id}
title: Ein Praxisbeispiel aus Weimar
summary: Eine Behörde hat Termine und einen Servicepoint eingeführt und so Wartezeiten verkürzt.
region: Weimar
bundesland: Thüringen
period: { from: 2014,
  source: "000: „Im Jahr 2014 führte die Behörde Termine ein“" }
instruments:
${instruments.map((i) => `  - ${i}`).join('\n')}
partners:
  - Ausländerbehörde Weimar
sources:
  - title: Eine Quelle des Modellprojekts
---

## Ausgangslage

Lange Wartezeiten.

## Vorgehen

Servicepoint eingerichtet.

## Ergebnisse

Kürzere Wartezeiten.

## Erfolgsfaktoren

Leitung und Team.
`;

export const plan = (measures: string, assessment = '  bo-wartezeiten: { status: 2, relevance: 5 }\n  bo-erstkontakt: { status: 3, relevance: 4 }\n  bo-ablaeufe: { status: unbekannt, relevance: 3 }\n') => `---
kind: plan
id: plan-test
title: Maßnahmenplan Test
agency:
  name: Ausländerbehörde Test
  bundesland: Hessen
assessed: 2026-05-04
assessment:
${assessment}measures:
${measures}---

Freier Text der Beraterin.
`;

/** A short instrument with a reference and YAML data that holds itself (an alias inside its anchor). */
export const cyclicInstrument = `---
kind: instrument
id: terminsystem
title: Terminsystem
related:
  - servicepoint
extra: &schleife
  b: *schleife
---

## Ziel

Text.
`;

/** A small question (kind `frage`), answered by a site, about the instrument `terminsystem` and one criterion. */
export const frage = (id = 'frage-weimar-termine', answeredBy = '  site: weimar\n') => `---
kind: frage
id: ${id}
title: Wie führt man ein Terminsystem ein?
question: Wir wollen Termine vergeben. Womit fängt man an?
asked_by:
  authority: landkreis
  bundesland: Sachsen
asked: 2026-11-20
example: true
answered_by:
${answeredBy}instruments: [terminsystem]
criteria: [bo-wartezeiten]
sources:
  - title: Eine Quelle des Modellprojekts
---

## Antwort

Mit einer Erhebung der Wartezeiten.
`;

/** A small site the questions can name as the one that answered. */
export const site = (id = 'weimar', instruments = ['terminsystem']) => `---
kind: site
id: ${id}
title: Ausländerbehörde Weimar
bundesland: Thüringen
role: modellstandort
authority: stadt
instruments: [${instruments.join(', ')}]
sources:
  - title: Eine Quelle des Modellprojekts
---

## Profil

Eine Stadt.

## Schwerpunkte

Termine.
`;
