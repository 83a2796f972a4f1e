/** Props of {@link HitSummary}. */
export interface HitSummaryProps {
  /** Microsoft Search's summary: matched words in `<c0>…</c0>`, cuts as `<ddd/>`. */
  readonly summary: string;
}

/**
 * A hit's summary with the matched words marked. The summary is split on its two markers and
 * every piece rendered as text: nothing of it is ever parsed as HTML.
 */
export function HitSummary({ summary }: HitSummaryProps) {
  const pieces = summary.replaceAll('<ddd/>', ' … ').split(/(<c0>.*?<\/c0>)/g);
  return (
    <span>
      {pieces.map((piece, index) =>
        piece.startsWith('<c0>') && piece.endsWith('</c0>') ? (
          <mark key={index}>{piece.slice(4, -5)}</mark>
        ) : (
          <span key={index}>{piece}</span>
        ),
      )}
    </span>
  );
}
