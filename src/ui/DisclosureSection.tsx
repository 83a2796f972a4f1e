import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import type { DisclosureAssessment } from '../core';
import { HighlightedText } from './HighlightedText';
import { ReasonList } from './ReasonList';
import { useTexts } from './TextsContext';
import { Section } from './Section';

const useStyles = makeStyles({
  note: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  grounds: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  heading: { margin: 0, fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold },
});

/** Props of {@link DisclosureSection}. */
export interface DisclosureSectionProps {
  readonly disclosure: DisclosureAssessment;
  readonly bodyText: string;
}

/** The advisory disclosure pre-assessment: level, grounds explained, personal data marked. */
export function DisclosureSection({ disclosure, bodyText }: DisclosureSectionProps) {
  const styles = useStyles();
  const texts = useTexts();
  const { ui } = texts;
  return (
    <Section title={ui.disclosureHeading}>
      <div data-testid="disclosure">
        <Badge appearance="outline">{ui.disclosureLevel[disclosure.level]}</Badge>
      </div>
      <div className={styles.note}>{ui.disclosureAdvisory}</div>
      <h3 className={styles.heading}>{ui.groundsHeading}</h3>
      {disclosure.grounds.length === 0 ? (
        <div>{ui.noGrounds}</div>
      ) : (
        <ul className={styles.grounds}>
          {disclosure.grounds.map((code) => {
            const ground = texts.ground(code);
            return (
              <li key={code}>
                <strong>{`${code} ${ground.label}`}</strong>
                {ground.explanation === undefined ? null : <div>{ground.explanation}</div>}
              </li>
            );
          })}
        </ul>
      )}
      {/* Every type of personal data found gets its line: none is hidden behind a limit. */}
      <ReasonList reasons={disclosure.reasons} limit={disclosure.reasons.length} />
      <h3 className={styles.heading}>{ui.personalDataHeading}</h3>
      {disclosure.findings.length === 0 ? <div>{ui.noPersonalData}</div> : null}
      <HighlightedText
        text={bodyText}
        findings={disclosure.findings}
        label={ui.personalDataHeading}
      />
    </Section>
  );
}
