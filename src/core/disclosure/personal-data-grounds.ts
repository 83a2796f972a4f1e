import type { Finding, PersonalDataType } from '../assessment';
import type { GroundCode } from '../woo-codes';
import type { GroundHit } from './content-grounds';

/**
 * Below this body length, special-category data about a named person is what the message is
 * about, so the message as a whole falls under 5.1.1d rather than a few words in it.
 */
export const SHORT_MESSAGE_LENGTH = 1000;
/** Two or more special-category findings about a named person make it the subject at any length. */
const DOMINANT_SPECIAL_COUNT = 2;

const WEIGHT_BY_GROUND: Partial<Record<GroundCode, number>> = {
  '5.1.1d': 0.8,
  '5.1.1e': 0.8,
  '5.1.2e': 0.4,
};

function isDominant(findings: readonly Finding[], bodyLength: number): boolean {
  const special = findings.filter((finding) => finding.type === 'special-category').length;
  const named = findings.some((finding) => finding.type === 'person-name');
  return (
    special > 0 && named && (bodyLength < SHORT_MESSAGE_LENGTH || special >= DOMINANT_SPECIAL_COUNT)
  );
}

/**
 * The grounds the personal data found points to, one reason per type of data with its count.
 * Personal data covers parts of the message (to be redacted), except special-category data
 * about a named person that makes up the message: then 5.1.1d covers the whole.
 */
export function groundsFromFindings(findings: readonly Finding[], bodyLength: number): GroundHit[] {
  const byType = new Map<PersonalDataType, Finding[]>();
  for (const finding of findings) {
    const ofType = byType.get(finding.type) ?? [];
    byType.set(finding.type, ofType);
    ofType.push(finding);
  }
  const hits: GroundHit[] = [];
  for (const [type, ofType] of byType) {
    const ground = ofType[0]?.ground ?? '5.1.2e';
    const params = { type, count: ofType.length, ground };
    hits.push({
      ground,
      scope: 'part',
      reason: { code: 'personal-data-found', weight: WEIGHT_BY_GROUND[ground] ?? 0.4, params },
    });
  }
  if (isDominant(findings, bodyLength)) {
    const count = byType.get('special-category')?.length ?? 0;
    hits.push({
      ground: '5.1.1d',
      scope: 'whole',
      reason: { code: 'special-category-about-person', weight: 0.9, params: { count } },
    });
  }
  return hits;
}
