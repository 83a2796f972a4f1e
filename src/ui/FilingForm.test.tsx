/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import {
  assessMessage,
  prepareContext,
  preselect,
  type DossierId,
  type WooCategoryCode,
} from '../core';
import { asRestItemId } from '../core/ids';
import { aDossier, aMessage } from '../core/testing/message-builder';
import type { FiledLookup, FilingJob } from '../filing';
import { FilingForm } from './FilingForm';
import type { FailureCode } from '../texts/codes/filing-error-texts';
import { surfaceTexts } from '../texts/shared/surface-texts';
import { TextsContext } from './TextsContext';

const DOSSIER = aDossier('BZK-2025-0042', { title: 'Subsidieregeling wijkcentra' });
const MESSAGE = aMessage({
  subject: 'BZK-2025-0042 advies subsidieregeling',
  bodyText: 'Hierbij het advies over de subsidieregeling wijkcentra, kenmerk BZK-2025-0042.',
});
const ASSESSMENT = assessMessage(
  MESSAGE,
  prepareContext({ dossiers: [DOSSIER], history: [], organisationDomains: [] }),
);
// jsdom has no ResizeObserver; Fluent's MessageBar only needs it to exist.
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver ??= NoResizeObserver;

const TEXTS = {
  note: 'Toelichting',
  noteHint: 'Waarom dit bericht ertoe doet',
  file: 'Vastleggen',
  fileAgain: 'Opnieuw vastleggen',
  chooseDossierFirst: 'Kies eerst een dossier.',
};

function queued(): FilingJob<FailureCode> {
  return {
    itemId: asRestItemId('item-1'),
    subject: MESSAGE.subject,
    choices: { dossier: DOSSIER.id, wooCategory: null, assessment: 'openbaar', grounds: [] },
    id: 'item-1',
    createdAt: 1,
    updatedAt: 1,
    attempts: 0,
    state: { kind: 'queued' },
  } as FilingJob<FailureCode>;
}

function Harness(props: {
  readonly job?: FilingJob<FailureCode>;
  readonly lookup?: FiledLookup;
  readonly onFile?: () => void;
}) {
  const [dossier, setDossier] = useState<DossierId | null>(DOSSIER.id);
  const [category, setCategory] = useState<WooCategoryCode>(
    () => preselect(ASSESSMENT).wooCategory,
  );
  const [note, setNote] = useState('');
  return (
    <FluentProvider theme={webLightTheme}>
      <TextsContext.Provider value={surfaceTexts('nl')}>
        <FilingForm
          before={<p>Voor het formulier</p>}
          assessment={ASSESSMENT}
          bodyText={MESSAGE.bodyText}
          dossiers={[DOSSIER]}
          dossier={dossier}
          onDossierChange={setDossier}
          category={category}
          onCategoryChange={setCategory}
          texts={TEXTS}
          note={note}
          onNoteChange={setNote}
          filed={props.lookup?.kind === 'filed'}
          onFile={props.onFile ?? (() => undefined)}
          actions={<button type="button">Hele gesprek</button>}
          status={{
            job: props.job,
            lookup: props.lookup ?? { kind: 'not-filed' },
            dossierName: (id) => `${id} · ${DOSSIER.title}`,
            onRetry: () => undefined,
          }}
          statusExtra={<span>Extra regel</span>}
        />
      </TextsContext.Provider>
    </FluentProvider>
  );
}

/**
 * What Tab visits, in order: the focusable controls in document order (no control here sets a
 * positive tabindex, which the test checks), leaving out Fluent's focus-trap sentinels.
 */
function tabbable(): readonly Element[] {
  const all = document.body.querySelectorAll(
    'button, input, select, textarea, a[href], [tabindex]',
  );
  return Array.from(all).filter(
    (element) =>
      !element.hasAttribute('disabled') &&
      !element.hasAttribute('data-tabster-dummy') &&
      element.getAttribute('tabindex') !== '-1',
  );
}

describe('FilingForm', () => {
  it('puts the choices, then the note, then Vastleggen and the surface’s own button in Tab order, then the note, then Vastleggen and the surface’s own button', async () => {
    const onFile = jest.fn();
    render(<Harness onFile={onFile} />);
    const note = screen.getByRole('textbox', { name: /Toelichting/ });
    const file = screen.getByRole('button', { name: 'Vastleggen' });
    const extra = screen.getByRole('button', { name: 'Hele gesprek' });
    const reached = tabbable();
    expect(reached.filter((element) => Number(element.getAttribute('tabindex')) > 0)).toEqual([]);
    const category = screen.getByRole('combobox', { name: 'Woo-informatiecategorie' });
    const dossier = screen.getByRole('radio', { name: /BZK-2025-0042/ });
    const at = (element: Element): number => reached.indexOf(element);
    expect(at(dossier)).toBeGreaterThanOrEqual(0);
    expect(at(dossier)).toBeLessThan(at(category));
    expect(at(category)).toBeLessThan(at(note));
    expect(at(note)).toBeLessThan(at(file));
    expect(at(file)).toBeLessThan(at(extra));
    note.focus();
    await userEvent.tab();
    expect(document.activeElement).toBe(file);
    await userEvent.keyboard('{Enter}');
    expect(onFile).toHaveBeenCalledTimes(1);
  });

  it('passes what is typed in the note back to the surface', async () => {
    render(<Harness />);
    const note = screen.getByRole('textbox', { name: /Toelichting/ });
    await userEvent.type(note, 'Besluit genomen');
    expect((note as HTMLTextAreaElement).value).toBe('Besluit genomen');
  });

  it('announces a queued filing in its status region and holds the button meanwhile', () => {
    render(<Harness job={queued()} />);
    const status = screen.getByRole('status');
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(within(status).getByText('In de wachtrij…')).toBeTruthy();
    expect(within(status).getByText('Extra regel')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Vastleggen' }).hasAttribute('disabled')).toBe(true);
  });

  it('says where the mail was filed before, and offers to file it again', () => {
    render(
      <Harness lookup={{ kind: 'filed', dossier: DOSSIER.id, recordUrl: 'https://records/1' }} />,
    );
    const status = screen.getByRole('status');
    expect(status.textContent).toContain(
      'Dit bericht is al vastgelegd in BZK-2025-0042 · Subsidieregeling wijkcentra.',
    );
    expect(screen.getByRole('button', { name: 'Opnieuw vastleggen' })).toBeTruthy();
  });
});
