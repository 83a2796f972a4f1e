import type { Dossier, FiledMessage } from '../dossier';
import type { DossierId } from '../ids';
import { dossierTermCounts, messageTermCounts } from './message-terms';
import type { TextReading } from './text-reading';
import { addScaled, buildIdfTable, normaliseVector, weighTerms } from './term-vector';
import type { IdfTable, TermVector } from './term-vector';

/**
 * One list of an inverted index: the profiles or filed messages a term occurs in, and its weight
 * in each, as parallel typed arrays (the inner loop of every comparison walks them).
 */
export interface Postings {
  readonly targets: Int32Array;
  readonly weights: Float64Array;
}

/** What the index knows of one term, found with a single lookup per query term. */
export interface TermEntry {
  /** Its inverse document frequency. */
  readonly idf: number;
  /** The profiles it occurs in, if any. */
  readonly profiles: Postings | undefined;
  /** The filed messages it occurs in, if any. */
  readonly filed: Postings | undefined;
}

/** A filed message as the text similarity sees it. */
export interface FiledDocument {
  readonly dossier: DossierId;
  readonly subject: string;
  readonly filedBy?: string;
  readonly vector: TermVector;
}

/** Term statistics, a profile per dossier and a vector per filed message, with inverted indexes. */
export interface TextIndex {
  readonly reading: TextReading;
  readonly idf: IdfTable;
  /** Profiles in the order of the dossiers the index was built from. */
  readonly profiles: readonly TermVector[];
  readonly profilePostings: ReadonlyMap<string, Postings>;
  readonly filed: readonly FiledDocument[];
  readonly filedPostings: ReadonlyMap<string, Postings>;
  /** Every term seen, with its IDF and postings: what a query looks up. */
  readonly entries: ReadonlyMap<string, TermEntry>;
}

/** How much the registry entry weighs in a profile against the average of the filed mail. */
const REGISTRY_WEIGHT = 0.5;

function invert(vectors: readonly TermVector[]): Map<string, Postings> {
  const lists = new Map<string, Array<[number, number]>>();
  vectors.forEach((vector, target) => {
    for (const [term, weight] of vector) {
      const list = lists.get(term) ?? [];
      lists.set(term, list);
      list.push([target, weight]);
    }
  });
  const postings = new Map<string, Postings>();
  for (const [term, list] of lists) {
    postings.set(term, {
      targets: Int32Array.from(list, ([target]) => target),
      weights: Float64Array.from(list, ([, weight]) => weight),
    });
  }
  return postings;
}

function entriesOf(
  idf: IdfTable,
  profilePostings: ReadonlyMap<string, Postings>,
  filedPostings: ReadonlyMap<string, Postings>,
): Map<string, TermEntry> {
  const entries = new Map<string, TermEntry>();
  for (const [term, weight] of idf.weights) {
    entries.set(term, {
      idf: weight,
      profiles: profilePostings.get(term),
      filed: filedPostings.get(term),
    });
  }
  return entries;
}

function buildProfile(registryVector: TermVector, filedVectors: readonly TermVector[]): TermVector {
  const profile = new Map<string, number>();
  addScaled(profile, registryVector, REGISTRY_WEIGHT);
  for (const vector of filedVectors) addScaled(profile, vector, 1 / filedVectors.length);
  return normaliseVector(profile);
}

/**
 * Builds the text side of the dossier index. IDF is computed over the filed messages and the
 * registry entries together, so a term that every dossier shares weighs little.
 * @param history filed messages whose dossier is in `dossiers` (others are the caller's to drop)
 * @param reading what the terms are (words, or character n-grams) and how many are kept
 */
export function buildTextIndex(
  dossiers: readonly Dossier[],
  history: readonly FiledMessage[],
  reading: TextReading,
): TextIndex {
  const { countInto, maxTerms } = reading;
  const registryCounts = dossiers.map((dossier) => dossierTermCounts(dossier, countInto));
  const filedCounts = history.map((filed) => messageTermCounts(filed.message, reading));
  const idf = buildIdfTable([...registryCounts, ...filedCounts]);
  const filed: FiledDocument[] = history.map((entry, i) => ({
    dossier: entry.dossier,
    subject: entry.message.subject,
    ...(entry.filedBy === undefined ? {} : { filedBy: entry.filedBy }),
    vector: weighTerms(filedCounts[i] ?? new Map<string, number>(), idf, maxTerms),
  }));
  const vectorsPerDossier = new Map<DossierId, TermVector[]>();
  for (const document of filed) {
    const vectors = vectorsPerDossier.get(document.dossier) ?? [];
    vectorsPerDossier.set(document.dossier, vectors);
    vectors.push(document.vector);
  }
  const profiles = dossiers.map((dossier, i) =>
    buildProfile(
      weighTerms(registryCounts[i] ?? new Map<string, number>(), idf, maxTerms),
      vectorsPerDossier.get(dossier.id) ?? [],
    ),
  );
  const profilePostings = invert(profiles);
  const filedPostings = invert(filed.map((document) => document.vector));
  return {
    reading,
    idf,
    profiles,
    profilePostings,
    filed,
    filedPostings,
    entries: entriesOf(idf, profilePostings, filedPostings),
  };
}
