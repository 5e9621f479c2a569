// Who asked a question is given as a kind of office and its Land (WK907), so that no single office can be told:
// a Landeshauptstadt is one city in any Land, and in a city state (Berlin, Hamburg, Bremen) the Land is the city.
// Such a pair would name the office that asked — for an example question, one that never asked.
import { valuePlace } from '../parse/document';
import { AUTHORITY, inLand } from '../vocabulary/labels';
import { Codes } from './codes';
import { diagnostic, type Rule } from './context';

const CITY_STATES = new Set(['Berlin', 'Hamburg', 'Bremen']);

export const identifiableAskerRule: Rule = {
  name: 'identifiable-asker',
  scope: 'document',
  check(document) {
    if (document.kind !== 'frage') return [];
    const askedBy = document.data?.asked_by as { authority?: unknown; bundesland?: unknown } | undefined;
    const { authority, bundesland } = askedBy ?? {};
    if (typeof authority !== 'string' || typeof bundesland !== 'string') return [];
    if (CITY_STATES.has(bundesland)) {
      const place = valuePlace(document, ['asked_by', 'bundesland']);
      return place
        ? [diagnostic(document, place, 'error', Codes.identifiableAsker,
          `${bundesland} ist ein Stadtstaat: „Gefragt von“ ließe erkennen, welche Behörde gefragt hat. Geben Sie eine Art von Behörde und ein Bundesland an, die zusammen mehrere Behörden meinen, etwa eine Stadt oder einen Landkreis in einem Flächenland.`)]
        : [];
    }
    if (authority !== 'landeshauptstadt') return [];
    const place = valuePlace(document, ['asked_by', 'authority']);
    return place
      ? [diagnostic(document, place, 'error', Codes.identifiableAsker,
        `„${AUTHORITY[authority]} ${inLand(bundesland)}“ meint genau eine Behörde: „Gefragt von“ ließe erkennen, welche gefragt hat. Geben Sie „stadt“ oder „landkreis“ an, die es in jedem Flächenland mehrfach gibt.`)]
      : [];
  },
};
