/** The tab's own sentences; the shared components bring theirs. */
export interface TeamsTexts {
  readonly title: string;
  readonly intro: string;
  readonly loading: string;
  readonly earlier: string;
  readonly noMessages: string;
  readonly systemMessage: string;
  readonly deletedMessage: string;
  readonly decision: string;
  readonly context: string;
  readonly showReplies: string;
  readonly hideReplies: string;
  readonly attachment: string;
  readonly reactions: string;
  /** A reaction in words: Graph's six named reactions; an emoji as it is. */
  readonly reaction: (type: string) => string;
  readonly filedIn: (dossier: string) => string;
  readonly chooseDecision: string;
  readonly selection: (count: number) => string;
  readonly note: string;
  readonly noteHint: string;
  readonly notePlaceholder: string;
  readonly reply: string;
  readonly replyHint: string;
  readonly file: string;
  readonly fileAgain: string;
  readonly chooseDossierFirst: string;
  readonly replyText: (dossier: string) => string;
  readonly replySent: string;
  readonly replyFailed: string;
  readonly notMember: string;
  readonly notFound: string;
  readonly readFailed: string;
  readonly personal: string;
  readonly configTitle: string;
  readonly configText: string;
  readonly messagesLabel: string;
  readonly assessmentLabel: string;
}
