// Every checklist criterion is addressed by an instrument (WK1001): otherwise no plan can respond to it.
import { Codes } from './codes';
import { diagnostic, type Rule } from './context';

export const criteriaAddressedRule: Rule = {
  name: 'criteria-addressed',
  scope: 'workspace',
  check(document, { index }) {
    if (document.kind !== 'eckpunkt') return [];
    return document.definitions
      .filter((definition) => !index.referrersOf(definition.id).some((d) => d.kind === 'instrument' && d.references.some((r) => r.path[0] === 'addresses' && r.target === definition.id)))
      .map((definition) => diagnostic(document, [definition.start, definition.end], 'error', Codes.criterionUnaddressed,
        `Das Kriterium „${definition.id}“ wird von keinem Instrument adressiert. Tragen Sie es bei mindestens einem Instrument unter „addresses“ ein, sonst kann kein Plan darauf reagieren.`));
  },
};
