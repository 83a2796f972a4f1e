/** The task pane's own sentences, in one place per language (STYLE.md habit 7). */
export interface PaneTexts {
  readonly paneTitle: string;
  readonly loading: string;
  readonly noItem: string;
  readonly readFailed: string;
  readonly toelichting: string;
  readonly toelichtingHint: string;
  readonly file: string;
  readonly chooseDossierFirst: string;
  readonly fileAgain: string;
  readonly selectionHeading: (count: number) => string;
  readonly fileSelection: (count: number) => string;
  readonly fileConversation: string;
  readonly composeHeading: string;
  readonly composeDossier: string;
  readonly composeExplanation: string;
  readonly composeSaved: (dossier: string) => string;
  readonly saveDossier: string;
  readonly reassess: string;
  readonly adjustmentUnreadable: string;
  /** The stored adjustment is not a records manager's, or holds weights learning never writes. */
  readonly adjustmentUntrusted: string;
  readonly openUnfiled: string;
  readonly backToItem: string;
}
