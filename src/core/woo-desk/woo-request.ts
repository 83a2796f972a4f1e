import type { DisclosureLevel, GroundCode } from '../woo-codes';

/** Where a Woo request stands: being handled, decided, or withdrawn by the requester. */
export type WooRequestStatus = 'open' | 'besloten' | 'ingetrokken';

/**
 * A Woo request (verzoek om informatie, art. 4.1 Woo) as the Woo desk keeps it. The requester
 * is kept to answer them and is never exported.
 */
export interface WooRequest {
  /** The request's case number, as the publication platform takes it (`WOO-2025-0042`). */
  readonly zaaknummer: string;
  /** The calendar day the request was received (the term runs from here, art. 4.4 Woo). */
  readonly received: Date;
  readonly text: string;
  /** The period the request asks about, where it names one. */
  readonly periodFrom?: Date;
  readonly periodTo?: Date;
  readonly requester: string;
  readonly status: WooRequestStatus;
  /** When the decision was sent (status `besloten`) or the request withdrawn. */
  readonly closedAt?: Date;
}

/**
 * A recorded event of a request's clock: the extension by two weeks (art. 4.4 lid 2 Woo), a
 * suspension while third parties give their views and its end (art. 4.4 lid 3 Woo with
 * art. 4:15 Awb), and the decision.
 */
export type WooEventKind = 'verlenging' | 'opschorting' | 'hervatting' | 'besluit';

/** One event on a request's clock, on a calendar day. */
export interface WooEvent {
  readonly kind: WooEventKind;
  readonly at: Date;
  readonly note: string;
}

/** A practice code besides the law's grounds: the content is assessed in another document. */
export type PracticeCode = 'dubbel';

/** A ground a Woo decision cites for a document or passage. */
export type DeskGround = GroundCode | PracticeCode;

/** The coordinator's assessment of one document of the selection. */
export interface DocumentDecision {
  readonly level: DisclosureLevel;
  readonly grounds: readonly DeskGround[];
  readonly toelichting: string;
}

// A zaaknummer must pass both of the platform's rules: its Matter pattern and its inquiry
// number pattern (letters, digits, dot and hyphen are in both).
const ZAAKNUMMER = /^[A-Za-z0-9][A-Za-z0-9.-]{0,63}$/;

/** Whether a zaaknummer is one the publication platform accepts as Matter and as Zaaknummer. */
export function isValidZaaknummer(value: string): boolean {
  return ZAAKNUMMER.test(value);
}
