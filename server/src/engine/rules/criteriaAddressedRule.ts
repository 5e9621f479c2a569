// Every checklist criterion is addressed by an instrument (WK1001): otherwise no plan can respond to it.
import { Codes } from './codes';
import { namesInMergedEntry } from './misindented';
import { misspells } from './misspelt';
import { diagnostic, type Rule } from './context';

export const criteriaAddressedRule: Rule = {
  name: 'criteria-addressed',
  scope: 'workspace',
  check(document, { index }) {
    // While a document is unsettled, what it addresses is unknown: its own error comes first.
    if (document.kind !== 'eckpunkt' || index.hasUnsettled()) return [];
    const instruments = index.ofKind('instrument');
    const criteria = index.criterionIds();
    return document.definitions
      .filter((definition) => !index.referrersOf(definition.id).some((d) => d.kind === 'instrument' && d.references.some((r) => r.path[0] === 'addresses' && r.target === definition.id)))
      // An instrument that misspells the criterion under `addresses` already has the one message (WK601).
      .filter((definition) => !instruments.some((d) => misspells(d, 'addresses', definition.id, criteria)))
      // … as does one whose entry swallowed it, wrongly indented (WK205).
      .filter((definition) => !instruments.some((d) => namesInMergedEntry(d, 'addresses', definition.id)))
      .map((definition) => diagnostic(document, [definition.start, definition.end], 'error', Codes.criterionUnaddressed,
        `Das Kriterium „${definition.id}“ wird von keinem Instrument adressiert. Tragen Sie es bei mindestens einem Instrument unter „addresses“ ein, sonst kann kein Plan darauf reagieren.`));
  },
};
