/** @jest-environment jsdom */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { GraphClient, SiteIds } from '../graph';
import { workbenchMessages } from '../ui/messages/workbench-messages';
import type { SurfaceContext, WorkbenchSurface } from './surfaces';
import { WorkbenchPage } from './WorkbenchPage';
import { WorkbenchState } from './WorkbenchState';

const surface = (id: string, nl: string, en: string): WorkbenchSurface => ({
  id,
  label: { nl, en },
  render: ({ texts }) => <p data-testid="surface">{`${id}: ${texts.title}`}</p>,
});

const SURFACES = [
  surface('outlook', 'Outlook', 'Outlook'),
  surface('review', 'Informatiebeheer', 'Records management'),
];

function renderPage(initial: string | null, language: 'nl' | 'en' = 'nl') {
  const state = new WorkbenchState({
    graphBaseUrl: 'http://localhost:1',
    upn: 'beleid@bronvast.example',
    displayName: 'Beleid',
    displayLanguage: language === 'en' ? 'en-US' : 'nl-NL',
  });
  const context: SurfaceContext = {
    client: {} as GraphClient,
    site: () => Promise.resolve({} as SiteIds),
    state,
    language,
    texts: workbenchMessages(language),
  };
  render(<WorkbenchPage context={context} surfaces={SURFACES} initial={initial} />);
}

describe('WorkbenchPage', () => {
  it('shows one switcher button per listed surface and opens the first by default', () => {
    renderPage(null);
    const switcher = screen.getByRole('navigation', { name: 'Onderdelen' });
    const buttons = Array.from(switcher.querySelectorAll('button'), (b) => b.textContent);
    expect(buttons).toEqual(['Outlook', 'Informatiebeheer']);
    expect(screen.getByTestId('surface').textContent).toBe('outlook: Bronvast werkbank');
    expect(screen.getByRole('button', { name: 'Outlook' }).getAttribute('aria-current')).toBe(
      'page',
    );
  });

  it('switches surface on a click and keeps the choice in the address', async () => {
    renderPage(null);
    await userEvent.click(screen.getByRole('button', { name: 'Informatiebeheer' }));
    expect(screen.getByTestId('surface').textContent).toBe('review: Bronvast werkbank');
    expect(new URL(globalThis.location.href).searchParams.get('surface')).toBe('review');
    expect(screen.getByRole('button', { name: 'Outlook' }).getAttribute('aria-current')).toBeNull();
  });

  it('opens the surface the address names', () => {
    renderPage('review');
    expect(screen.getByTestId('surface').textContent).toMatch(/^review/);
  });

  it('falls back to the first surface for an unknown name, in English on request', () => {
    renderPage('teams', 'en');
    expect(screen.getByTestId('surface').textContent).toBe('outlook: Bronvast workbench');
    expect(screen.getByRole('navigation', { name: 'Surfaces' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Records management' })).toBeTruthy();
  });
});
