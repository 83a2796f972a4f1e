import type { Assessment, AssessmentContext, Dossier, Message } from '../core';
import { loadOrganisationLearning } from '../filing/organisation-learning';
import { historyFromRecords, mergeHistories } from '../filing/records-history';
import type { GraphClient, SiteIds } from '../graph';
import type { FiledRecord } from '../graph/records/filed-record';

/** What the tab's assessment is built from. */
export interface TabAssessorInput {
  readonly client: GraphClient;
  readonly site: () => Promise<SiteIds>;
  readonly dossiers: () => Promise<readonly Dossier[]>;
  /** This conversation's earlier filings, the assessment's history with the recent records. */
  readonly conversationRecords: () => Promise<FiledRecord[]>;
  readonly organisationDomains: readonly string[];
  /** The records managers' group, which vouches for the organisation's relevance adjustment. */
  readonly recordsManagersGroup: string;
  readonly core: () => Promise<typeof import('../core')>;
}

/** The tab's assessment, and its context made ready before the first decision is chosen. */
export interface TabAssessor {
  readonly assess: (message: Message) => Promise<Assessment>;
  /** Loads the core and reads the context now; a failure is tried again by `assess`. */
  readonly prepare: () => Promise<void>;
}

/**
 * The tab's assessment: the core with the dossier registry, this chat's earlier filings and the
 * records list's recent records as history, the name lexicon, and the organisation's relevance
 * adjustment; without what the organisation learnt, the tab assesses with what it ships. The
 * context is prepared once, by `prepare` or the first assessment.
 */
export function createTabAssessor(input: TabAssessorInput): TabAssessor {
  let context: Promise<AssessmentContext> | null = null;
  const learning = input
    .site()
    .then((ids) =>
      loadOrganisationLearning(input.client, ids, {
        recordsManagersGroup: input.recordsManagersGroup,
      }),
    )
    .catch(() => null);
  const ready = async (core: typeof import('../core')): Promise<AssessmentContext> => {
    context ??= Promise.all([
      input.dossiers(),
      input.conversationRecords(),
      learning,
      core.loadNameLexicon(),
    ]).then(
      ([dossiers, filed, learnt, nameLexicon]) =>
        core.prepareContext({
          dossiers,
          history: mergeHistories(historyFromRecords(filed), learnt?.history ?? []),
          organisationDomains: input.organisationDomains,
          nameLexicon,
          ...(learnt === null ? {} : { relevanceModel: learnt.relevanceModel }),
        }),
      (error: unknown) => {
        context = null;
        throw error;
      },
    );
    return context;
  };
  return {
    assess: async (message) => {
      const core = await input.core();
      return core.assessMessage(message, await ready(core));
    },
    prepare: async () => {
      await ready(await input.core());
    },
  };
}
