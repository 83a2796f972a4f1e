import {
  Badge,
  Button,
  Checkbox,
  Link,
  makeStyles,
  Radio,
  Text,
  tokens,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { ChatPost } from '../graph/chats';
import { MessageBody } from './MessageBody';
import { messageTime } from './message-time';
import type { FiledDecision, TabServices } from './tab-services';
import type { TeamsTexts } from '../texts/teams';
// The Teams tab's first view: these two alone, not the ui index and its Fluent controls.
import { displayText } from '../ui/display-text';
// As above.
import { UntrustedText } from '../ui/UntrustedText';

const useStyles = makeStyles({
  item: {
    listStyleType: 'none',
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingBlock: tokens.spacingVerticalS,
  },
  chosen: { backgroundColor: tokens.colorBrandBackground2 },
  head: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    alignItems: 'baseline',
  },
  muted: { color: tokens.colorNeutralForeground3, fontStyle: 'italic' },
  controls: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  files: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

/** Props of {@link MessageItem}. */
export interface MessageItemProps {
  readonly post: ChatPost;
  readonly services: Pick<TabServices, 'sanitize'>;
  readonly images: ReadonlyMap<string, string>;
  readonly texts: TeamsTexts;
  readonly language: string;
  readonly isDecision: boolean;
  readonly inContext: boolean;
  readonly filed: FiledDecision | undefined;
  readonly onDecision: (post: ChatPost) => void;
  readonly onContext: (post: ChatPost, on: boolean) => void;
  readonly replies?: { readonly open: boolean; readonly toggle: () => void };
  readonly children?: ReactNode;
}

/**
 * One message: author, time, text (sanitised), images, attachments and reactions; a system or
 * deleted message is said to be one, never shown as text and never selectable.
 */
export function MessageItem(props: MessageItemProps) {
  const { post, texts, isDecision, inContext } = props;
  const styles = useStyles();
  const when = messageTime(post.created, props.language);
  const headingId = `bericht-${post.id}`;
  if (post.kind !== 'message') {
    return (
      <li
        className={styles.item}
        aria-label={post.kind === 'system' ? texts.systemMessage : texts.deletedMessage}
      >
        <Text className={styles.muted}>
          {post.kind === 'system'
            ? texts.systemMessage
            : `${post.author?.name ?? ''} · ${texts.deletedMessage}`}
        </Text>
        {props.children}
      </li>
    );
  }
  return (
    <li
      className={`${styles.item} ${isDecision ? styles.chosen : ''}`}
      aria-labelledby={headingId}
      data-message-id={post.id}
    >
      <div className={styles.head} id={headingId}>
        <Text weight="semibold">
          <UntrustedText text={post.author?.name ?? ''} />
        </Text>
        <Text size={200}>
          <time dateTime={post.created.toISOString()}>{when}</time>
        </Text>
        {post.importance === 'normal' ? null : <Badge color="danger">!</Badge>}
        {props.filed === undefined ? null : (
          <Badge appearance="tint" color="success" data-testid="filed-badge">
            {texts.filedIn(displayText(props.filed.dossier))}
          </Badge>
        )}
      </div>
      {post.subject === undefined ? null : (
        <Text weight="semibold">
          <UntrustedText text={post.subject} />
        </Text>
      )}
      <MessageBody
        untrustedHtml={post.untrustedHtml}
        images={props.images}
        sanitize={props.services.sanitize}
      />
      {post.files.length === 0 ? null : (
        <ul className={styles.files}>
          {post.files.map((file) => (
            <li key={file.url}>
              {texts.attachment}:{' '}
              {/^https:/i.test(file.url) ? (
                <Link href={file.url} target="_blank" rel="noopener noreferrer">
                  <UntrustedText text={file.name} />
                </Link>
              ) : (
                <UntrustedText text={file.name} />
              )}
            </li>
          ))}
        </ul>
      )}
      {post.reactions.length === 0 ? null : (
        <Text size={200}>
          {texts.reactions}:{' '}
          {post.reactions
            .map((reaction) => `${texts.reaction(reaction.type)} (${displayText(reaction.by)})`)
            .join(', ')}
        </Text>
      )}
      <div className={styles.controls}>
        <Radio
          name="besluit"
          value={post.id}
          checked={isDecision}
          label={texts.decision}
          aria-describedby={headingId}
          onChange={() => props.onDecision(post)}
        />
        <Checkbox
          checked={inContext || isDecision}
          disabled={isDecision}
          label={texts.context}
          aria-describedby={headingId}
          onChange={(_event, data) => props.onContext(post, data.checked === true)}
        />
        {props.replies === undefined ? null : (
          <Button
            size="small"
            appearance="subtle"
            aria-expanded={props.replies.open}
            onClick={props.replies.toggle}
          >
            {props.replies.open ? texts.hideReplies : texts.showReplies}
          </Button>
        )}
      </div>
      {props.children}
    </li>
  );
}
