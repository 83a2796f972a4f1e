import {
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import type { Dossier } from '../core';
import type { ChatPost } from '../graph/chats/chat-post';
import type { ChatSelection } from '../graph/chats/chat-selection-message';
import { Section } from '../ui/Section';
import { MessageList } from './MessageList';
import type { FiledDecision, TabServices } from './tab-services';
import type { TeamsTexts } from '../texts/teams';
import type { PostsState, ReadProblem } from './posts-state';
import { useChatPosts } from './useChatPosts';
import { useSelectionAssessment } from './useSelectionAssessment';

// The assessment's panel (the shared sections, the dossier picker, the filing status) is a chunk
// of its own: the messages show without it, and it loads, with the dossier search it opens with,
// once they are shown rather than once a decision is chosen.
const loadPanel = () => import('./SelectionPanel');
const SelectionPanel = lazy(() =>
  loadPanel().then((module) => ({ default: module.SelectionPanel })),
);
const preloadPanel = (): void => {
  void loadPanel()
    .then(() => import(/* webpackChunkName: "dossier-search" */ '../ui/DossierSearch'))
    .catch(() => undefined);
};

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
  readonly texts: TeamsTexts;
  readonly language: string;
  /** The first page as already read, so the first render shows the messages. */
  readonly firstPage?: PostsState;
}

const PROBLEM_TEXT: Record<ReadProblem, keyof TeamsTexts> = {
  'not-member': 'notMember',
  'not-found': 'notFound',
  'read-failed': 'readFailed',
};

/**
 * The Bronvast tab of a chat or channel: the messages newest first, a decision and its context
 * chosen with radio buttons and checkboxes, and beside them the assessment and "Vastleggen".
 */
export function TeamsTab({ services, texts, language, firstPage }: TeamsTabProps) {
  const styles = useStyles();
  const { state, loadEarlier } = useChatPosts(services, firstPage);
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
  }, [services]);
  // Once the messages are shown: the registry, the filed decisions and the assessment's context.
  const shown = state.kind !== 'loading';
  useEffect(() => {
    if (!shown) return;
    services.dossiers().then(setDossiers, () => undefined);
    refreshFiled();
    services.prepareAssessment();
    preloadPanel();
  }, [services, refreshFiled, shown]);
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
          <Suspense fallback={<Spinner size="small" />}>
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
          </Suspense>
        )}
      </aside>
    </main>
  );
}
