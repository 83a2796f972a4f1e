/** @jest-environment jsdom */
import { TextDecoder, TextEncoder } from 'node:util';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, waitFor } from '@testing-library/react';
import { asDossierId, asRecordId, asSourceId } from '../../core/ids';
import type { RecordMetadata } from '../../core/records/record-metadata';
import type { ReviewItem } from '../../graph';
import { aReviewItem as aFiledReviewItem } from '../../graph/records-review/review-item.fixture';
import { FIXTURE_MANAGERS, reviewServicesFor } from '../review-services.fixture';
import { reviewTexts } from '../../texts/review';
import { ReviewTextsContext } from '../ReviewTexts';

// jsdom lacks these; the mail parser the detail uses needs them before it loads.
Object.assign(globalThis, { TextEncoder, TextDecoder });
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver ??= NoResizeObserver;
// The download link of the file; jsdom has no object URLs.
Object.assign(URL, { createObjectURL: () => 'blob:verslag', revokeObjectURL: () => undefined });

const metadata: RecordMetadata = {
  sourceKind: 'mail',
  sourceId: asSourceId('verslag@bronvast.example'),
  dedupKey: 'mail:verslag@bronvast.example',
  dossier: asDossierId('BZK-2025-0001'),
  wooCategory: null,
  assessment: 'openbaar',
  grounds: [],
  relevance: 0.7,
  toelichting: '',
  filedBy: 'beleid@bronvast.example',
  filedAt: new Date('2025-03-04T10:00:00Z'),
  received: new Date('2025-03-04T09:00:00Z'),
  sha256: 'a'.repeat(64),
  reviewStatus: 'te-beoordelen',
  to: [],
  cc: [],
  subject: 'Verslag overleg',
  hasAttachments: false,
};

// Both names are found only with the name lexicon: the built-in readers need a cue.
const eml = [
  'From: beleid@bronvast.example',
  'To: informatiebeheer@bronvast.example',
  'Subject: Verslag overleg',
  'Date: Tue, 4 Mar 2025 09:00:00 +0000',
  'Message-ID: <verslag@bronvast.example>',
  'Content-Type: text/plain; charset=utf-8',
  '',
  'Kok zei dat hij tevreden was. Volgens Van der Laan is er geen draagvlak.',
  '',
].join('\r\n');

const services = reviewServicesFor('informatiebeheer@bronvast.example', {
  dossiers: () => Promise.resolve([]),
  reload: () => Promise.resolve(null),
  apply: () => Promise.resolve([]),
  move: () => Promise.resolve([]),
  versions: () => Promise.resolve([]),
  audit: () => Promise.resolve([]),
  content: () =>
    Promise.resolve({
      kind: 'found',
      name: 'verslag.eml',
      mimeType: 'message/rfc822',
      bytes: new TextEncoder().encode(eml),
    }),
  dashboard: () => Promise.resolve([]),
  coverage: () => Promise.resolve({ kind: 'figures', rows: [] }),
});

describe('the detail of a filed mail', () => {
  it('marks the person names the pane finds with the name lexicon', async () => {
    const { RecordDetail } = await import('./RecordDetail');
    const item: ReviewItem = aFiledReviewItem({ id: asRecordId('8'), webUrl: '', metadata });
    const { container } = render(
      <FluentProvider theme={webLightTheme}>
        <ReviewTextsContext.Provider value={reviewTexts('nl')}>
          <RecordDetail
            item={item}
            services={services}
            managers={FIXTURE_MANAGERS}
            dossiers={[]}
            organisationDomains={[]}
          />
        </ReviewTextsContext.Provider>
      </FluentProvider>,
    );
    expect(await screen.findByRole('heading', { name: 'Verslag overleg' })).toBeTruthy();
    await waitFor(() => {
      const marked = [...container.querySelectorAll('mark[data-finding="person-name"]')];
      expect(marked.map((mark) => mark.textContent)).toEqual(['Kok', 'Van der Laan']);
    });
  });
});
