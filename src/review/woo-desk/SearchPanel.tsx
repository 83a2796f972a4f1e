import { Button, Checkbox, Field, Input, Select } from '@fluentui/react-components';
import { useState } from 'react';
import { checkSearchText, type WooSearchQuery } from '../../core/woo-desk';
import type { WooSearchPage } from '../../graph/woo';
import { HitSummary } from './HitSummary';
import type { WooDeskServices } from './woo-desk-services';
import { useWooDeskTexts } from './useWooDeskTexts';
import { displayText, UntrustedText } from '../../ui';

/** Props of {@link SearchPanel}. */
export interface SearchPanelProps {
  readonly services: WooDeskServices;
  readonly zaaknummer: string;
  readonly onSearched: () => void;
  readonly onAdded: () => void;
}

const dayOf = (text: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(text) ? new Date(`${text}T00:00:00Z`) : undefined;

/** Searches the filed records for a request, shows the hits marked and adds them to its selection. */
export function SearchPanel({ services, zaaknummer, onSearched, onAdded }: SearchPanelProps) {
  const texts = useWooDeskTexts();
  const [form, setForm] = useState({ text: '', from: '', to: '', dossier: '', kind: '' });
  const [query, setQuery] = useState<WooSearchQuery | null>(null);
  const [page, setPage] = useState<WooSearchPage | null>(null);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [message, setMessage] = useState('');
  const run = (next: WooSearchQuery, from: number) =>
    services.search(zaaknummer, next, from).then(
      (result) => {
        setQuery(next);
        setPage(result);
        if (from === 0) onSearched();
      },
      () => setMessage(texts.failed),
    );
  const submit = () => {
    if (checkSearchText(form.text) !== null) return setMessage(texts.search.invalid);
    setMessage('');
    const from = dayOf(form.from);
    const to = dayOf(form.to);
    const kind = form.kind === 'mail' || form.kind === 'chat' ? form.kind : undefined;
    void run(
      {
        text: form.text,
        ...(from === undefined ? {} : { from }),
        ...(to === undefined ? {} : { to }),
        ...(form.dossier.trim() === '' ? {} : { dossier: form.dossier.trim() }),
        ...(kind === undefined ? {} : { kind }),
      },
      0,
    );
  };
  const add = () =>
    services.add(zaaknummer, [...chosen]).then(
      (count) => {
        setMessage(texts.search.added(count));
        setChosen(new Set());
        onAdded();
      },
      () => setMessage(texts.failed),
    );
  const set = (name: keyof typeof form) => (_event: unknown, data: { value: string }) =>
    setForm((current) => ({ ...current, [name]: data.value }));
  return (
    <section aria-label={texts.search.heading}>
      <h3>{texts.search.heading}</h3>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Field label={texts.search.words} hint={texts.search.wordsHint}>
          <Input value={form.text} onChange={set('text')} />
        </Field>
        <Field label={texts.search.from}>
          <Input type="date" value={form.from} onChange={set('from')} />
        </Field>
        <Field label={texts.search.to}>
          <Input type="date" value={form.to} onChange={set('to')} />
        </Field>
        <Field label={texts.search.dossier}>
          <Input value={form.dossier} onChange={set('dossier')} />
        </Field>
        <Field label={texts.search.kind}>
          <Select value={form.kind} onChange={set('kind')}>
            <option value="">{texts.search.anyKind}</option>
            <option value="mail">mail</option>
            <option value="chat">chat</option>
          </Select>
        </Field>
        <Button appearance="primary" type="submit">
          {texts.search.run}
        </Button>
      </form>
      {message !== '' && <p role="status">{message}</p>}
      {page !== null && (
        <div>
          <p>{texts.search.total(page.total)}</p>
          <ol start={page.from + 1}>
            {page.hits.map((hit) =>
              hit.record === null ? null : (
                <li key={hit.record.recordId}>
                  <Checkbox
                    aria-label={texts.search.select(displayText(hit.record.subject))}
                    checked={chosen.has(hit.record.recordId)}
                    onChange={(_event, data) => {
                      const id = hit.record?.recordId ?? '';
                      setChosen((current) => {
                        const next = new Set(current);
                        if (data.checked === true) next.add(id);
                        else next.delete(id);
                        return next;
                      });
                    }}
                  />
                  <strong>
                    <UntrustedText text={hit.record.subject} />
                  </strong>{' '}
                  · <UntrustedText text={hit.record.dossier} /> ·{' '}
                  {hit.record.date?.toISOString().slice(0, 10) ?? ''} ·{' '}
                  <HitSummary summary={hit.summary} />
                </li>
              ),
            )}
          </ol>
          <Button disabled={chosen.size === 0} onClick={() => void add()}>
            {texts.search.add(chosen.size)}
          </Button>
          {page.moreResultsAvailable && query !== null && (
            <Button onClick={() => void run(query, page.from + page.hits.length)}>
              {texts.search.next}
            </Button>
          )}
        </div>
      )}
    </section>
  );
}
