import { findPersonalData, loadNameLexicon } from '../../core/personal-data';
import type { NameLexicon } from '../../core/personal-data';
import { averageHandlingDays, requestDeadline } from '../../core/woo-desk';
import type { ExportOrganisation } from '../../exports';
import {
  deskDocument,
  documentOutcome,
  loadDeskRecord,
  readAttachmentText,
  selectionStructure,
  type LoadedDocument,
  type PersonalDataFinder,
} from '../../filing/woo';
import type { GraphClient, SiteIds } from '../../graph';
import {
  addToSelection,
  closeWooRequest,
  createWooRequest,
  listSelection,
  listWooRequests,
  readWooLog,
  recordWooEvent,
  recordWooSearch,
  resolveWooSite,
  saveDocumentDecision,
  saveRedactions,
  searchRecords,
  type WooSite,
} from '../../graph/woo';
import type { DeskSelection, SelectionDocument, WooDeskServices } from './woo-desk-services';

/** What the desk needs from the page's composition root. */
export interface WooDeskSetup {
  readonly client: GraphClient;
  readonly site: () => Promise<SiteIds>;
  readonly organisation: ExportOrganisation;
  /** The organisation's mail domains (which mail it sent), as the exports take them. */
  readonly organisationDomains: readonly string[];
  readonly now?: () => Date;
}

/** The Woo desk's services over Microsoft Graph (or the local record system). */
export function buildWooDeskServices(setup: WooDeskSetup): WooDeskServices {
  const { client } = setup;
  const now = setup.now ?? (() => new Date());
  // The desk finds names with the core's lexicon, loaded with the desk (its own chunk).
  let lexicon: NameLexicon | undefined;
  const lexiconLoaded = loadNameLexicon().then((loaded) => {
    lexicon = loaded;
  });
  const find = (text: string) => findPersonalData(text, lexicon);
  let resolved: Promise<WooSite> | null = null;
  const woo = (): Promise<WooSite> =>
    (resolved ??= setup.site().then(async (site) => {
      const found = await resolveWooSite(client, site);
      if (found.kind === 'resolved') return found.woo;
      resolved = null;
      throw new Error(`lists missing: ${found.missing.join(', ')}`);
    }));
  return {
    overview: async () => {
      const desk = await woo();
      const stored = await listWooRequests(client, desk);
      const requests = await Promise.all(
        stored.map(async (request) => {
          const { events } = await readWooLog(client, desk, request.request.zaaknummer);
          return {
            stored: request,
            events,
            deadline: requestDeadline(request.request, events, now()),
          };
        }),
      );
      return { requests, average: averageHandlingDays(stored.map((request) => request.request)) };
    },
    create: async (request) => (await createWooRequest(client, await woo(), request)).kind,
    recordEvent: async (request, event) => {
      const desk = await woo();
      await recordWooEvent(client, desk, request.request.zaaknummer, event);
      if (event.kind === 'besluit')
        await closeWooRequest(client, desk, request, 'besloten', event.at);
    },
    search: async (zaaknummer, query, from) => {
      const desk = await woo();
      const page = await searchRecords(client, desk.site, query, { from, size: 25 });
      if (from === 0) await recordWooSearch(client, desk, zaaknummer, query, page.total);
      return page;
    },
    add: async (zaaknummer, ids) => addToSelection(client, await woo(), zaaknummer, ids),
    selection: async (zaaknummer) => {
      await lexiconLoaded.catch(() => undefined);
      return loadSelection(client, await woo(), zaaknummer, find);
    },
    saveDecision: async (zaaknummer, document, decision) =>
      saveDocumentDecision(client, await woo(), zaaknummer, target(document), decision),
    saveRedactions: async (zaaknummer, document, decisions) =>
      saveRedactions(client, await woo(), zaaknummer, target(document), decisions),
    log: async (zaaknummer) => readWooLog(client, await woo(), zaaknummer),
    buildPackage: async (zaaknummer, onProgress) => {
      const { buildDecisionPackage } = await import('../../filing/woo');
      await lexiconLoaded.catch(() => undefined);
      const parts: Uint8Array[] = [];
      const summary = await buildDecisionPackage({
        client,
        woo: await woo(),
        zaaknummer,
        reader: readAttachmentText,
        validate: (check, files) =>
          import('../../exports').then(({ checkWellFormedInBrowser }) =>
            checkWellFormedInBrowser(check, files),
          ),
        findPersonalData: find,
        xml: {
          organisation: setup.organisation,
          organisationDomains: setup.organisationDomains,
        },
        sink: {
          write: (chunk) => {
            parts.push(chunk);
            return Promise.resolve();
          },
        },
        onProgress,
      });
      // Offered only now, complete: a failure above leaves no download at all.
      const blob = new Blob(
        parts.map((part) => new Uint8Array(part)),
        { type: 'application/zip' },
      );
      return { blob, fileName: `besluitpakket-${zaaknummer}.zip`, summary };
    },
  };
}

function target(document: SelectionDocument) {
  return {
    key: document.document.key,
    recordId: document.document.recordId,
    ...(document.stored === undefined ? {} : { itemId: document.stored.itemId }),
  };
}

async function loadSelection(
  client: GraphClient,
  woo: WooSite,
  zaaknummer: string,
  find: PersonalDataFinder,
): Promise<DeskSelection> {
  const selected = await listSelection(client, woo, zaaknummer);
  const byKey = new Map(selected.map((document) => [document.key, document]));
  const loaded: LoadedDocument[] = [];
  for (const document of selected.filter((entry) => !entry.key.includes('#'))) {
    const documents = await loadDeskRecord(client, woo.site, document.recordId, readAttachmentText);
    if (documents !== null) loaded.push(...documents);
  }
  const structure = selectionStructure(loaded.map(deskDocument));
  const byLoadedKey = new Map(loaded.map((document) => [document.key, document]));
  return {
    threads: structure.threads.map((thread) => ({
      id: thread.id,
      documents: thread.documents.flatMap((core) => {
        const document = byLoadedKey.get(core.key);
        if (document === undefined) return [];
        const stored = byKey.get(core.key);
        const duplicate = structure.duplicates.get(core.key);
        return [
          {
            document,
            ...(stored === undefined ? {} : { stored }),
            ...(duplicate === undefined ? {} : { duplicate }),
            outcome: documentOutcome(document, stored, duplicate, find),
          },
        ];
      }),
    })),
  };
}
