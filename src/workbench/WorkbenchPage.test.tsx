/** @jest-environment jsdom */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { GraphClient, SiteIds } from '../graph';
import { workbenchTexts } from '../texts/workbench';
import { frameSurface } from './FrameSurface';
import type { SurfaceContext, WorkbenchSurface } from './workbench-surface';
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

function renderPage(
  initial: string | null,
  language: 'nl' | 'en' = 'nl',
  surfaces: readonly WorkbenchSurface[] = SURFACES,
) {
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
    texts: workbenchTexts(language),
  };
  render(<WorkbenchPage context={context} surfaces={surfaces} initial={initial} />);
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

  it('hosts a surface of its own page in a frame that F6 treats as a region', () => {
    const teams = frameSurface({
      id: 'teams',
      label: { nl: 'Teams', en: 'Teams' },
      page: 'workbench-teams.html',
    });
    renderPage('teams', 'en', [...SURFACES, teams]);
    const frame = screen.getByTitle('Teams');
    expect(frame.tagName).toBe('IFRAME');
    expect(frame.getAttribute('src')).toBe('workbench-teams.html?lang=en-US');
    expect(frame.closest('[data-region]')?.getAttribute('data-region')).toBe('teams');
    expect(screen.getByTestId('teams-frame')).toBe(frame);
  });
});
