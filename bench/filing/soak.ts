import {
  fileRecord,
  isGraphCallError,
  type FilingResult,
  type GraphClient,
  type SiteIds,
} from '../../src/graph';
import {
  benchClient,
  benchDraft,
  benchMail,
  demoSite,
  inProcessEmulator,
  MANAGER,
} from './bench-harness';
import { emptyTally, faultedShare, losingFetch, LOST_RESPONSES } from './fault-tally';
import { generatedContent, sha256Of } from './generated-content';
import { checkLibrary, type SoakMail } from './library-check';
import { seededRandom } from '../../emulator/seeded-random';

const FOLDER = 'SOAK';
/** Emulator faults: 1 - (0.95 x 0.90 x 0.94) = 19.6 % of requests, plus 5 % of chunks failing. */
const FAULTS = {
  dropRate: 0.05,
  throttleRate: 0.1,
  unavailableRate: 0.06,
  retryAfterSeconds: 0,
  chunkFailureRate: 0.05,
  chunkFailureMode: 'mixed',
} as const;
/** Attempts per mail, as the outbox retries a failed filing. */
const ATTEMPTS = 5;

interface Outcomes {
  filed: number;
  alreadyFiledOnRetry: number;
  attemptsFailed: number;
  gaveUp: number;
}

/**
 * Files `count` mails of 1 KB to `maxSize` bytes (default 30 MB, log-uniform) with about 20 % of requests faulted
 * (throttled, unavailable, dropped, failed chunks, responses lost after the server acted),
 * each retried as the outbox would, then checks the library: lost, duplicates, SHA-256.
 */
export async function soak(
  count: number,
  seed = 42,
  maxSize = 30e6,
): Promise<Record<string, unknown>> {
  const { emulator, stop } = await inProcessEmulator();
  try {
    const random = seededRandom(seed);
    const tally = emptyTally();
    const client = benchClient(emulator.baseUrl, undefined, losingFetch(random, tally));
    const site = await demoSite(client);
    const manager = benchClient(emulator.baseUrl, MANAGER);
    await demoSite(manager);
    emulator.setFaults({ ...FAULTS, seed });
    const started = performance.now();
    const outcomes: Outcomes = { filed: 0, alreadyFiledOnRetry: 0, attemptsFailed: 0, gaveUp: 0 };
    const mails: SoakMail[] = [];
    for (let i = 0; i < count; i++) {
      const size = Math.round(Math.exp(Math.log(1024) + random() * Math.log(maxSize / 1024)));
      const mail = {
        message: benchMail('soak'),
        size,
        sha256: await sha256Of(generatedContent(size, i)),
      };
      mails.push(mail);
      tallyOutcome(outcomes, await fileWithRetries(client, site, mail, i, outcomes));
    }
    const seconds = Math.round(performance.now() - started) / 1000;
    emulator.setFaults({});
    const check = await checkLibrary(manager, site, FOLDER, mails);
    const totalMB = Math.round(mails.reduce((sum, mail) => sum + mail.size, 0) / 1e6);
    const faults = { ...FAULTS, lostResponses: LOST_RESPONSES };
    return {
      count,
      totalMB,
      seconds,
      faults,
      met: { ...tally, faultedShare: faultedShare(tally) },
      ...outcomes,
      ...check,
    };
  } finally {
    await stop();
  }
}

function tallyOutcome(outcomes: Outcomes, result: FilingResult | null): void {
  if (result === null) outcomes.gaveUp += 1;
  else if (result.kind === 'filed') outcomes.filed += 1;
  else outcomes.alreadyFiledOnRetry += 1;
}

async function fileWithRetries(
  client: GraphClient,
  site: SiteIds,
  mail: SoakMail,
  index: number,
  outcomes: Outcomes,
): Promise<FilingResult | null> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    try {
      return await fileRecord(client, {
        site,
        content: generatedContent(mail.size, index),
        message: mail.message,
        metadata: benchDraft(mail.message, FOLDER),
        dossierFolder: FOLDER,
      });
    } catch (error) {
      if (!isGraphCallError(error)) throw error;
      outcomes.attemptsFailed += 1;
    }
  }
  return null;
}
