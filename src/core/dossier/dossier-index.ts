import type { Dossier, FiledMessage } from '../dossier';
import type { ConversationId, DossierId } from '../ids';
import { buildCorrespondentHistory } from './correspondent-history';
import type { CorrespondentHistory } from './correspondent-history';
import { buildSubjectThreads } from './subject-thread';
import { looksLikeKenmerk, normaliseKenmerk } from './kenmerk';
import { buildTextIndex } from './text-index';
import { buildNameIndex } from './dossier-names';
import { stemWord } from './stem';
import type { NameIndex } from './dossier-names';
import { CodeCounts } from './code-counts';
import type { TermEntry, TextIndex } from './text-index';
import type { CodeLookup } from './text-query';
import { wordLookupOf } from './word-terms';
import type { WordLookup } from './word-terms';
import { gramCode } from './character-grams';
import { GRAM_READING, WORD_READING } from './text-reading';

/**
 * Everything `suggestDossiers` needs, computed once when the registry and the filed mail are
 * loaded, so that assessing one message stays within a few milliseconds. Treat it as opaque.
 */
export interface DossierIndex {
  /** The registry, in a fixed order that the text profiles follow. */
  readonly dossiers: readonly Dossier[];
  readonly positionOf: ReadonlyMap<DossierId, number>;
  /** Normalised kenmerk (the dossier id, or a zaaknummer among its keywords) to dossiers. */
  readonly kenmerken: ReadonlyMap<string, readonly DossierId[]>;
  /** The words of each dossier's title and keywords, for finding a dossier named in a message. */
  readonly names: NameIndex;
  /** Per conversation, how many of its messages were filed in which dossier. */
  readonly conversations: ReadonlyMap<ConversationId, ReadonlyMap<DossierId, number>>;
  /** Per subject thread (see `subjectThread`), how many messages were filed in which dossier. */
  readonly subjectThreads: ReadonlyMap<string, ReadonlyMap<DossierId, number>>;
  /** Per correspondent (address or `@domain`), where their mail was filed and by whom. */
  readonly correspondents: ReadonlyMap<string, CorrespondentHistory>;
  /** How many dossiers have filed mail: the scale for how telling one correspondent is. */
  readonly dossiersWithFilings: number;
  /** Words and bigrams: the text index whose shared terms are named as reasons. */
  readonly text: TextIndex;
  /** Character n-grams of the same registry and filed mail, in the same order. */
  readonly grams: TextIndex;
  /** `text.entries` found by number: stems by their text, pairs by their stems' numbers. */
  readonly wordEntries: WordLookup;
  /** `grams.entries` keyed by `gramCode`, for counting a message's n-grams without their text. */
  readonly gramEntries: CodeLookup;
  /** Dossier position of each filed message in `text.filed` (and `grams.filed`). */
  readonly filedDossier: Int32Array;
}

function indexKenmerken(dossiers: readonly Dossier[]): Map<string, DossierId[]> {
  const kenmerken = new Map<string, DossierId[]>();
  for (const dossier of dossiers) {
    const candidates = [dossier.id, ...(dossier.keywords ?? [])].filter(looksLikeKenmerk);
    for (const normalised of new Set(candidates.map(normaliseKenmerk))) {
      const list = kenmerken.get(normalised) ?? [];
      kenmerken.set(normalised, list);
      list.push(dossier.id);
    }
  }
  return kenmerken;
}

function indexConversations(
  history: readonly FiledMessage[],
): Map<ConversationId, Map<DossierId, number>> {
  const conversations = new Map<ConversationId, Map<DossierId, number>>();
  for (const filed of history) {
    const conversation = filed.message.conversationId;
    if (conversation === undefined) continue;
    const counts = conversations.get(conversation) ?? new Map<DossierId, number>();
    conversations.set(conversation, counts);
    counts.set(filed.dossier, (counts.get(filed.dossier) ?? 0) + 1);
  }
  return conversations;
}

/** How many dossier profiles of a text index hold a name word, by its key or its stem. */
function profilesUsing(text: TextIndex, key: string, written: string): number {
  const entry = text.entries.get(key) ?? text.entries.get(stemWord(written));
  return entry?.profiles?.targets.length ?? 0;
}

function codeLookupOf(entries: ReadonlyMap<string, TermEntry>): CodeLookup {
  const codes = new CodeCounts(entries.size);
  const list: TermEntry[] = [];
  for (const [gram, entry] of entries) {
    codes.add(gramCode(gram), 1);
    list.push(entry);
  }
  return { codes, entries: list };
}

/**
 * Prepares the dossier registry and the mail filed so far (by anyone in the organisation) for
 * {@link suggestDossiers}: text profiles per dossier from title, description, keywords and filed
 * mail (in words and in character n-grams), IDF statistics, the kenmerk lookup, the conversation
 * map and correspondent history.
 * Filed messages whose dossier is not in the registry are ignored.
 */
export function prepareDossierIndex(
  dossiers: readonly Dossier[],
  history: readonly FiledMessage[],
): DossierIndex {
  const positionOf = new Map<DossierId, number>();
  dossiers.forEach((dossier, position) => {
    if (!positionOf.has(dossier.id)) positionOf.set(dossier.id, position);
  });
  const known = history.filter((filed) => positionOf.has(filed.dossier));
  const text = buildTextIndex(dossiers, known, WORD_READING);
  const grams = buildTextIndex(dossiers, known, GRAM_READING);
  return {
    dossiers,
    positionOf,
    kenmerken: indexKenmerken(dossiers),
    names: buildNameIndex(dossiers, (key, written) => profilesUsing(text, key, written)),
    conversations: indexConversations(known),
    subjectThreads: buildSubjectThreads(known),
    correspondents: buildCorrespondentHistory(known),
    dossiersWithFilings: new Set(known.map((filed) => filed.dossier)).size,
    text,
    grams,
    wordEntries: wordLookupOf(text.entries),
    gramEntries: codeLookupOf(grams.entries),
    filedDossier: Int32Array.from(text.filed, (document) => positionOf.get(document.dossier) ?? -1),
  };
}
