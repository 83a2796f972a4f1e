/** @jest-environment jsdom */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import { asRestItemId } from '../core/ids';
import { surfaceTexts, TextsContext } from '../ui';
import { aMessage, anAssessment, DOSSIERS, fakeServices, aReadItem } from './pane-fixtures';
import { readPaneState, type PaneState } from './pane-state';
import { drawStaticVerdict } from './static-verdict';
import { TaskPane } from './TaskPane';

const shell = readFileSync(path.join(__dirname, 'pane-shell.html'), 'utf8');

const readState = (score: number, relevant: boolean): PaneState => {
  const assessment = anAssessment();
  return {
    kind: 'read',
    itemId: asRestItemId('AAMk-1'),
    message: aMessage(),
    assessment: { ...assessment, relevance: { ...assessment.relevance, score, relevant } },
    dossiers: DOSSIERS,
  };
};

describe('the verdict in the static shell', () => {
  beforeEach(() => {
    document.body.innerHTML = `<div id="root">${shell}</div>`;
  });

  it('replaces the loading line with the score, the verdict and its reasons', () => {
    const root = document.getElementById('root');
    if (root === null) throw new Error('no root');
    expect(drawStaticVerdict(root, readState(0.82, true), surfaceTexts('nl'))).toBe(true);
    expect(root.textContent).not.toContain('Het bericht wordt beoordeeld');
    const verdict = screen.getByTestId('relevance');
    expect(verdict.textContent).toMatch(/^82% Beleidsrelevant: leg dit bericht vast/);
    expect(screen.getByRole('region', { name: 'Beleidsrelevantie' })).toBeTruthy();
    expect(screen.getByRole('listitem').textContent).toBe(
      surfaceTexts('nl').reason({ code: 'term-besluit', weight: 1 }),
    );
  });

  it('says a mail is not relevant in English too', () => {
    const root = document.getElementById('root');
    if (root === null) throw new Error('no root');
    drawStaticVerdict(root, readState(0.12, false), surfaceTexts('en'));
    expect(screen.getByTestId('relevance').textContent).toContain(
      `12% ${surfaceTexts('en').ui.notRelevant}`,
    );
  });

  it('keeps the loading line when there is no verdict to show', () => {
    const root = document.getElementById('root');
    if (root === null) throw new Error('no root');
    expect(drawStaticVerdict(root, { kind: 'none' }, surfaceTexts('nl'))).toBe(false);
    expect(root.textContent).toContain('Het bericht wordt beoordeeld');
  });
});

describe('the pane started from the state the page already has', () => {
  it('shows that assessment at once without reading the item again', async () => {
    const readItem = jest.fn(async () => aReadItem());
    const services = {
      ...fakeServices(aReadItem(), async (job) => ({
        outcome: 'filed',
        recordUrl: 'http://records.example/1',
        dossier: job.choices.dossier,
      })),
      readItem,
    };
    render(
      <FluentProvider theme={webLightTheme}>
        <TextsContext.Provider value={surfaceTexts('nl')}>
          <TaskPane services={services} initial={readState(0.82, true)} />
        </TextsContext.Provider>
      </FluentProvider>,
    );
    expect(screen.queryByTestId('loading')).toBeNull();
    expect(screen.getByTestId('relevance').textContent).toContain('82%');
    expect(await screen.findByRole('button', { name: 'Vastleggen' })).toBeTruthy();
    expect(readItem).not.toHaveBeenCalled();
  });
});

describe('the first view', () => {
  it('gets the first-view assessment before the full one is made, for the same mail', async () => {
    let finish: () => void = () => undefined;
    const full = new Promise<void>((resolve) => (finish = resolve));
    const early = anAssessment();
    const services = {
      ...fakeServices(aReadItem(), async (job) => ({
        outcome: 'filed',
        recordUrl: 'http://records.example/1',
        dossier: job.choices.dossier,
      })),
      assess: async () => {
        await full;
        return anAssessment();
      },
      assessFirstView: async () => early,
    };
    const views: PaneState[] = [];
    const state = readPaneState(services, (view) => views.push(view));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(views.map((view) => view.kind)).toEqual(['read']);
    expect(views[0]?.kind === 'read' && views[0].assessment).toBe(early);
    finish();
    const ready = await state;
    expect(ready.kind === 'read' && ready.assessment).not.toBe(early);
  });
});
