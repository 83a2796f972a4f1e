import { asDossierId, type Message } from '../core/index';
import {
  aReadItem,
  answers,
  installOffice,
  succeeded,
  uninstallOffice,
} from '../host/office-mock.fixture';
import type { OfficeCallback, OfficeNotification } from '../host/office-subset';
import { anAssessment, type AssessmentShape } from './assessment.fixture';
import { fileFromRibbon } from './file-from-ribbon';
import { CONTEXT_BUDGET_MS, onMessageSendHandler } from './on-message-send';
import type { CommandServices, RibbonFilingOutcome } from './services';

afterEach(uninstallOffice);

const dossiers = [{ id: asDossierId('GEM-7'), title: 'Herinrichting Stationsplein' }];

function services(
  shape: AssessmentShape,
  filing: RibbonFilingOutcome = { kind: 'filed' },
  delayMs = 0,
) {
  const assessed: Message[] = [];
  const fileItem = jest.fn(() => Promise.resolve(filing));
  const built: CommandServices = {
    loadContext: () =>
      new Promise((resolve) =>
        setTimeout(
          () =>
            resolve({
              assess: (message) => (assessed.push(message), anAssessment(shape)),
              dossiers,
            }),
          delayMs,
        ),
      ),
    fileItem,
    language: () => 'nl',
  };
  return { built, fileItem, assessed };
}

function anEvent() {
  let resolve: (options: Record<string, unknown> | undefined) => void = () => undefined;
  const completed = new Promise<Record<string, unknown> | undefined>((done) => (resolve = done));
  return {
    event: { completed: (options?: Record<string, unknown>) => resolve(options) },
    completed,
  };
}

function readItemWithNotices() {
  const notices: OfficeNotification[] = [];
  const notificationMessages = {
    replaceAsync: (_key: string, details: OfficeNotification, done: OfficeCallback<void>) => {
      notices.push(details);
      done(succeeded(undefined));
    },
  };
  return { notices, item: aReadItem({ notificationMessages }) };
}

describe('the Vastleggen ribbon button', () => {
  it('files a confident assessment in the top dossier and says so on the mail', async () => {
    const { notices, item } = readItemWithNotices();
    installOffice({ item });
    const fake = services({ relevance: 0.9, dossiers: [['GEM-7', 0.9]] });
    const { event, completed } = anEvent();
    await fileFromRibbon(event, fake.built);
    await completed;
    expect(fake.assessed[0]?.id).toBe('advies-1@gemeente.example');
    expect(fake.fileItem).toHaveBeenCalledWith(
      expect.objectContaining({ itemId: 'AAMkAGI2-ews-1' }),
      expect.anything(),
      'GEM-7',
    );
    expect(notices).toEqual([
      expect.objectContaining({
        type: 'informationalMessage',
        message: 'Vastgelegd in dossier Herinrichting Stationsplein (GEM-7).',
      }),
    ]);
  });

  it('opens the pane instead of filing when it is unsure', async () => {
    const { notices, item } = readItemWithNotices();
    installOffice({ item, sets: { Mailbox: '1.14' } });
    const fake = services({
      relevance: 0.9,
      dossiers: [
        ['GEM-7', 0.6],
        ['GEM-8', 0.55],
      ],
    });
    const { event, completed } = anEvent();
    await fileFromRibbon(event, fake.built);
    await completed;
    expect(fake.fileItem).not.toHaveBeenCalled();
    expect(notices[0]).toMatchObject({
      type: 'insightMessage',
      actions: [{ commandId: 'msgReadOpenPaneButton' }],
    });
  });

  it('reports a failed filing as an error notice and still completes', async () => {
    const { notices, item } = readItemWithNotices();
    installOffice({ item });
    const fake = services(
      { relevance: 0.9, dossiers: [['GEM-7', 0.9]] },
      { kind: 'failed', code: 'throttled' },
    );
    const { event, completed } = anEvent();
    await fileFromRibbon(event, fake.built);
    await expect(completed).resolves.toBeUndefined();
    expect(notices[0]).toMatchObject({
      type: 'errorMessage',
      message: expect.stringContaining('het archiefsysteem is even te druk'),
    });
    expect(notices[0]).not.toMatchObject({ message: expect.stringContaining('throttled') });
  });

  it('explains a refusal in the shared words, never as a raw code', async () => {
    const { notices, item } = readItemWithNotices();
    installOffice({ item });
    const fake = services(
      { relevance: 0.9, dossiers: [['GEM-7', 0.9]] },
      { kind: 'failed', code: 'forbidden' },
    );
    const { event, completed } = anEvent();
    await fileFromRibbon(event, fake.built);
    await completed;
    const message = String((notices[0] as { message?: unknown } | undefined)?.message);
    expect(message).toBe(
      'Vastleggen is niet gelukt: u hebt geen rechten om in dit dossier vast te leggen.',
    );
  });

  it('says what did not work out when the record is filed with warnings', async () => {
    const { notices, item } = readItemWithNotices();
    installOffice({ item });
    const fake = services(
      { relevance: 0.9, dossiers: [['GEM-7', 0.9]] },
      { kind: 'filed', warnings: ['retention-label-not-applied'] },
    );
    const { event, completed } = anEvent();
    await fileFromRibbon(event, fake.built);
    await completed;
    expect(notices[0]).toMatchObject({
      message: expect.stringMatching(
        /^Vastgelegd in dossier .*, maar het bewaarlabel is niet toegekend\.$/,
      ),
    });
  });
});

describe('the on-send check', () => {
  const draft = (headers: Record<string, string> = {}) => ({
    subject: { getAsync: answers(succeeded('Besluit Stationsplein')) },
    to: { getAsync: answers(succeeded([])) },
    cc: { getAsync: answers(succeeded([])) },
    body: { getAsync: answers(succeeded('Tekst')) },
    internetHeaders: { getAsync: answers(succeeded(headers)) },
    loadCustomPropertiesAsync: answers(succeeded({ get: () => undefined })),
  });

  it('holds a policy-relevant draft without a dossier with a Smart Alert naming the suggestion', async () => {
    installOffice({ item: draft() });
    const { event, completed } = anEvent();
    await onMessageSendHandler(
      event,
      services({ relevance: 0.9, dossiers: [['GEM-7', 0.5]] }).built,
    );
    const options = await completed;
    expect(options).toMatchObject({
      allowEvent: false,
      cancelLabel: 'Dossier kiezen',
      sendModeOverride: 'promptUser',
    });
    expect(options?.errorMessage).toContain('Herinrichting Stationsplein (GEM-7)');
  });

  it('lets the draft go once a dossier is chosen', async () => {
    installOffice({ item: draft({ 'X-Bronvast-Dossier': 'GEM-7' }) });
    const { event, completed } = anEvent();
    await onMessageSendHandler(
      event,
      services({ relevance: 0.9, dossiers: [['GEM-7', 0.5]] }).built,
    );
    await expect(completed).resolves.toEqual({ allowEvent: true });
  });

  it('decides within the budget when the dossier registry is slow', async () => {
    installOffice({ item: draft() });
    const { event, completed } = anEvent();
    const started = Date.now();
    await onMessageSendHandler(event, services({ relevance: 0.9 }, { kind: 'filed' }, 5_000).built);
    const options = await completed;
    expect(Date.now() - started).toBeLessThan(CONTEXT_BUDGET_MS + 300);
    expect(options?.allowEvent).toBeDefined();
  });

  it('never blocks sending when Bronvast itself fails', async () => {
    installOffice({ item: draft() });
    const { event, completed } = anEvent();
    const broken = services({ relevance: 0.9 }).built;
    await onMessageSendHandler(event, {
      ...broken,
      loadContext: () =>
        Promise.resolve({
          assess: () => {
            throw new Error('bug');
          },
          dossiers,
        }),
    });
    await expect(completed).resolves.toEqual({ allowEvent: true });
  });
});
