/** @jest-environment jsdom */
import { TextDecoder, TextEncoder } from 'node:util';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import { asDossierId, asRecordId, asSourceId } from '../../core/ids';
import type { RecordMetadata } from '../../core/records/record-metadata';
import type { ReviewItem } from '../../graph';
import type { ReviewServices } from '../review-services';
import { reviewTexts } from '../../texts/review';
import { ReviewTextsContext } from '../ReviewTexts';
import { aReviewItem } from '../../graph/records-review/review-item.fixture';
import { managerSet } from '../../core/trust/trust-facts';

// jsdom lacks these; the mail parser the detail uses needs them before it loads (hence the
// detail is imported once they are set).
Object.assign(globalThis, { TextEncoder, TextDecoder });
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver ??= NoResizeObserver;

const malformed: RecordMetadata = {
  sourceKind: 'mail',
  sourceId: asSourceId('a@b'),
  dedupKey: 'mail:a@b',
  dossier: asDossierId('BZK-1999-0001'),
  wooCategory: null,
  assessment: 'openbaar',
  grounds: [],
  relevance: Number('hoog'),
  toelichting: '',
  filedBy: 'beleid@bronvast.example',
  filedAt: new Date('gisteren'),
  received: new Date('nooit'),
  sha256: 'kapot',
  reviewStatus: 'te-beoordelen',
  to: [],
  cc: [],
  subject: 'Nota zonder bestand',
  hasAttachments: false,
};

const services: ReviewServices = {
  user: { address: 'informatiebeheer@bronvast.example', displayName: 'M' },
  managers: () => Promise.resolve(managerSet([{ address: 'informatiebeheer@bronvast.example' }])),
  auditEvents: () => Promise.resolve(new Map()),
  auditChain: () => Promise.resolve(new Map()),
  contentVersions: () => Promise.resolve([]),
  dossiers: () => Promise.resolve([]),
  queue: () => Promise.reject(new Error('not used')),
  reload: () => Promise.resolve(null),
  apply: () => Promise.resolve([]),
  move: () => Promise.resolve([]),
  versions: () => Promise.resolve([]),
  audit: () => Promise.resolve([]),
  content: () => Promise.resolve({ kind: 'file-missing' }),
  dashboard: () => Promise.resolve([]),
  coverage: () => Promise.resolve({ kind: 'figures', rows: [] }),
};

async function renderDetail(metadata: RecordMetadata | null): Promise<void> {
  const { RecordDetail } = await import('./RecordDetail');
  const item: ReviewItem = aReviewItem({ id: asRecordId('7'), webUrl: '', metadata });
  render(
    <FluentProvider theme={webLightTheme}>
      <ReviewTextsContext.Provider value={reviewTexts('nl')}>
        <RecordDetail
          item={item}
          services={services}
          managers={managerSet([])}
          dossiers={[]}
          organisationDomains={[]}
        />
      </ReviewTextsContext.Provider>
    </FluentProvider>,
  );
}

describe('the detail of a record with bad input', () => {
  it('shows what is known with plain warnings for a gone file, bad columns and a gone dossier', async () => {
    await renderDetail(malformed);
    expect(screen.getByRole('heading', { name: 'Nota zonder bestand' })).toBeTruthy();
    expect(await screen.findByText(/niet gevonden in de bibliotheek/)).toBeTruthy();
    expect(screen.getByText(/staat niet \(meer\) in het dossierregister/)).toBeTruthy();
    expect(screen.getByText(/datum van vastleggen ontbreekt of is onleesbaar/)).toBeTruthy();
    expect(screen.queryByText(/NaN|Invalid Date/)).toBeNull();
  });

  it('shows a record without columns with the warning that says so', async () => {
    await renderDetail(null);
    expect(screen.getByText(/geen \(geldige\) Bronvast-kolommen/)).toBeTruthy();
    expect(await screen.findByText(/niet gevonden in de bibliotheek/)).toBeTruthy();
  });
});
