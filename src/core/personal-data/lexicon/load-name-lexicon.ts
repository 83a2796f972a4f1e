import { nameLexiconFrom, type NameLexicon } from './name-lexicon';

let loading: Promise<NameLexicon> | undefined;

/**
 * Loads the name lexicon from its own module (a chunk of its own in a bundle, about 280 KB of
 * text that does not compress), once. A surface draws its first view with the assessment made
 * without it and assesses again when it has arrived; see docs/assessment.md.
 */
export function loadNameLexicon(): Promise<NameLexicon> {
  loading ??= import(/* webpackChunkName: "name-lexicon" */ './name-lexicon-data').then((module) =>
    nameLexiconFrom(module.NAME_LEXICON_DATA),
  );
  return loading;
}
