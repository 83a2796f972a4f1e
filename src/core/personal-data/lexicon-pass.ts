/**
 * The lexicon pass over a whole text: every capitalised run is read once (what the lexicon says
 * of its words when a decision first needs it), then decided, left to right, with the names found so far (see
 * lexicon-names.ts for the rules). Deciding again after new names were found costs no lookups.
 */
import type { Finding } from '../assessment';
import { makeFinding } from './finding';
import type { NameLexicon } from './lexicon/name-lexicon';
import { isPersonRun, kindsOf, namesThing, type WordKinds } from './lexicon-names';
import { listedWithName, namedElsewhere } from './name-neighbours';
import { readNameRun, type NameRun } from './name-run';
import type { NameToken } from './name-tokens';

/**
 * One run that may be a name, in the tokens of its stretch of text. What the lexicon says of its
 * words is looked up when a decision first needs it: a run inside a name found already, or
 * inside one the cue-based readers found, is never decided.
 */
export class RunCandidate {
  private known: WordKinds | undefined;

  constructor(
    readonly tokens: readonly NameToken[],
    readonly run: NameRun,
    private readonly lexicon: NameLexicon,
    private readonly memo: Map<string, number>,
  ) {}

  get kinds(): WordKinds {
    this.known ??= kindsOf(this.tokens, this.run, this.lexicon, this.memo);
    return this.known;
  }
}

/** The runs that start at each capitalised word of each stretch, in text order. */
export function readRunCandidates(
  stretches: readonly (readonly NameToken[])[],
  lexicon: NameLexicon,
): RunCandidate[][] {
  const memo = new Map<string, number>();
  return stretches.map((tokens) => {
    const candidates: RunCandidate[] = [];
    for (let index = 0; index < tokens.length; index += 1) {
      const run = readNameRun(tokens, index);
      if (run !== null) candidates.push(new RunCandidate(tokens, run, lexicon, memo));
    }
    return candidates;
  });
}

/**
 * The runs that name people, outside the spans already found (`taken`). A run accepted takes
 * its words; a rejected one may still hold a name after its first word ("Volgens Van der
 * Laan"), but not after a tussenvoegsel that opens it ("Den Bosch" holds no "Bosch").
 * @param known lower-case words of names found elsewhere in the text
 * @param again whether the runs were decided before with fewer names known: then only those a
 *   name found since can turn are decided (the others would be decided as before)
 */
export function decideRuns(
  text: string,
  stretches: readonly (readonly RunCandidate[])[],
  known: ReadonlySet<string>,
  taken: (start: number, end: number) => boolean,
  again = false,
): Finding[] {
  const findings: Finding[] = [];
  for (const candidates of stretches) {
    let next = 0;
    for (const candidate of candidates) {
      const { tokens, run } = candidate;
      if (run.first < next) continue;
      const first = tokens[run.first];
      const last = tokens[run.last];
      if (first === undefined || last === undefined || taken(first.start, last.end)) continue;
      // Deciding again, only what changed can turn a run: names found, and their words.
      const changed =
        !again ||
        namedElsewhere(tokens, run, known) ||
        (candidate.kinds.person > 0 && listedWithName(tokens, run, taken));
      if (!changed) continue;
      const person =
        isPersonRun(tokens, run, candidate.kinds, known, taken) && !namesThing(tokens, run, text);
      if (person) {
        const end = run.endsWithInitial ? last.end + 1 : last.end;
        findings.push(makeFinding('person-name', text, first.start, end));
      }
      if (person || run.particleLed) next = run.last + 1;
    }
  }
  return findings;
}
