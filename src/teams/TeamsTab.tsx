import {
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Dossier } from '../core';
import type { ChatPost, ChatSelection } from '../graph/chats';
import { Section } from '../ui';
import { MessageList } from './MessageList';
import { SelectionPanel } from './SelectionPanel';
import type { FiledDecision, TabServices } from './tab-services';
import type { TeamsMessages } from './teams-messages';
import { useChatPosts, type ReadProblem } from './useChatPosts';
import { useSelectionAssessment } from './useSelectionAssessment';

const useStyles = makeStyles({
  page: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 3fr) minmax(18rem, 2fr)',
    gap: tokens.spacingHorizontalL,
    padding: tokens.spacingHorizontalM,
    '@media (max-width: 720px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500 },
});

/** Props of {@link TeamsTab}. */
export interface TeamsTabProps {
  readonly services: TabServices;
  readonly texts: TeamsMessages;
  readonly language: string;
}

const PROBLEM_TEXT: Record<ReadProblem, keyof TeamsMessages> = {
  'not-member': 'notMember',
  'not-found': 'notFound',
  'read-failed': 'readFailed',
};

/**
 * The Bronvast tab of a chat or channel: the messages newest first, a decision and its context
 * chosen with radio buttons and checkboxes, and beside them the assessment and "Vastleggen".
 */
export function TeamsTab({ services, texts, language }: TeamsTabProps) {
  const styles = useStyles();
  const { state, loadEarlier } = useChatPosts(services);
  const [title, setTitle] = useState('');
  const [dossiers, setDossiers] = useState<readonly Dossier[]>([]);
  const [filed, setFiled] = useState<ReadonlyMap<string, FiledDecision>>(new Map());
  const [decision, setDecision] = useState<ChatPost | null>(null);
  const [context, setContext] = useState<ReadonlyMap<string, ChatPost>>(new Map());
  const refreshFiled = useCallback(() => {
    services.filed().then(setFiled, () => undefined);
  }, [services]);
  useEffect(() => {
    services.title().then(setTitle, () => undefined);
    services.dossiers().then(setDossiers, () => undefined);
    refreshFiled();
  }, [services, refreshFiled]);
  const selection = useMemo<ChatSelection | null>(
    () => (decision === null ? null : { decision, context: [...context.values()], title }),
    [decision, context, title],
  );
  const assessed = useSelectionAssessment(selection, services.assess);
  const onContext = (post: ChatPost, on: boolean): void => {
    const next = new Map(context);
    if (on) next.set(post.id, post);
    else next.delete(post.id);
    setContext(next);
  };
  if (state.kind === 'failed') {
    return (
      <MessageBar intent="warning" role="alert">
        <MessageBarBody>{String(texts[PROBLEM_TEXT[state.problem]])}</MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <main className={styles.page}>
      <div>
        <h1 className={styles.heading}>
          {title === '' ? texts.title : `${texts.title}: ${title}`}
        </h1>
        <Text as="p">{texts.intro}</Text>
        <Section title={texts.messagesLabel}>
          {state.kind === 'loading' ? (
            <Spinner size="small" label={texts.loading} />
          ) : (
            <MessageList
              services={services}
              posts={state.posts}
              texts={texts}
              language={language}
              decision={decision}
              context={context}
              filed={filed}
              onDecision={setDecision}
              onContext={onContext}
              more={{
                available: state.nextLink !== undefined,
                loading: state.loadingMore,
                load: loadEarlier,
              }}
            />
          )}
        </Section>
      </div>
      <aside aria-label={texts.assessmentLabel}>
        {selection === null || assessed.kind === 'none' ? (
          <Text as="p">{texts.chooseDecision}</Text>
        ) : assessed.kind === 'assessing' ? (
          <Spinner size="small" />
        ) : (
          <SelectionPanel
            key={selection.decision.id}
            services={services}
            selection={selection}
            message={assessed.message}
            assessment={assessed.assessment}
            dossiers={dossiers}
            filed={filed.get(selection.decision.id)}
            texts={texts}
            onFiled={refreshFiled}
          />
        )}
      </aside>
    </main>
  );
}
