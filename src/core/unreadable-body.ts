import type { Assessment } from './assessment';
import type { Reason } from './reason';

/** The reason code an assessment carries when the mail's body could not be read. */
export const BODY_UNREADABLE = 'mail.body-unreadable';

/**
 * The assessment of a mail whose body could not be read (a NUL byte, nesting beyond the
 * parser's limits, no header block): the message is still filed as its exact bytes, and its
 * assessment says first, for relevance and for disclosure alike, that it rests on the
 * metadata alone and why. `cause` is the reader's code, such as `unreadable-mime`.
 */
export function withUnreadableBody(assessment: Assessment, cause: string): Assessment {
  const reason: Reason = { code: BODY_UNREADABLE, weight: 0, params: { cause } };
  return {
    ...assessment,
    relevance: { ...assessment.relevance, reasons: [reason, ...assessment.relevance.reasons] },
    disclosure: {
      ...assessment.disclosure,
      reasons: [reason, ...assessment.disclosure.reasons],
    },
  };
}
