import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { ChatPost } from '../graph/chats';
import { MessageItem } from './MessageItem';
import type { FiledDecision, TabServices } from './tab-services';
import type { TeamsTexts } from '../texts/teams';
import { useImages } from './useImages';

const useStyles = makeStyles({
  list: { margin: 0, padding: 0 },
  replies: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXXL },
});

/** Props of {@link MessageList}. */
export interface MessageListProps {
  readonly services: TabServices;
  readonly posts: readonly ChatPost[];
  readonly texts: TeamsTexts;
  readonly language: string;
  readonly decision: ChatPost | null;
  readonly context: ReadonlyMap<string, ChatPost>;
  readonly filed: ReadonlyMap<string, FiledDecision>;
  readonly onDecision: (post: ChatPost) => void;
  readonly onContext: (post: ChatPost, on: boolean) => void;
  readonly more: {
    readonly available: boolean;
    readonly loading: boolean;
    readonly load: () => void;
  };
}

/** The conversation newest first; in a channel each thread's replies open below their message. */
export function MessageList(props: MessageListProps) {
  const { services, posts, texts } = props;
  const styles = useStyles();
  const [threads, setThreads] = useState<ReadonlyMap<string, readonly ChatPost[] | 'closed'>>(
    new Map(),
  );
  const shown = [
    ...posts,
    ...[...threads.values()].flatMap((replies) => (replies === 'closed' ? [] : replies)),
  ];
  const images = useImages(shown, services.image);
  const toggle = (root: ChatPost): void => {
    const current = threads.get(root.id);
    if (current !== undefined && current !== 'closed') {
      setThreads(new Map(threads).set(root.id, 'closed'));
      return;
    }
    void services
      .replies(root.id)
      .then((replies) => setThreads((now) => new Map(now).set(root.id, replies)));
  };
  const item = (post: ChatPost, replies?: readonly ChatPost[] | 'closed') => (
    <MessageItem
      key={post.id}
      post={post}
      services={services}
      images={images}
      texts={texts}
      language={props.language}
      isDecision={props.decision?.id === post.id}
      inContext={props.context.has(post.id)}
      filed={props.filed.get(post.id)}
      onDecision={props.onDecision}
      onContext={props.onContext}
      {...(services.location.kind === 'channel' && post.replyToId === null
        ? {
            replies: {
              open: replies !== undefined && replies !== 'closed',
              toggle: () => toggle(post),
            },
          }
        : {})}
    >
      {replies === undefined || replies === 'closed' ? null : (
        <ul className={styles.replies}>{replies.map((reply) => item(reply))}</ul>
      )}
    </MessageItem>
  );
  return (
    <>
      {posts.length === 0 ? <p>{texts.noMessages}</p> : null}
      <ul className={styles.list}>{posts.map((post) => item(post, threads.get(post.id)))}</ul>
      {props.more.available ? (
        <Button disabled={props.more.loading} onClick={props.more.load}>
          {texts.earlier}
        </Button>
      ) : null}
    </>
  );
}
