import { parseAuditLink, managerSet, type ManagerSet } from '../core/trust';
import {
  applyReview,
  completeRecords,
  listContentVersions,
  loadRecordsManagers,
  readAuditChain,
  readAuditEvents,
  downloadRecordContent,
  getReviewItem,
  listAuditTrail,
  listDossiers,
  listRecordVersions,
  loadRelevanceAdjustment,
  moveRecordFiles,
  queryReviewQueue,
  saveRelevanceAdjustment,
  readCoverageReports,
  summarizeCoverage,
  type GraphClient,
  type SiteIds,
} from '../graph';
import { NO_ADJUSTMENT } from '../core/relevance';
import { loadDashboard } from './dashboard/load-dashboard';
import { isoWeek } from '../core/vocabulary';
import { learnFromDecisions } from './learn-from-decision';
import type { ReviewServices, ReviewUser } from './review-services';

/** The weeks the coverage section shows: the ten of "nog vastleggen" and a little more. */
const COVERAGE_WEEKS = 12;
const WEEK_MS = 7 * 86_400_000;

/** What the composition root knows: the client, the site, who is signed in and the managers. */
export interface ReviewSetup {
  readonly client: GraphClient;
  readonly site: () => Promise<SiteIds>;
  readonly user: ReviewUser;
  /** The records managers' Entra ID group (object id); empty: nobody is one. */
  readonly recordsManagersGroup: string;
  /** The organisation's own mail domains, read by the relevance features as the pane reads them. */
  readonly organisationDomains: readonly string[];
}

/** The page's services over Microsoft Graph (or the local record system). */
export function buildReviewServices(setup: ReviewSetup): ReviewServices {
  const { client, site, user } = setup;
  let managers: Promise<ManagerSet> | null = null;
  return {
    user,
    managers: () =>
      (managers ??=
        setup.recordsManagersGroup === ''
          ? Promise.resolve(managerSet([]))
          : loadRecordsManagers(client, setup.recordsManagersGroup).catch((error: unknown) => {
              managers = null;
              throw error;
            })),
    auditEvents: async (links) =>
      readAuditEvents(
        client,
        await site(),
        links.flatMap((link) => parseAuditLink(link)?.eventId ?? []),
      ),
    auditChain: async (item) =>
      readAuditChain(client, await site(), item.record.id, item.auditLink),
    contentVersions: async (id) => (await listContentVersions(client, await site(), id)).versions,
    dossiers: async () => listDossiers(client, await site()),
    queue: async (filter, nextLink) => queryReviewQueue(client, await site(), filter, nextLink),
    reload: async (id) => getReviewItem(client, await site(), id),
    apply: async (targets, action) =>
      applyReview(client, await site(), targets, action, user.address),
    move: async (ids, dossier) => moveRecordFiles(client, await site(), ids, dossier),
    versions: async (id) => listRecordVersions(client, await site(), id),
    audit: async (key, id) => listAuditTrail(client, await site(), key, id),
    content: async (id) => downloadRecordContent(client, await site(), id),
    learn: async (items, action) => {
      await learnFromDecisions(client, await site(), items, action, setup.organisationDomains);
    },
    learntDecisions: async () =>
      Object.keys((await loadRelevanceAdjustment(client, await site())).labels).length,
    resetLearning: async () => saveRelevanceAdjustment(client, await site(), NO_ADJUSTMENT),
    completeForExport: async (records, needs) => {
      // The document readers load with the first export that reads attachments.
      const { assessMailAttachments } = await import('../documents');
      const organisationDomains = setup.organisationDomains;
      return completeRecords(client, await site(), records, {
        sizes: needs.sizes,
        ...(needs.attachments
          ? { attachments: (mime) => assessMailAttachments(mime, { organisationDomains }) }
          : {}),
      });
    },
    coverage: async () => {
      const since = isoWeek(new Date(Date.now() - COVERAGE_WEEKS * WEEK_MS));
      const reading = await readCoverageReports(client, await site(), since);
      return reading.kind === 'read'
        ? { kind: 'figures', rows: summarizeCoverage(reading.reports) }
        : reading;
    },
    dashboard: async (onProgress) => loadDashboard(client, await site(), onProgress),
  };
}
