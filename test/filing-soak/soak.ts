import { assessMessage, prepareContext, type Message } from '../../src/core';
import { asDossierId, asRestItemId } from '../../src/core/ids';
import {
  fileMailContent,
  memoryOutboxStore,
  Outbox,
  readGraphFailure,
  type FileJob,
  type FilingJob,
  type FilingErrorCode,
} from '../../src/filing';
import type { GraphClient, SiteIds } from '../../src/graph';
import { benchClient, benchMail, demoSite, inProcessEmulator, MANAGER, OFFICER } from './harness';
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

interface Outcomes {
  filed: number;
  alreadyFiledOnRetry: number;
  attemptsFailed: number;
  gaveUp: number;
}

/**
 * Files `count` mails of 1 KB to `maxSize` bytes (default 30 MB, log-uniform) with about 20 % of
 * requests faulted (throttled, unavailable, dropped, failed chunks, responses lost after the
 * server acted) through the real outbox and mail filing of src/filing, with the outbox's own
 * retries and backoff, then checks the library: lost, duplicates, SHA-256.
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
    const mails: SoakMail[] = [];
    const byItem = new Map<string, { mail: SoakMail; index: number }>();
    for (let i = 0; i < count; i++) {
      const size = Math.round(Math.exp(Math.log(1024) + random() * Math.log(maxSize / 1024)));
      const mail = {
        message: benchMail('soak'),
        size,
        sha256: await sha256Of(generatedContent(size, i)),
      };
      mails.push(mail);
      byItem.set(`soak-${i}`, { mail, index: i });
    }
    const outbox = soakOutbox(client, site, byItem);
    emulator.setFaults({ ...FAULTS, seed });
    const started = performance.now();
    await outbox.start();
    for (const [itemId, { mail }] of byItem) {
      const choices = { dossier: asDossierId(FOLDER) };
      await outbox.enqueue({
        itemId: asRestItemId(itemId),
        subject: mail.message.subject,
        choices,
      });
    }
    await settled(outbox);
    outbox.stop();
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
      ...outcomesOf(outbox.jobs()),
      ...check,
    };
  } finally {
    await stop();
  }
}

/** The soak's failure codes: the filing's own, and a job whose mail the soak did not make. */
type SoakCode = FilingErrorCode | 'unknown-item';

/** The outbox every surface uses, filing each job's generated content as its mail. */
function soakOutbox(
  client: GraphClient,
  site: SiteIds,
  byItem: ReadonlyMap<string, { mail: SoakMail; index: number }>,
): Outbox<SoakCode> {
  const context = prepareContext({ dossiers: [], history: [], organisationDomains: [] });
  const dependencies = {
    client,
    site: () => Promise.resolve(site),
    dossiers: () => Promise.resolve([]),
    assess: (message: Message) => Promise.resolve(assessMessage(message, context)),
    filedBy: OFFICER,
  };
  const file: FileJob<SoakCode> = async (job, onStage) => {
    const entry = byItem.get(job.itemId);
    if (entry === undefined) return { outcome: 'refused', reason: 'unknown-item' };
    onStage('uploading');
    const result = await fileMailContent(dependencies, {
      content: generatedContent(entry.mail.size, entry.index),
      message: entry.mail.message,
      choices: job.choices,
      ...(job.repair === undefined ? {} : { repair: job.repair }),
    });
    if (result.outcome === 'refused') return result;
    if (result.outcome === 'already-filed-by-other')
      return { outcome: 'already-filed', recordUrl: '', dossier: result.dossier };
    const { outcome, recordUrl, dossier, warnings } = result;
    return { outcome, recordUrl, dossier, warnings };
  };
  return new Outbox<SoakCode>({ store: memoryOutboxStore(), file, readFailure: readGraphFailure });
}

/**
 * Resolves once every job is done or waits for the officer (no automatic retry left). Meanwhile
 * it wakes the outbox now and then, as a returning network does, so the soak does not sit out
 * the backoff between attempts (the attempts themselves are counted as the outbox counts them).
 */
function settled(outbox: Outbox<SoakCode>): Promise<void> {
  const waking = setInterval(() => outbox.wake(), 250);
  const done = (): boolean =>
    outbox
      .jobs()
      .every(
        (job) =>
          job.state.kind === 'done' || (job.state.kind === 'failed' && job.state.retryAt === null),
      );
  return new Promise<void>((resolve) => {
    if (done()) return resolve();
    const unsubscribe = outbox.subscribe(() => {
      if (!done()) return;
      unsubscribe();
      resolve();
    });
  }).finally(() => clearInterval(waking));
}

function outcomesOf(jobs: readonly FilingJob<SoakCode>[]): Outcomes {
  const outcomes: Outcomes = { filed: 0, alreadyFiledOnRetry: 0, attemptsFailed: 0, gaveUp: 0 };
  for (const job of jobs) {
    outcomes.attemptsFailed += job.attempts - 1;
    if (job.state.kind !== 'done') outcomes.gaveUp += 1;
    else if (job.state.outcome === 'filed') outcomes.filed += 1;
    else outcomes.alreadyFiledOnRetry += 1;
  }
  return outcomes;
}
