import {
  assessMessage,
  prepareContext,
  type Assessment,
  type AssessmentContext,
  type Dossier,
  type Message,
} from '../../core';
import {
  createFilingServices,
  isSiteNotProvisionedError,
  loadOrganisationLearning,
  rememberOnce,
  type FilingServices,
  type LearningWarning,
} from '../../filing';
import { createGraphClient, type GraphClient } from '../../graph';
import type { FileOptions } from './file-args';

const NO_CONTEXT = { dossiers: [], history: [] };

/** The record system a backlog is filed into, through the filing layer every surface shares. */
export interface RecordSystem {
  readonly services: FilingServices;
  readonly dossiers: readonly Dossier[];
  /** The given `--dossier`, looked up in the registry. */
  readonly dossier?: Dossier;
  /** Assesses a mail with the registry as context; the filing takes the same assessment. */
  readonly assess: (message: Message) => Assessment;
  /** Parts of the organisation's learning that could not be used (said once on stderr). */
  readonly warnings: readonly LearningWarning[];
}

/** Why the run cannot start (exit code 2: the command must change). */
export type OpenProblem =
  | { readonly kind: 'lists-missing'; readonly missing: readonly string[] }
  | { readonly kind: 'unknown-dossier'; readonly dossier: string }
  | { readonly kind: 'report-unwritable'; readonly path: string };

/**
 * Connects to the record system: the signed-in user, the site and its lists, the dossier
 * registry, the relevance adjustment and the records list's recent history (read once: the
 * context of every assessment in the run, as in the pane). Throws GraphCallError
 * when the record system cannot be reached or refuses the token.
 */
export async function openRecordSystem(
  options: FileOptions,
  fetchImpl?: typeof fetch,
): Promise<RecordSystem | OpenProblem> {
  const tokenProvider = () => Promise.resolve(options.token);
  const filedBy = await signedInUser(
    createGraphClient({ tokenProvider, baseUrl: options.graphUrl }),
  );
  const assessed = new WeakMap<Message, Assessment>();
  let context: AssessmentContext | null = null;
  const assess = (message: Message): Assessment => {
    const assessment = assessMessage(message, context ?? prepareContext(NO_CONTEXT));
    assessed.set(message, assessment);
    return assessment;
  };
  const services = createFilingServices({
    tokenProvider,
    graphBaseUrl: options.graphUrl,
    ...(fetchImpl === undefined ? {} : { fetch: fetchImpl }),
    site: options.site,
    filedBy,
    // The mail was assessed to choose its dossier; the filing records that same assessment.
    assess: (message) => Promise.resolve(assessed.get(message) ?? assess(message)),
    rememberDossiers: rememberOnce,
  });
  const missing = await missingLists(services);
  if (missing !== null) return { kind: 'lists-missing', missing };
  const dossiers = await services.dossiers();
  const dossier = dossiers.find((entry) => entry.id === options.dossier);
  if (options.dossier !== undefined && dossier === undefined) {
    return { kind: 'unknown-dossier', dossier: options.dossier };
  }
  const learning = await loadOrganisationLearning(services.client, await services.site(), {
    ...(options.recordsManagersGroup === undefined
      ? {}
      : { recordsManagersGroup: options.recordsManagersGroup }),
  });
  context = prepareContext({
    dossiers,
    history: learning.history,
    organisationDomains: options.organisationDomains,
    relevanceModel: learning.relevanceModel,
  });
  const warnings = learning.warnings;
  return { services, dossiers, ...(dossier === undefined ? {} : { dossier }), assess, warnings };
}

async function signedInUser(client: GraphClient): Promise<string> {
  const response = await client.send({
    method: 'GET',
    url: '/me',
    query: { $select: 'userPrincipalName,mail' },
    label: 'me',
  });
  if (!response.ok) {
    await response.body?.cancel();
    return '';
  }
  const me: unknown = await response.json();
  if (typeof me !== 'object' || me === null) return '';
  const upn = 'userPrincipalName' in me ? me.userPrincipalName : undefined;
  const mail = 'mail' in me ? me.mail : undefined;
  return typeof mail === 'string' && mail !== '' ? mail : typeof upn === 'string' ? upn : '';
}

/** The lists the site lacks for Bronvast, or null when it is set up. */
async function missingLists(services: FilingServices): Promise<readonly string[] | null> {
  try {
    await services.site();
    return null;
  } catch (error: unknown) {
    if (isSiteNotProvisionedError(error)) return error.missing;
    throw error;
  }
}
