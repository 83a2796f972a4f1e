import type { RedactedSegment } from '../../core/woo-desk';

/** Props of {@link RedactedPreview}. */
export interface RedactedPreviewProps {
  readonly segments: readonly RedactedSegment[];
}

/** The text as the decision publishes it: removed passages as black boxes with their grounds. */
export function RedactedPreview({ segments }: RedactedPreviewProps) {
  return (
    <div
      data-testid="redacted-preview"
      style={{ whiteSpace: 'pre-wrap', border: '1px solid #ccc', padding: 8 }}
    >
      {segments.map((segment, index) =>
        segment.kind === 'text' ? (
          <span key={index}>{segment.text}</span>
        ) : (
          <span key={index} style={{ background: '#000', color: '#fff', padding: '0 4px' }}>
            {segment.grounds.join(', ')}
          </span>
        ),
      )}
    </div>
  );
}
