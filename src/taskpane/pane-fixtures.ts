import type { Assessment, Dossier, Message } from '../core';
import { asDossierId, asRestItemId, asSourceId } from '../core/ids';
import { memoryOutboxStore, Outbox, readAnyFailure, type FileJob } from '../filing/outbox';
import type { FailureCode } from '../ui';
import type { PaneItem, PaneServices } from './pane-services';

/** Builders of pane test data (used by the component tests). */
export const DOSSIERS: readonly Dossier[] = [
  { id: asDossierId('BZK-2024-0113'), title: 'Woningbouw Noordoever', keywords: ['woningbouw'] },
  { id: asDossierId('BZK-2024-0201'), title: 'Subsidieregeling energie', keywords: ['subsidie'] },
  { id: asDossierId('BZK-2023-0999'), title: 'Oud dossier', status: 'closed' },
];

/** A mail with a BSN in its text. */
export function aMessage(overrides: Partial<Message> = {}): Message {
  return {
    kind: 'mail',
    id: asSourceId('<abc@bronvast.example>'),
    subject: 'Besluit woningbouw Noordoever',
    to: [{ address: 'beleid@bronvast.example' }],
    cc: [],
    bodyText: 'Beste collega, het BSN 111222333 staat in de bijlage.',
    headers: {},
    attachments: [],
    ...overrides,
  };
}

/** An assessment: relevant, two suggested dossiers, a BSN found. */
export function anAssessment(message: Message = aMessage()): Assessment {
  const start = message.bodyText.indexOf('111222333');
  return {
    relevance: {
      score: 0.82,
      relevant: true,
      threshold: 0.5,
      reasons: [{ code: 'term-besluit', weight: 1 }],
    },
    dossiers: {
      kind: 'suggested',
      suggestions: [
        {
          dossier: asDossierId('BZK-2024-0113'),
          score: 0.9,
          reasons: [{ code: 'kenmerk-in-subject', weight: 2 }],
        },
        { dossier: asDossierId('BZK-2024-0201'), score: 0.3, reasons: [] },
      ],
    },
    wooCategory: null,
    disclosure: {
      level: 'deels-openbaar',
      grounds: ['5.1.1e'],
      findings:
        start < 0
          ? []
          : [{ type: 'bsn', start, end: start + 9, text: '111222333', ground: '5.1.1e' }],
      reasons: [],
    },
  };
}

/** Pane services over fakes: the given item, an in-memory outbox with the given filer. */
export function fakeServices(
  item: PaneItem,
  file: FileJob<FailureCode>,
  overrides: Partial<PaneServices> = {},
): PaneServices {
  return {
    readItem: async () => item,
    onItemChanged: () => () => undefined,
    assess: async (message) => anAssessment(message),
    loadDossiers: async () => DOSSIERS,
    lookupFiled: async () => ({ kind: 'not-filed' }),
    conversationMails: async () => [],
    saveDraftDossier: async () => undefined,
    sweepSentItems: async () => 0,
    outbox: new Outbox({ store: memoryOutboxStore(), file, readFailure: readAnyFailure }),
    ...overrides,
  };
}

/** A read item for the given message. */
export const aReadItem = (message: Message = aMessage()): PaneItem => ({
  kind: 'read',
  itemId: asRestItemId('AAMkAGI1'),
  message,
});
