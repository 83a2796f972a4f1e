import { makeStyles, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import type { ChatSanitizer } from '../filing/chat/sanitize-chat-html';

const useStyles = makeStyles({
  body: {
    overflowWrap: 'anywhere',
    '& p': { marginBlock: tokens.spacingVerticalXXS },
    '& img': { maxWidth: '100%', height: 'auto' },
  },
});

/** Props of {@link MessageBody}. */
export interface MessageBodyProps {
  readonly untrustedHtml: string;
  readonly images: ReadonlyMap<string, string>;
  readonly sanitize: ChatSanitizer;
}

/**
 * A message's HTML, sanitised with DOMPurify before it reaches the DOM: no script, handlers,
 * styles, frames or remote images; inline images only from the blob URLs the tab loaded.
 */
export function MessageBody({ untrustedHtml, images, sanitize }: MessageBodyProps) {
  const styles = useStyles();
  const clean = useMemo(() => sanitize(untrustedHtml, images), [sanitize, untrustedHtml, images]);
  return <div className={styles.body} dangerouslySetInnerHTML={{ __html: clean }} />;
}
