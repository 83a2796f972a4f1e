/** The sentences the ribbon command and the on-send check show, per language. */
export interface CommandTexts {
  readonly filed: (dossier: string) => string;
  readonly alreadyFiled: string;
  /** `reason` is the shared sentence for the failure code (see {@link failureSentence}). */
  readonly filingFailed: (reason: string) => string;
  /** Why the ribbon leaves the choice to the officer (the ribbon decision's `why`). */
  readonly review: Readonly<Record<'not-relevant' | 'no-dossier' | 'uncertain', string>>;
  readonly unreadable: string;
  readonly openPane: string;
  readonly sendPrompt: (suggested: string | null) => string;
  readonly chooseDossier: string;
}
