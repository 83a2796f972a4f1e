import { Button } from '@fluentui/react-components';
import { useState } from 'react';
import type { Dossier, DossierId } from '../core';
import { LazyDossierSearch, Section, useTexts } from '../ui';
import { usePaneTexts } from './usePaneTexts';
import type { MailRef, PaneServices } from './pane-services';
import { UntrustedText } from '../ui';

/** Props of {@link SelectionView}. */
export interface SelectionViewProps {
  readonly services: PaneServices;
  readonly items: readonly MailRef[];
  readonly dossiers: readonly Dossier[];
}

/** Several selected mails (Mailbox 1.13): one dossier, filed together through the outbox. */
export function SelectionView({ services, items, dossiers }: SelectionViewProps) {
  const { ui } = useTexts();
  const pane = usePaneTexts();
  const [dossier, setDossier] = useState<DossierId | null>(null);
  const [selection, setSelection] = useState(items);
  const file = async (): Promise<void> => {
    if (dossier === null) return;
    // Outlook tells a pinned pane about a new item, not always about a longer selection: read it now.
    const current = await services.readItem().catch(() => null);
    const chosen = current?.kind === 'selection' ? current.items : selection;
    setSelection(chosen);
    for (const item of chosen) {
      await services.outbox.enqueue({
        itemId: item.itemId,
        subject: item.subject,
        choices: { dossier },
      });
    }
  };
  return (
    <Section title={pane.selectionHeading(selection.length)}>
      <ul>
        {selection.map((item) => (
          <li key={item.itemId}>
            <UntrustedText text={item.subject} />
          </li>
        ))}
      </ul>
      <LazyDossierSearch
        dossiers={dossiers}
        value={dossier}
        onChange={setDossier}
        label={ui.dossierHeading}
      />
      <div>
        <Button appearance="primary" disabled={dossier === null} onClick={() => void file()}>
          {pane.fileSelection(selection.length)}
        </Button>
      </div>
    </Section>
  );
}
