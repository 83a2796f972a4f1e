/** @jest-environment jsdom */
import { TextDecoder, TextEncoder } from 'node:util';
import { fireEvent, screen, within } from '@testing-library/react';
import type { UiLanguage } from '../../texts/language';
import type { RecordVersion } from '../../graph';
import { aReviewItem } from '../review-item.fixture';
import {
  FIXTURE_MANAGER,
  FIXTURE_MANAGERS,
  renderReview,
  reviewServicesFor,
} from '../review-services.fixture';

// The detail parses mail, which needs these before it loads (hence the dynamic import below).
Object.assign(globalThis, { TextEncoder, TextDecoder });

const MANAGER = { address: FIXTURE_MANAGER, displayName: 'Marloes Bakker' };
const OFFICER = { address: 'beleid@bronvast.example', displayName: 'Sanne de Vries' };

const versions: RecordVersion[] = [
  { label: '1.0', modifiedBy: OFFICER, fields: {} },
  {
    label: '2.0',
    modifiedBy: OFFICER,
    fields: {
      BronvastAssessment: 'deels-openbaar',
      BronvastDedupKey: 'mail:nota-1@bronvast.example',
      BronvastWooCategory: 'c_c76862ab',
      BronvastGrounds: '5.1.2e',
      BronvastReviewStatus: 'te-beoordelen',
    },
  },
  {
    label: '3.0',
    modifiedBy: MANAGER,
    fields: {
      BronvastAssessment: 'deels-openbaar',
      BronvastDedupKey: 'mail:nota-1@bronvast.example',
      BronvastWooCategory: 'c_c76862ab',
      BronvastGrounds: '5.1.2e',
      BronvastReviewStatus: 'geaccepteerd',
    },
  },
];

async function renderDetail(language: UiLanguage = 'nl') {
  const { RecordDetail } = await import('./RecordDetail');
  const services = reviewServicesFor(FIXTURE_MANAGER, {
    content: () => Promise.resolve({ kind: 'file-missing' }),
    versions: () => Promise.resolve(versions),
    audit: () => Promise.resolve([]),
  });
  renderReview(
    <RecordDetail
      item={aReviewItem('1')}
      services={services}
      managers={FIXTURE_MANAGERS}
      dossiers={[]}
      organisationDomains={[]}
    />,
    language,
  );
  return screen.findByTestId('versions', {}, { timeout: 10_000 });
}

describe('the record detail', () => {
  it('names the category, the assessment and the changed columns by their labels, not their codes', async () => {
    const history = await renderDetail();
    const metadata = screen.getByTestId('metadata');
    expect(within(metadata).getByText('Vergaderstuk Staten-Generaal')).toBeTruthy();
    expect(
      within(metadata).getByText('5.1.2e Eerbiediging van de persoonlijke levenssfeer'),
    ).toBeTruthy();
    expect(metadata.textContent).not.toContain('c_c76862ab');
    const lines = [...history.querySelectorAll('li li')].map((line) => line.textContent);
    expect(lines).toContain('Beoordeling: — → Deels openbaar');
    expect(lines).toContain('Informatiecategorie: — → Vergaderstuk Staten-Generaal');
    expect(lines).toContain('Status: Te beoordelen → Geaccepteerd');
    expect(history.textContent).not.toMatch(/Bronvast|Ontdubbelsleutel|deels-openbaar/);
  });

  it('shows the codes beside the labels when asked, the filing’s identifiers too', async () => {
    const history = await renderDetail();
    fireEvent.click(screen.getByRole('switch', { name: 'Codes tonen' }));
    const metadata = screen.getByTestId('metadata');
    expect(metadata.textContent).toContain('Vergaderstuk Staten-Generaalc_c76862ab');
    expect(metadata.textContent).toContain('BeoordelingBronvastAssessment');
    const lines = [...history.querySelectorAll('li li')].map((line) => line.textContent);
    expect(lines).toContain('BeoordelingBronvastAssessment: — → Deels openbaardeels-openbaar');
    expect(lines).toContain('OntdubbelsleutelBronvastDedupKey: — → mail:nota-1@bronvast.example');
  });

  it('speaks English on an English page', async () => {
    const history = await renderDetail('en');
    const lines = [...history.querySelectorAll('li li')].map((line) => line.textContent);
    expect(lines).toContain('Assessment: — → Partly public');
    expect(lines).toContain('Information category: — → Meeting document of the States General');
    expect(within(screen.getByTestId('metadata')).getByText('Received')).toBeTruthy();
  });
});
