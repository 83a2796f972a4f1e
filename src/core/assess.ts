import type { Assessment } from './assessment';
import type { Dossier, FiledMessage } from './dossier';
import type { Message } from './message';
import { assessDisclosure } from './disclosure';
import { prepareDossierIndex, suggestDossiers, type DossierIndex } from './dossier/index';
import type { NameLexicon } from './personal-data/lexicon/name-lexicon';
import { scoreRelevance, type RelevanceModel } from './relevance';
import { suggestWooCategory } from './woo/category-suggest';

/**
 * What the assessment needs besides the message, prepared once per dossier registry and
 * history so that assessing one message stays a matter of milliseconds.
 */
export interface AssessmentContext {
  readonly dossierIndex: DossierIndex;
  /** Mail domains of the organisation itself; parties outside them are external. */
  readonly organisationDomains: readonly string[];
  /** The organisation's relevance model (shipped weights plus its learnt adjustment). */
  readonly relevanceModel?: RelevanceModel;
  /**
   * The name lexicon (`loadNameLexicon`). Without it, person names are found by the built-in
   * cues and lists alone: the first view a surface can draw before the lexicon has loaded.
   * Every surface passes it once loaded, so they all give the same finds for the same text.
   */
  readonly nameLexicon?: NameLexicon;
}

/** Input for {@link prepareContext}. */
export interface ContextInput {
  readonly dossiers: readonly Dossier[];
  readonly history: readonly FiledMessage[];
  readonly organisationDomains?: readonly string[];
  /** See {@link AssessmentContext.relevanceModel}; the shipped model when left out. */
  readonly relevanceModel?: RelevanceModel;
  /** See {@link AssessmentContext.nameLexicon}. */
  readonly nameLexicon?: NameLexicon;
}

/** Builds the assessment context: the dossier index over the registry and the filed history. */
export function prepareContext(input: ContextInput): AssessmentContext {
  return {
    dossierIndex: prepareDossierIndex(input.dossiers, input.history),
    organisationDomains: (input.organisationDomains ?? []).map((domain) => domain.toLowerCase()),
    ...(input.relevanceModel === undefined ? {} : { relevanceModel: input.relevanceModel }),
    ...(input.nameLexicon === undefined ? {} : { nameLexicon: input.nameLexicon }),
  };
}

/**
 * Assesses one message: policy relevance with its reasons, ranked dossiers (or "no dossier
 * fits"), the Woo information category when the message carries such a document, and the
 * advisory disclosure pre-assessment with the personal data found. Pure and synchronous.
 */
export function assessMessage(message: Message, context: AssessmentContext): Assessment {
  const options = { organisationDomains: context.organisationDomains };
  return {
    relevance: scoreRelevance(message, options, context.relevanceModel),
    dossiers: suggestDossiers(message, context.dossierIndex),
    wooCategory: suggestWooCategory(message),
    disclosure: assessDisclosure(
      message,
      context.nameLexicon === undefined
        ? options
        : { ...options, nameLexicon: context.nameLexicon },
    ),
  };
}
