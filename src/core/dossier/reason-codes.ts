/**
 * The reasons a dossier suggestion can carry; the surfaces turn each into a sentence.
 *
 * - `kenmerk-in-subject`, `kenmerk-in-body`: the dossier's kenmerk or a zaaknummer among its
 *   keywords is written in the message (params: `kenmerk` as written).
 * - `dossier-named`: words of the dossier's title or keywords are written in the message, OCR
 *   misreadings included (params: `words` as written, comma separated).
 * - `conversation-filed`: earlier messages of the same conversation were filed in this dossier
 *   (params: `count`, and `share` in percent when the conversation went to several dossiers).
 * - `subject-filed`: messages with the same subject (replies and forwards included) were filed
 *   in this dossier, by colleagues too (params: `count`, and `share` in percent when split).
 * - `correspondent-history`: mail with this correspondent went to this dossier before (params:
 *   `correspondent` address or `@domain`, `count`, `filedBy` the colleagues who filed it, comma
 *   separated, when known).
 * - `similar-text`: the message reads like the dossier's description and filed mail (params:
 *   `terms` the shared terms that weighed most, comma separated, `similarity` in percent).
 * - `similar-filed-message`: one filed message of the dossier is very much alike (params:
 *   `subject`, `similarity` in percent, `filedBy` when known).
 * - `dossier-closed`: the dossier is closed; it is shown only on a kenmerk, conversation or subject match,
 *   after the open dossiers (negative weight).
 */
export const DOSSIER_REASON_CODES = [
  'kenmerk-in-subject',
  'kenmerk-in-body',
  'dossier-named',
  'conversation-filed',
  'subject-filed',
  'correspondent-history',
  'similar-text',
  'similar-filed-message',
  'dossier-closed',
] as const;

/** One of {@link DOSSIER_REASON_CODES}. */
export type DossierReasonCode = (typeof DOSSIER_REASON_CODES)[number];
