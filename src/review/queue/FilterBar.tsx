import {
  Button,
  Checkbox,
  Field,
  Input,
  Select,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { asDossierId, DISCLOSURE_LEVEL_CODES } from '../../core/vocabulary';
import type { MessageKind } from '../../core';
import { REVIEW_STATUSES } from '../../core/records';
import type { RegisteredDossier, ReviewFilter } from '../../graph';
import { WOO_CATEGORIES } from '../../core/woo';
import { useTexts } from '../../ui';
import { categoryLabel } from '../detail/field-labels';
import { useReviewTexts } from '../ReviewTexts';
import { DateField } from './DateField';

const useStyles = makeStyles({
  form: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
    alignItems: 'end',
  },
});

/** Props of {@link FilterBar}. */
export interface FilterBarProps {
  readonly dossiers: readonly RegisteredDossier[];
  readonly onApply: (filter: ReviewFilter) => void;
}

/** The queue's filters; applied together with "Toepassen" (or Enter). */
export function FilterBar({ dossiers, onApply }: FilterBarProps) {
  const texts = useReviewTexts();
  const woo = useTexts();
  const styles = useStyles();
  const [draft, setDraft] = useState<Record<string, string>>({ status: 'te-beoordelen' });
  const [changed, setChanged] = useState(false);
  const set = (name: string) => (value: string) =>
    setDraft((previous) => ({ ...previous, [name]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(filterOf(draft, changed));
  };
  const choice = (name: string, label: string, options: readonly (readonly [string, string])[]) => (
    <Field label={label}>
      <Select value={draft[name] ?? ''} onChange={(_event, data) => set(name)(data.value)}>
        <option value="">{texts.filters.any}</option>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </Select>
    </Field>
  );
  return (
    <form
      className={styles.form}
      onSubmit={submit}
      aria-label={texts.filters.heading}
      role="search"
    >
      {choice(
        'status',
        texts.filters.status,
        REVIEW_STATUSES.map((status) => [status, texts.statuses[status]]),
      )}
      {choice(
        'dossier',
        texts.filters.dossier,
        dossiers.map(({ dossier }) => [dossier.id, `${dossier.id} · ${dossier.title}`]),
      )}
      {choice(
        'assessment',
        texts.filters.assessment,
        DISCLOSURE_LEVEL_CODES.map((level) => [level, texts.levels[level]]),
      )}
      {choice('source', texts.filters.source, [
        ['mail', texts.sources.mail],
        ['chat', texts.sources.chat],
      ])}
      {choice(
        'category',
        texts.filters.category,
        WOO_CATEGORIES.map(({ code, tooiId }) => [
          tooiId,
          `${code} ${categoryLabel(tooiId, texts, woo).text}`,
        ]),
      )}
      <Field label={texts.filters.filedBy}>
        <Input
          value={draft['filedBy'] ?? ''}
          onChange={(_event, data) => set('filedBy')(data.value)}
        />
      </Field>
      <DateField label={texts.filters.from} value={draft['from'] ?? ''} onChange={set('from')} />
      <DateField label={texts.filters.to} value={draft['to'] ?? ''} onChange={set('to')} />
      <Field label={texts.filters.subject}>
        <Input
          type="search"
          value={draft['subject'] ?? ''}
          onChange={(_event, data) => set('subject')(data.value)}
        />
      </Field>
      <Checkbox
        label={texts.filters.changed}
        checked={changed}
        onChange={(_event, data) => setChanged(data.checked === true)}
      />
      <Button type="submit" appearance="primary">
        {texts.filters.apply}
      </Button>
    </form>
  );
}

/** The filter a draft of the form stands for; empty fields filter nothing. */
export function filterOf(draft: Readonly<Record<string, string>>, changed: boolean): ReviewFilter {
  const value = (name: string) => {
    const text = (draft[name] ?? '').trim();
    return text === '' ? undefined : text;
  };
  const status = REVIEW_STATUSES.find((candidate) => candidate === value('status'));
  const assessment = DISCLOSURE_LEVEL_CODES.find((candidate) => candidate === value('assessment'));
  const kinds: readonly MessageKind[] = ['mail', 'chat'];
  const sourceKind = kinds.find((kind) => kind === value('source'));
  const dossier = value('dossier');
  const category = value('category');
  const filedBy = value('filedBy');
  const from = value('from');
  const to = value('to');
  const subject = value('subject');
  return {
    ...(status === undefined ? {} : { status }),
    ...(assessment === undefined ? {} : { assessment }),
    ...(sourceKind === undefined ? {} : { sourceKind }),
    ...(dossier === undefined ? {} : { dossier: asDossierId(dossier) }),
    ...(category === undefined ? {} : { wooCategory: category }),
    ...(filedBy === undefined ? {} : { filedBy }),
    ...(from === undefined ? {} : { filedFrom: new Date(`${from}T00:00:00Z`) }),
    ...(to === undefined ? {} : { filedTo: new Date(`${to}T23:59:59Z`) }),
    ...(subject === undefined ? {} : { subject }),
    ...(changed ? { changedAfterFiling: true } : {}),
  };
}
