import { useRef, useState } from 'react';
import type { DocumentDecision, ManualRedaction } from '../../core/woo-desk';
import { AssessmentForm } from './AssessmentForm';
import { ManualRedactionForm } from './ManualRedactionForm';
import { ProposalList } from './ProposalList';
import { RedactedPreview } from './RedactedPreview';
import type { SelectionDocument, WooDeskServices } from './woo-desk-services';
import { useWooDeskTexts } from './useWooDeskTexts';

type Decision = 'accepted' | 'rejected';

/** Props of {@link DocumentPanel}. */
export interface DocumentPanelProps {
  readonly services: WooDeskServices;
  readonly zaaknummer: string;
  readonly entry: SelectionDocument;
  readonly onSaved: () => void;
}

/**
 * One document: its assessment, the redaction proposals to accept or reject, passages to
 * redact by hand (selected in the text or typed), and a preview of the redacted text.
 */
export function DocumentPanel({ services, zaaknummer, entry, onSaved }: DocumentPanelProps) {
  const texts = useWooDeskTexts();
  const [selected, setSelected] = useState('');
  const [message, setMessage] = useState('');
  // Decisions taken here and not yet reloaded: each save holds all of them, and saves run one
  // after the other, so quick clicks on several proposals never undo each other.
  const [pending, setPending] = useState<ReadonlyMap<string, Decision>>(new Map());
  const saving = useRef<Promise<void>>(Promise.resolve());
  const saves = useRef(0);
  const decisions = new Map([...(entry.stored?.proposals ?? []), ...pending]);
  const manual = entry.stored?.manual ?? [];
  const saveRedactions = (
    proposals: ReadonlyMap<string, Decision>,
    marks: readonly ManualRedaction[],
  ) => {
    setMessage('');
    saves.current += 1;
    const ticket = saves.current;
    saving.current = saving.current.then(() =>
      services.saveRedactions(zaaknummer, entry, { proposals, manual: marks }).then(
        (result) => {
          // "Opgeslagen." only once the last save is in.
          if (result.kind !== 'saved') setMessage(texts.document.tooLarge);
          else if (ticket === saves.current) setMessage(texts.document.saved);
          onSaved();
        },
        () => setMessage(texts.failed),
      ),
    );
  };
  const decide = (id: string, decision: Decision) => {
    const next = new Map([...pending, [id, decision]]);
    setPending(next);
    saveRedactions(new Map([...(entry.stored?.proposals ?? []), ...next]), manual);
  };
  const saveDecision = (decision: DocumentDecision) =>
    services.saveDecision(zaaknummer, entry, decision).then(
      () => {
        setMessage(texts.document.saved);
        onSaved();
      },
      () => setMessage(texts.failed),
    );
  const text = entry.document.text;
  return (
    <article aria-label={entry.document.title}>
      <h3>{entry.document.title}</h3>
      {message !== '' && <p role="status">{message}</p>}
      <AssessmentForm
        key={entry.document.key}
        decision={entry.outcome.decision}
        onSave={(decision) => void saveDecision(decision)}
      />
      {text === null ? (
        <p>{texts.selection.unreadable}</p>
      ) : (
        <>
          <ProposalList
            proposals={entry.outcome.proposals}
            decisions={decisions}
            onDecide={decide}
          />
          <h4>{texts.document.text}</h4>
          <pre
            tabIndex={0}
            aria-label={texts.document.text}
            style={{ whiteSpace: 'pre-wrap', border: '1px solid #ccc', padding: 8 }}
            onMouseUp={() => setSelected(globalThis.getSelection()?.toString() ?? '')}
            onKeyUp={() => setSelected(globalThis.getSelection()?.toString() ?? '')}
          >
            {text}
          </pre>
          <ManualRedactionForm
            text={text}
            selected={selected}
            onRedact={(mark) => saveRedactions(decisions, [...manual, mark])}
          />
          <h4>{texts.document.preview}</h4>
          <RedactedPreview segments={entry.outcome.segments} />
        </>
      )}
    </article>
  );
}
