/**
 * Answers "is the sentence around this word about a person?" for many words of one text after
 * one linear pass, so a text full of special-category words costs no more than reading it once.
 */

// Words that show a sentence is about one person: pronouns, the roles a person has in a file,
// forms of address. Plurals ("medewerkers", "collega's") do not count. A plain (non-Unicode)
// scan; the words are ASCII apart from cliënt and patiënt.
const PERSON_CUE =
  /\b(?:hij|zij|ze|hem|haar|ik|mij|mijn|jij|jouw|zich|betrokkene|medewerker|medewerkster|collega(?!['’]s)|cliënt|client|aanvrager|aanvraagster|verzoeker|verzoekster|klager|klaagster|bezwaarmaker|meneer|mevrouw|de heer|dhr\.|mevr\.|mw\.|patiënt|patient|bewoner|leerling|zoon|dochter|vader|moeder|echtgenoot|echtgenote|he|she|him|her|his|my|employee|colleague)(?![a-zA-Zà-ÿ])/gi;

const MAX_REACH = 200;

/** The index of the first value in sorted `values` that is >= `target`. */
function firstAtLeast(values: readonly number[], target: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((values[middle] ?? 0) < target) low = middle + 1;
    else high = middle;
  }
  return low;
}

function sentenceEnds(text: string): number[] {
  const ends: number[] = [];
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charAt(index);
    if (char === '.' || char === '!' || char === '?' || char === '\n') ends.push(index);
  }
  return ends;
}

/** Whether the sentence around a span (at most 200 characters either side) is about a person. */
export type AboutPerson = (start: number, end: number) => boolean;

/** Reads `text` once for sentence ends and person cues, and answers for any span in it. */
export function sentenceContext(text: string): AboutPerson {
  const ends = sentenceEnds(text);
  const cues = [...text.matchAll(PERSON_CUE)].map((cue) => cue.index);
  return (start, end) => {
    const before = firstAtLeast(ends, start) - 1;
    const from = Math.max(start - MAX_REACH, before >= 0 ? (ends[before] ?? 0) + 1 : 0);
    const to = Math.min(end + MAX_REACH, ends[firstAtLeast(ends, end)] ?? text.length);
    const cue = cues[firstAtLeast(cues, from)];
    return cue !== undefined && cue < to;
  };
}
