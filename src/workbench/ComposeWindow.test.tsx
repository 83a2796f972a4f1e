/** @jest-environment jsdom */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { workbenchTexts } from '../texts/workbench';
import type { WorkbenchDraft } from './bridge';
import { ComposeWindow } from './ComposeWindow';

const EMPTY: WorkbenchDraft = {
  to: [],
  cc: [],
  subject: '',
  body: '',
  headers: {},
  properties: {},
};

/** The compose window as the workbench holds it: the draft lives in the page's state. */
function renderCompose() {
  const drafts: WorkbenchDraft[] = [];
  function Harness() {
    const [draft, setDraft] = useState(EMPTY);
    return (
      <ComposeWindow
        draft={draft}
        onEdit={(next) => (drafts.push(next), setDraft(next))}
        onSend={() => Promise.resolve({ kind: 'sent' })}
        onCancel={() => undefined}
        texts={workbenchTexts('nl')}
      />
    );
  }
  render(<Harness />);
  return { last: () => drafts.at(-1) };
}

describe('ComposeWindow', () => {
  it('keeps two recipients typed in "Aan" apart, with the separator and space as typed', async () => {
    const { last } = renderCompose();
    const to = screen.getByRole('textbox', { name: 'Aan' });
    await userEvent.type(to, 'j.mulder@bronvast.example; p.jansen@bronvast.example');
    expect(last()?.to).toEqual(['j.mulder@bronvast.example', 'p.jansen@bronvast.example']);
    expect(to).toHaveProperty('value', 'j.mulder@bronvast.example; p.jansen@bronvast.example');
  });

  it('takes commas and spaces between addresses in "CC" too', async () => {
    const { last } = renderCompose();
    await userEvent.type(screen.getByRole('textbox', { name: 'CC' }), 'a@x.nl, b@y.nl c@z.nl');
    expect(last()?.cc).toEqual(['a@x.nl', 'b@y.nl', 'c@z.nl']);
    expect(last()?.to).toEqual([]);
  });
});
