import {
  Link,
  MessageBar,
  MessageBarBody,
  Spinner,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { useReviewTexts } from '../ReviewTexts';
import type { ContentView, RecordFile } from './useRecordDetail';
import { UntrustedText } from '../../ui';

const useStyles = makeStyles({
  text: {
    whiteSpace: 'pre-wrap',
    fontFamily: tokens.fontFamilyBase,
    maxHeight: '24rem',
    overflowY: 'auto',
    backgroundColor: tokens.colorNeutralBackground2,
    padding: tokens.spacingHorizontalM,
  },
  frame: { width: '100%', height: '24rem', border: `1px solid ${tokens.colorNeutralStroke1}` },
});

/** The record's content: a mail as plain text, a chat rendering in a frame that runs nothing. */
export function RecordContentView({ content }: { readonly content: ContentView }) {
  const texts = useReviewTexts();
  const styles = useStyles();
  switch (content.kind) {
    case 'loading':
      return <Spinner size="tiny" label={texts.detail.loading} />;
    case 'file-missing':
      return <Warning text={texts.warnings['file-missing']} />;
    case 'failed':
      return <Warning text={texts.errors.load} />;
    case 'unreadable':
      return (
        <>
          <Warning text={texts.detail.unreadable} />
          <Download file={content.file} />
        </>
      );
    case 'chat':
      return (
        <>
          {/* sandbox="" : no scripts, no forms, no navigation; the chat's HTML is hostile. */}
          <iframe
            sandbox=""
            srcDoc={content.html}
            title={texts.detail.chatFrame}
            className={styles.frame}
          />
          <Download file={content.file} />
        </>
      );
    case 'mail':
      return (
        <>
          <pre className={styles.text} data-testid="record-text">
            {content.message.bodyText}
          </pre>
          <Download file={content.file} />
        </>
      );
  }
}

function Warning({ text }: { readonly text: string }) {
  return (
    <MessageBar intent="warning">
      <MessageBarBody>{text}</MessageBarBody>
    </MessageBar>
  );
}

/**
 * A download link to the file's exact bytes (a blob URL, revoked when the record closes). The
 * blob is typed `application/octet-stream`, never the file's own type: a blob URL has the page's
 * origin, so an HTML record opened from it as a page (address bar, "open in new tab") would run
 * its scripts as the review page. As an octet stream the browser only ever saves it.
 */
function Download({ file }: { readonly file: RecordFile }) {
  const texts = useReviewTexts();
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    const blob = new Blob([new Uint8Array(file.bytes)], { type: 'application/octet-stream' });
    const created = URL.createObjectURL(blob);
    setUrl(created);
    return () => URL.revokeObjectURL(created);
  }, [file]);
  return url === undefined ? null : (
    <Link href={url} download={file.name}>
      {texts.detail.download} (<UntrustedText text={file.name} />)
    </Link>
  );
}
