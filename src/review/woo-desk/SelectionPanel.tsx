import { Button, Spinner } from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import { DocumentPanel } from './DocumentPanel';
import type { DeskSelection, SelectionDocument, WooDeskServices } from './woo-desk-services';
import { useWooDeskTexts } from './useWooDeskTexts';

/** Props of {@link SelectionPanel}. */
export interface SelectionPanelProps {
  readonly services: WooDeskServices;
  readonly zaaknummer: string;
  /** Raised when documents were added, to load the selection again. */
  readonly version: number;
}

/** The selection as threads, attachments under their mail, and the document being assessed. */
export function SelectionPanel({ services, zaaknummer, version }: SelectionPanelProps) {
  const texts = useWooDeskTexts();
  const [selection, setSelection] = useState<DeskSelection | null>(null);
  const [openKey, setOpenKey] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const reload = useCallback(() => {
    services.selection(zaaknummer).then(setSelection, () => setFailed(true));
  }, [services, zaaknummer]);
  useEffect(reload, [reload, version]);
  if (failed) return <p role="alert">{texts.failed}</p>;
  if (selection === null) return <Spinner size="small" label={texts.selection.loading} />;
  const all = selection.threads.flatMap((thread) => thread.documents);
  const open = all.find((document) => document.document.key === openKey);
  return (
    <section aria-label={texts.selection.heading}>
      <h3>{texts.selection.heading}</h3>
      {all.length === 0 && <p>{texts.selection.empty}</p>}
      {selection.threads.map((thread, index) => (
        <div key={thread.id} role="group" aria-label={texts.selection.thread(index + 1)}>
          <h4>{texts.selection.thread(index + 1)}</h4>
          <ul>
            {thread.documents.map((entry) => (
              <li
                key={entry.document.key}
                style={{ marginLeft: entry.document.kind === 'attachment' ? 24 : 0 }}
              >
                <Button appearance="subtle" onClick={() => setOpenKey(entry.document.key)}>
                  {texts.selection.open(entry.document.title)}
                </Button>{' '}
                {entry.document.kind === 'attachment' && `(${texts.selection.attachment}) `}
                {notes(entry, texts.selection).join(' · ')}
              </li>
            ))}
          </ul>
        </div>
      ))}
      {open !== undefined && (
        <DocumentPanel
          key={open.document.key}
          services={services}
          zaaknummer={zaaknummer}
          entry={open}
          onSaved={reload}
        />
      )}
    </section>
  );
}

function notes(
  entry: SelectionDocument,
  texts: ReturnType<typeof useWooDeskTexts>['selection'],
): string[] {
  const result: string[] = [];
  if (entry.duplicate?.kind === 'exact') result.push(texts.duplicateExact);
  if (entry.duplicate?.kind === 'quoted') result.push(texts.duplicateQuoted);
  if (entry.document.text === null) result.push(texts.unreadable);
  if (entry.stored?.decision === undefined || entry.stored.decision === null)
    result.push(texts.undecided);
  return result;
}
