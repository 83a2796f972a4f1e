import { assessMessage, prepareContext } from '../core/index';
import type {
  Assessment,
  ContextInput,
  Dossier,
  DossierId,
  EwsItemId,
  Message,
} from '../core/index';
import type { FilingWarning } from '../filing/index';
import type { UiLanguage } from '../texts';
import type { FailureCode } from '../ui/index';

/** What filing the open item came to, as the commands report it. */
export type RibbonFilingOutcome =
  | {
      readonly kind: 'filed' | 'already-filed';
      /** What did not work out after filing (label, audit event); absent: none. */
      readonly warnings?: readonly FilingWarning[];
    }
  /** `code` is a filing or sign-in failure code; the texts turn it into a sentence. */
  | { readonly kind: 'failed'; readonly code: FailureCode };

/** Why the open item could not be had: a failure code, or `read-failed` when nothing says why. */
export type ItemFailureCode = FailureCode | 'read-failed';

/** The open read item handed to the filing function. */
export interface ReadItemToFile {
  readonly itemId: EwsItemId;
  readonly message: Message;
  /** The shared mailbox the item is in; absent for the user's own. */
  readonly mailbox?: string;
}

/** The core, prepared over the dossier registry, and the registry itself (for dossier titles). */
export interface CommandContext {
  readonly assess: (message: Message) => Assessment;
  readonly dossiers: readonly Dossier[];
}

/** Prepares the core once over the registry and the filed history. */
export function commandContext(input: ContextInput): CommandContext {
  const context = prepareContext(input);
  return { assess: (message) => assessMessage(message, context), dossiers: input.dossiers };
}

/** Effects the command handlers need; commands.ts builds the real ones, tests pass fakes. */
export interface CommandServices {
  /** The dossier registry and history, prepared for the core (cached per runtime). */
  readonly loadContext: () => Promise<CommandContext>;
  /** Files the open read item in the dossier, MIME and all. */
  readonly fileItem: (
    item: ReadItemToFile,
    assessment: Assessment,
    dossier: DossierId,
  ) => Promise<RibbonFilingOutcome>;
  readonly language: () => UiLanguage;
  /** The failure code of an error on the way (sign-in, site not set up); absent: none known. */
  readonly readFailure?: (error: unknown) => FailureCode;
}
