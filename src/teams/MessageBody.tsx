import { makeStyles, tokens } from '@fluentui/react-components';
import { useLayoutEffect, useMemo, useRef } from 'react';
import type { ChatSanitizer } from '../filing/chat/sanitize-chat-html';
// The Teams tab's first view: the text helper alone, not the ui index and its Fluent controls.
import { displayTextNodes } from '../ui/display-html';

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
 * styles, frames or remote images; inline images only from the blob URLs the tab loaded. Its
 * text shows bidi controls and noncharacters as markers, in its own direction.
 */
export function MessageBody({ untrustedHtml, images, sanitize }: MessageBodyProps) {
  const styles = useStyles();
  const clean = useMemo(() => sanitize(untrustedHtml, images), [sanitize, untrustedHtml, images]);
  const body = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (body.current !== null) displayTextNodes(body.current);
  }, [clean]);
  return (
    <div
      ref={body}
      className={styles.body}
      dir="auto"
      dangerouslySetInnerHTML={{ __html: clean }}
    />
  );
}
