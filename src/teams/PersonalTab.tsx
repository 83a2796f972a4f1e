import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { LazyUnfiledView, OutboxList, type UnfiledServices } from '../ui';

const useStyles = makeStyles({
  page: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    maxWidth: '48rem',
  },
});

/** Props of {@link PersonalTab}. */
export interface PersonalTabProps {
  readonly intro: ReactNode;
  readonly services: UnfiledServices;
}

/** The personal tab: where Bronvast is used in chats, and "nog vastleggen" for the officer's mail. */
export function PersonalTab({ intro, services }: PersonalTabProps) {
  const styles = useStyles();
  return (
    <main className={styles.page}>
      {intro}
      <LazyUnfiledView services={services} />
      <OutboxList outbox={services.outbox} />
    </main>
  );
}
