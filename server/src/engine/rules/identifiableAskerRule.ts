// An example question is not put in the mouth of a real office (WK907): who asked is a kind of office and its Land,
// and for a question the seeds do not give that pair must mean several offices. A Landeshauptstadt is one city in
// any Land, and in a city state (Berlin, Hamburg, Bremen) the Land is the city. A question an office really asked
// may say so: it is true.
import { valuePlace } from '../parse/document';
import { AUTHORITY, inLand } from '../vocabulary/labels';
import { Codes } from './codes';
import { diagnostic, type Rule } from './context';

const CITY_STATES = new Set(['Berlin', 'Hamburg', 'Bremen']);

export const identifiableAskerRule: Rule = {
  name: 'identifiable-asker',
  scope: 'document',
  check(document) {
    if (document.kind !== 'frage' || document.data?.example !== true) return [];
    const askedBy = document.data?.asked_by as { authority?: unknown; bundesland?: unknown } | undefined;
    const { authority, bundesland } = askedBy ?? {};
    if (typeof authority !== 'string' || typeof bundesland !== 'string') return [];
    if (CITY_STATES.has(bundesland)) {
      const place = valuePlace(document, ['asked_by', 'bundesland']);
      return place
        ? [diagnostic(document, place, 'error', Codes.identifiableAsker,
          `${bundesland} ist ein Stadtstaat: „Gefragt von“ schriebe die Beispielfrage einer bestimmten Behörde zu, die sie nie gestellt hat. Geben Sie eine Art von Behörde und ein Bundesland an, die zusammen mehrere Behörden meinen, etwa eine Stadt oder einen Landkreis in einem Flächenland.`)]
        : [];
    }
    if (authority !== 'landeshauptstadt') return [];
    const place = valuePlace(document, ['asked_by', 'authority']);
    return place
      ? [diagnostic(document, place, 'error', Codes.identifiableAsker,
        `„${AUTHORITY[authority]} ${inLand(bundesland)}“ meint genau eine Behörde: „Gefragt von“ schriebe die Beispielfrage ihr zu, obwohl sie sie nie gestellt hat. Geben Sie „stadt“ oder „landkreis“ an, die es in jedem Flächenland mehrfach gibt.`)]
      : [];
  },
};
