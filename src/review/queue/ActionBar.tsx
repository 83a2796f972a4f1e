import {
  Button,
  Field,
  Input,
  Select,
  Textarea,
  Toolbar,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { asDossierId } from '../../core/ids';
import type { DisclosureLevel, GroundCode } from '../../core/woo-codes';
import { isGroundCode } from '../../core/woo';
import type { RegisteredDossier, ReviewAction } from '../../graph';
import { useReviewTexts } from '../ReviewTexts';
import { ActionDialog } from './ActionDialog';

const useStyles = makeStyles({ bar: { gap: tokens.spacingHorizontalS, flexWrap: 'wrap' } });

const LEVELS: readonly DisclosureLevel[] = [
  'openbaar',
  'deels-openbaar',
  'niet-openbaar',
  'reeds-openbaar',
];

/** Props of {@link ActionBar}. */
export interface ActionBarProps {
  readonly count: number;
  readonly busy: boolean;
  readonly dossiers: readonly RegisteredDossier[];
  readonly onAction: (action: ReviewAction) => void;
}

/** Accepteren, Afwijzen, Herclassificeren and Verplaatsen for the selected records. */
export function ActionBar({ count, busy, dossiers, onAction }: ActionBarProps) {
  const texts = useReviewTexts();
  const styles = useStyles();
  const [open, setOpen] = useState<'reject' | 'reclassify' | 'move' | null>(null);
  const [reason, setReason] = useState('');
  const [reasonMissing, setReasonMissing] = useState(false);
  const [level, setLevel] = useState<DisclosureLevel>('openbaar');
  const [category, setCategory] = useState('');
  const [grounds, setGrounds] = useState('');
  const [dossier, setDossier] = useState('');
  const disabled = count === 0 || busy;
  const dialog = (kind: 'reject' | 'reclassify' | 'move') => ({
    open: open === kind,
    onOpenChange: (next: boolean) => setOpen(next ? kind : null),
    disabled,
  });
  return (
    <Toolbar className={styles.bar} aria-label={texts.grid.selected(count)}>
      <Button appearance="primary" disabled={disabled} onClick={() => onAction({ kind: 'accept' })}>
        {texts.actions.accept}
      </Button>
      <ActionDialog
        label={texts.actions.reject}
        {...dialog('reject')}
        onConfirm={() => {
          if (reason.trim() === '') {
            setReasonMissing(true);
            return false;
          }
          onAction({ kind: 'reject', reason: reason.trim() });
          setReason('');
          setReasonMissing(false);
          return true;
        }}
      >
        <Field
          label={texts.actions.reason}
          required
          {...(reasonMissing ? { validationMessage: texts.actions.reasonRequired } : {})}
        >
          <Textarea value={reason} onChange={(_event, data) => setReason(data.value)} />
        </Field>
      </ActionDialog>
      <ActionDialog
        label={texts.actions.reclassify}
        {...dialog('reclassify')}
        onConfirm={() => {
          onAction({
            kind: 'reclassify',
            wooCategory: category.trim() === '' ? null : category.trim(),
            assessment: level,
            grounds: parseGrounds(grounds),
          });
          return true;
        }}
      >
        <Field label={texts.detail.category}>
          <Input value={category} onChange={(_event, data) => setCategory(data.value)} />
        </Field>
        <Field label={texts.columns.assessment}>
          <Select
            value={level}
            onChange={(_event, data) =>
              setLevel(LEVELS.find((l) => l === data.value) ?? 'openbaar')
            }
          >
            {LEVELS.map((value) => (
              <option key={value} value={value}>
                {texts.levels[value]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={texts.actions.grounds}>
          <Input value={grounds} onChange={(_event, data) => setGrounds(data.value)} />
        </Field>
      </ActionDialog>
      <ActionDialog
        label={texts.actions.move}
        {...dialog('move')}
        onConfirm={() => {
          if (dossier === '') return false;
          onAction({ kind: 'move', dossier: asDossierId(dossier) });
          return true;
        }}
      >
        <Field label={texts.actions.targetDossier} required>
          <Select value={dossier} onChange={(_event, data) => setDossier(data.value)}>
            <option value="" />
            {dossiers.map(({ dossier: entry }) => (
              <option key={entry.id} value={entry.id}>
                {`${entry.id} · ${entry.title}`}
              </option>
            ))}
          </Select>
        </Field>
      </ActionDialog>
    </Toolbar>
  );
}

/** Ground codes from `5.1.2e;5.2` (commas and spaces work too); unknown codes are dropped. */
export function parseGrounds(text: string): GroundCode[] {
  return text.split(/[;,\s]+/).filter((code): code is GroundCode => isGroundCode(code));
}
