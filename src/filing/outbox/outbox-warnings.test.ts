import 'fake-indexeddb/auto';
import { asDossierId, asRestItemId } from '../../core/ids';
import { canRetry, type FilingJob, type FilingRequest, type FilingWarning } from './filing-job';
import { Outbox } from './Outbox';
import { openOutboxStore } from './outbox-store';
import { readAnyFailure, type FileJob } from './run-job';

let databaseCounter = 0;
const freshStore = () => openOutboxStore(`outbox-warnings-test-${++databaseCounter}`);

const aRequest = (itemId: string): FilingRequest => ({
  itemId: asRestItemId(itemId),
  subject: `Onderwerp ${itemId}`,
  choices: { dossier: asDossierId('BZK-2024-0113') },
});

/** A filer that records the repair each run was asked for and ends with the given warnings. */
function recordingFiler(warningsPerRun: (readonly FilingWarning[])[]) {
  const repairs: (readonly FilingWarning[] | undefined)[] = [];
  const file: FileJob = async (job: FilingJob) => {
    repairs.push(job.repair);
    return {
      outcome: repairs.length === 1 ? 'filed' : 'already-filed',
      recordUrl: 'https://records.example/r1',
      dossier: job.choices.dossier,
      warnings: warningsPerRun[repairs.length - 1] ?? [],
    };
  };
  return { file, repairs };
}

describe('the outbox and filing warnings', () => {
  it('keeps the warnings in the done state and offers to repair them', async () => {
    const { file } = recordingFiler([['retention-label-not-applied']]);
    const outbox = new Outbox({ store: await freshStore(), file, readFailure: readAnyFailure });
    await outbox.start();
    await outbox.enqueue(aRequest('m1'));
    await outbox.idle();
    const [job] = outbox.jobs();
    expect(job?.state).toMatchObject({ kind: 'done', warnings: ['retention-label-not-applied'] });
    expect(job === undefined ? false : canRetry(job)).toBe(true);
  });

  it('asks the next run to repair what the last left undone, then forgets it', async () => {
    const { file, repairs } = recordingFiler([['audit-event-not-written'], []]);
    const outbox = new Outbox({ store: await freshStore(), file, readFailure: readAnyFailure });
    await outbox.start();
    await outbox.enqueue(aRequest('m2'));
    await outbox.idle();
    await outbox.retry('m2');
    await outbox.idle();
    expect(repairs).toEqual([undefined, ['audit-event-not-written']]);
    const [job] = outbox.jobs();
    expect(job?.state).toMatchObject({ kind: 'done', outcome: 'already-filed' });
    expect(job?.repair).toBeUndefined();
    expect(job === undefined ? true : canRetry(job)).toBe(false);
  });

  it('repairs when the officer files the mail again, too', async () => {
    const { file, repairs } = recordingFiler([['retention-label-not-applied'], []]);
    const outbox = new Outbox({ store: await freshStore(), file, readFailure: readAnyFailure });
    await outbox.start();
    await outbox.enqueue(aRequest('m3'));
    await outbox.idle();
    await outbox.enqueue(aRequest('m3'));
    await outbox.idle();
    expect(repairs).toEqual([undefined, ['retention-label-not-applied']]);
  });

  it('offers no retry for a refusal no retry can change', async () => {
    const file: FileJob = async () => ({ outcome: 'refused', reason: 'content-differs' });
    const outbox = new Outbox({ store: await freshStore(), file, readFailure: readAnyFailure });
    await outbox.start();
    await outbox.enqueue(aRequest('m4'));
    await outbox.idle();
    const [job] = outbox.jobs();
    expect(job?.state).toMatchObject({ kind: 'failed', permanent: true });
    expect(job === undefined ? true : canRetry(job)).toBe(false);
    let runs = 0;
    const counting = new Outbox({
      store: await freshStore(),
      readFailure: readAnyFailure,
      file: async () => {
        runs += 1;
        return { outcome: 'refused', reason: 'content-differs' };
      },
    });
    await counting.start();
    await counting.enqueue(aRequest('m5'));
    await counting.idle();
    await counting.retry('m5');
    await counting.idle();
    expect(runs).toBe(1);
  });
});
