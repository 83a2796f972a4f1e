import { Field, makeStyles, ProgressBar, Select, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Dossier, DossierId } from '../../core';
import { useTexts } from '../TextsContext';
import { useOutboxJobs } from '../useOutbox';
import { groupUnfiled } from './group-unfiled';
import { UnfiledActions } from './UnfiledActions';
import { UnfiledGroupList } from './UnfiledGroupList';
import { unfiledTexts } from '../../texts/shared/unfiled';
import type { UnfiledServices } from './unfiled-services';
import { useUnfiledScan } from './useUnfiledScan';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
});

/** The periods offered, in weeks; ten is the default (the window to set private mail apart). */
const PERIODS = [2, 4, 6, 8, 10, 12, 16] as const;

/** Props of {@link UnfiledView}. */
export interface UnfiledViewProps {
  readonly services: UnfiledServices;
  readonly initialWeeks?: number;
}

/**
 * "Nog vastleggen": the policy-relevant mail of the last weeks not yet filed nor set aside,
 * grouped by suggested dossier, newest first; select many and file them, or set them aside.
 */
export function UnfiledView({ services, initialWeeks = 10 }: UnfiledViewProps) {
  const styles = useStyles();
  const { language } = useTexts();
  const texts = unfiledTexts(language);
  const [weeks, setWeeks] = useState(initialWeeks);
  const scan = useUnfiledScan(services, weeks);
  const [dossiers, setDossiers] = useState<readonly Dossier[]>([]);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [chosen, setChosen] = useState<DossierId | null>(null);
  const jobs = useOutboxJobs(services.outbox);
  // The rows acted on leave the list with the button that acted; focus goes to the title, which
  // says how many are left, so a keyboard user goes on from there and not from the page's top.
  const titleRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    services.dossiers().then(setDossiers, () => undefined);
  }, [services]);
  // A mail with a filing job under way is as good as filed: it is not asked again.
  const queued = useMemo(
    () => new Set(jobs.filter((job) => job.state.kind !== 'failed').map((job) => job.itemId)),
    [jobs],
  );
  const mails = useMemo(
    () => scan.mails.filter((mail) => !queued.has(mail.id)),
    [scan.mails, queued],
  );
  const groups = useMemo(() => groupUnfiled(mails), [mails]);
  const done = scan.status !== 'reading';
  const select = useCallback(
    (ids: readonly string[], on: boolean): void =>
      setSelected((now) => {
        const next = new Set(now);
        for (const id of ids)
          if (on) next.add(id);
          else next.delete(id);
        return next;
      }),
    [],
  );
  const locale = language === 'en' ? 'en-GB' : 'nl-NL';
  return (
    <section className={styles.view} aria-labelledby="unfiled-title" aria-busy={!done}>
      <h2
        id="unfiled-title"
        ref={titleRef}
        tabIndex={-1}
        className={styles.title}
        data-testid="unfiled-title"
      >
        {texts.title(mails.length, done)}
      </h2>
      <Field label={texts.period}>
        <Select value={String(weeks)} onChange={(_event, data) => setWeeks(Number(data.value))}>
          {PERIODS.map((period) => (
            <option key={period} value={period}>
              {texts.weeks(period)}
            </option>
          ))}
        </Select>
      </Field>
      <div role="status" aria-live="polite" data-testid="unfiled-progress">
        {scan.status === 'failed'
          ? texts.failed
          : done
            ? texts.readDone(scan.progress.read)
            : texts.reading(scan.progress.read)}
      </div>
      {!done && (
        <ProgressBar
          aria-hidden
          {...(scan.progress.folders === 0
            ? {}
            : { value: scan.progress.foldersDone / scan.progress.folders })}
        />
      )}
      <UnfiledActions
        services={services}
        mails={mails.filter((mail) => selected.has(mail.id))}
        chosen={chosen}
        texts={texts}
        onDone={(ids) => {
          scan.remove(ids);
          select(ids, false);
          titleRef.current?.focus();
        }}
      />
      {done && mails.length === 0 && <p>{texts.nothing}</p>}
      {groups.map((group) => (
        <UnfiledGroupList
          key={group.dossier ?? ''}
          group={group}
          dossiers={dossiers}
          selected={selected}
          onSelect={select}
          chosen={chosen}
          onChoose={setChosen}
          texts={texts}
          locale={locale}
        />
      ))}
    </section>
  );
}
