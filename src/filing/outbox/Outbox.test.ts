import 'fake-indexeddb/auto';
import { asDossierId, asRestItemId } from '../../core/ids';
import type { FilingJob, FilingRequest } from './filing-job';
import { Outbox } from './Outbox';
import { openOutboxStore, type OutboxStore } from './outbox-store';
import { readAnyFailure, type FileJob, type FiledResult } from './run-job';

let databaseCounter = 0;
const freshStore = (): Promise<OutboxStore> => openOutboxStore(`outbox-test-${++databaseCounter}`);

const aRequest = (itemId: string, subject = `Onderwerp ${itemId}`): FilingRequest => ({
  itemId: asRestItemId(itemId),
  subject,
  choices: { dossier: asDossierId('BZK-2024-0113'), toelichting: 'besluit' },
});

const filed = (job: FilingJob): FiledResult => ({
  outcome: 'filed',
  recordUrl: `https://records.example/${job.itemId}`,
  dossier: job.choices.dossier,
});

const states = (outbox: Outbox): string[] => outbox.jobs().map((job) => job.state.kind);

describe('Outbox', () => {
  it('runs a queued job through uploading and metadata to done', async () => {
    const seen: string[] = [];
    const file: FileJob = async (job, onStage) => {
      onStage('uploading');
      onStage('metadata');
      return filed(job);
    };
    const outbox = new Outbox({ store: await freshStore(), file, readFailure: readAnyFailure });
    outbox.subscribe(() => seen.push(outbox.jobs()[0]?.state.kind ?? 'none'));
    await outbox.start();
    await outbox.enqueue(aRequest('m1'));
    await outbox.idle();
    expect(seen).toEqual(expect.arrayContaining(['queued', 'uploading', 'metadata', 'done']));
    expect(seen.indexOf('uploading')).toBeLessThan(seen.indexOf('metadata'));
    const [job] = outbox.jobs();
    expect(job?.state).toEqual({
      kind: 'done',
      outcome: 'filed',
      recordUrl: 'https://records.example/m1',
      dossier: 'BZK-2024-0113',
    });
  });

  it('keeps a failed job with its reason and files it on retry', async () => {
    let fail = true;
    const file: FileJob = async (job) => {
      if (fail) throw new Error('offline');
      return filed(job);
    };
    const readFailure = () => ({ reason: 'forbidden' as const, transient: false });
    const outbox = new Outbox({ store: await freshStore(), file, readFailure });
    await outbox.start();
    await outbox.enqueue(aRequest('m2'));
    await outbox.idle();
    expect(outbox.jobs()[0]?.state).toEqual({ kind: 'failed', reason: 'forbidden', retryAt: null });
    fail = false;
    await outbox.retry('m2');
    await outbox.idle();
    expect(states(outbox)).toEqual(['done']);
  });

  it('schedules transient failures with backoff and retries them when woken', async () => {
    let calls = 0;
    let clock = 1_000;
    const file: FileJob = async (job) => {
      calls += 1;
      if (calls === 1) throw new Error('503');
      return filed(job);
    };
    const outbox = new Outbox({
      store: await freshStore(),
      file,
      readFailure: readAnyFailure,
      now: () => clock,
    });
    await outbox.start();
    await outbox.enqueue(aRequest('m3'));
    await outbox.idle();
    const state = outbox.jobs()[0]?.state;
    expect(state).toEqual({ kind: 'failed', reason: 'network', retryAt: 3_000 });
    clock = 5_000;
    outbox.wake();
    await outbox.idle();
    outbox.stop();
    expect(calls).toBe(2);
    expect(states(outbox)).toEqual(['done']);
  });

  it('survives a reload: a job interrupted mid-upload runs again from the kept store', async () => {
    const name = `outbox-reload-${++databaseCounter}`;
    let uploading: () => void = () => undefined;
    const started = new Promise<void>((resolve) => (uploading = resolve));
    const hanging: FileJob = (_job, onStage) => {
      onStage('uploading');
      uploading();
      return new Promise<FiledResult>(() => undefined);
    };
    const first = new Outbox({
      store: await openOutboxStore(name),
      file: hanging,
      readFailure: readAnyFailure,
    });
    await first.start();
    await first.enqueue(aRequest('m4'));
    await started;
    first.stop();

    const filedIds: string[] = [];
    const file: FileJob = async (job) => {
      filedIds.push(job.itemId);
      return filed(job);
    };
    const second = new Outbox({
      store: await openOutboxStore(name),
      file,
      readFailure: readAnyFailure,
    });
    await second.start();
    await second.idle();
    expect(filedIds).toEqual(['m4']);
    expect(second.jobs()[0]).toMatchObject({ subject: 'Onderwerp m4', state: { kind: 'done' } });
  });

  it('does not queue a mail twice while its job is still running', async () => {
    let release: () => void = () => undefined;
    let entered: () => void = () => undefined;
    const running = new Promise<void>((resolve) => (entered = resolve));
    const calls: string[] = [];
    const file: FileJob = async (job) => {
      calls.push(job.itemId);
      const released = new Promise<void>((resolve) => (release = resolve));
      entered();
      await released;
      return filed(job);
    };
    const outbox = new Outbox({ store: await freshStore(), file, readFailure: readAnyFailure });
    await outbox.start();
    await outbox.enqueue(aRequest('m5'));
    await running;
    await outbox.enqueue(aRequest('m5'));
    release();
    await outbox.idle();
    expect(calls).toEqual(['m5']);
    expect(outbox.jobs()).toHaveLength(1);
  });

  it('lists jobs newest first', async () => {
    let clock = 0;
    const file: FileJob = async (job) => filed(job);
    const outbox = new Outbox({
      store: await freshStore(),
      file,
      readFailure: readAnyFailure,
      now: () => ++clock,
    });
    await outbox.start();
    for (const id of ['a', 'b', 'c']) await outbox.enqueue(aRequest(id));
    await outbox.idle();
    expect(outbox.jobs().map((job) => job.itemId)).toEqual(['c', 'b', 'a']);
  });
});
