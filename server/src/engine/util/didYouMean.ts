import { distance } from 'fastest-levenshtein';

/** The order of `localeCompare`, without building its collator on every call. */
const collator = new Intl.Collator();

interface Scored {
  candidate: string;
  score: number;
}

const better = (a: Scored, b: Scored) => a.score - b.score || collator.compare(a.candidate, b.candidate);

/** The candidates closest to `input`, best first, within a distance that still reads as a typo. */
export function didYouMean(input: string, candidates: Iterable<string>, limit = 3): string[] {
  if (limit <= 0) return [];
  const needle = input.toLowerCase();
  const threshold = Math.max(2, Math.floor(needle.length / 3));
  // The best `limit` so far, best first: a workspace of similar ids ("massnahme-101", "massnahme-102", …) can
  // hold thousands within the threshold, and only a few are shown.
  const best: Scored[] = [];
  const offer = (scored: Scored) => {
    if (best.length === limit && better(scored, best[limit - 1]!) >= 0) return;
    let at = best.length;
    while (at > 0 && better(scored, best[at - 1]!) < 0) at--;
    best.splice(at, 0, scored);
    if (best.length > limit) best.pop();
  };
  for (const candidate of candidates) {
    if (candidate === input) continue;
    const lower = candidate.toLowerCase();
    // A prefix or a containment is a strong hint even at a larger edit distance ("termin" → "terminsystem").
    if (needle.length >= 4 && lower.includes(needle)) {
      offer({ candidate, score: lower.length === needle.length ? 0 : 1 });
      continue;
    }
    // The edit distance is at least the difference in length, and a candidate must beat the worst kept one.
    const bound = best.length === limit ? Math.min(threshold, best[limit - 1]!.score) : threshold;
    if (Math.abs(lower.length - needle.length) > bound) continue;
    const score = distance(needle, lower);
    if (score <= threshold) offer({ candidate, score });
  }
  return best.map((s) => s.candidate);
}

/** „Meinten Sie „x“?“ for a message, or an empty string. */
export function suggestionText(suggestions: string[]): string {
  if (suggestions.length === 0) return '';
  return ` Meinten Sie ${suggestions.map((s) => `„${s}“`).join(' oder ')}?`;
}
