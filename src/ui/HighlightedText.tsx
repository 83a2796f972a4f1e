import { makeStyles, tokens } from '@fluentui/react-components';
import type { Finding } from '../core';
import { segmentText } from './text-segments';
import { useTexts } from './TextsContext';
import { displayText } from './display-text';

const useStyles = makeStyles({
  text: {
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    maxHeight: '14rem',
    overflowY: 'auto',
    padding: tokens.spacingHorizontalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    fontSize: tokens.fontSizeBase200,
  },
  mark: {
    backgroundColor: tokens.colorPaletteYellowBackground2,
    color: tokens.colorNeutralForeground1,
    outline: `1px solid ${tokens.colorPaletteYellowBorder2}`,
  },
});

/** Props of {@link HighlightedText}. */
export interface HighlightedTextProps {
  readonly text: string;
  readonly findings: readonly Finding[];
  readonly label: string;
}

/** The message text with each piece of personal data marked and named for screen readers. */
export function HighlightedText({ text, findings, label }: HighlightedTextProps) {
  const styles = useStyles();
  const { ui } = useTexts();
  if (text.trim() === '') return null;
  return (
    <div className={styles.text} role="region" aria-label={label} tabIndex={0}>
      {segmentText(text, findings).map((segment, index) =>
        segment.finding === undefined ? (
          <span key={index}>{displayText(segment.text)}</span>
        ) : (
          <mark
            key={index}
            className={styles.mark}
            aria-label={`${ui.personalData[segment.finding.type]}: ${displayText(segment.text)}`}
            title={`${ui.personalData[segment.finding.type]} (${segment.finding.ground})`}
            data-finding={segment.finding.type}
          >
            {displayText(segment.text)}
          </mark>
        ),
      )}
    </div>
  );
}
