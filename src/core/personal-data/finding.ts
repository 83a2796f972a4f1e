import type { Finding, PersonalDataType } from '../assessment';
import type { GroundCode } from '../woo-codes';

/**
 * The exception ground each kind of personal data points to: a BSN is a national
 * identification number (art. 5.1 lid 1 e), special categories are absolute (lid 1 d), the
 * rest weighs against the protection of privacy (lid 2 e).
 */
export const GROUND_BY_TYPE: Readonly<Record<PersonalDataType, GroundCode>> = {
  bsn: '5.1.1e',
  'special-category': '5.1.1d',
  iban: '5.1.2e',
  phone: '5.1.2e',
  email: '5.1.2e',
  postcode: '5.1.2e',
  'date-of-birth': '5.1.2e',
  'person-name': '5.1.2e',
};

/** Builds the finding for `text.slice(start, end)` with the ground its type points to. */
export function makeFinding(
  type: PersonalDataType,
  text: string,
  start: number,
  end: number,
): Finding {
  return { type, start, end, text: text.slice(start, end), ground: GROUND_BY_TYPE[type] };
}
