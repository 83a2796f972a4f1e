/** A mail address with display name. */
export interface MimeAddress {
  readonly name: string;
  readonly address: string;
}

/** A file attached to a message. */
export interface MimeAttachment {
  readonly name: string;
  readonly contentType: string;
  readonly content: Buffer;
}

/** Everything needed to write a message as RFC 5322 text. */
export interface MimeMessage {
  readonly from: MimeAddress;
  readonly to: readonly MimeAddress[];
  readonly cc: readonly MimeAddress[];
  readonly subject: string;
  readonly date: Date;
  readonly messageId: string;
  /** Extra headers in order, e.g. In-Reply-To, List-Unsubscribe, X-Bronvast-Dossier. */
  readonly headers: readonly (readonly [string, string])[];
  readonly text: string;
  /** When present the body is multipart/alternative with this HTML beside the text. */
  readonly html?: string;
  /** An iCalendar body part (meeting responses), added to the alternatives. */
  readonly calendar?: { readonly method: string; readonly content: string };
  readonly attachments: readonly MimeAttachment[];
}
