import type { DossierId } from './ids';
import type { Message } from './message';
import type { Reason } from './reason';
import type { WooCategoryCode } from './woo-codes';

/** A dossier in the registry that records managers maintain. */
export interface Dossier {
  readonly id: DossierId;
  readonly title: string;
  readonly description?: string;
  readonly keywords?: readonly string[];
  readonly status?: 'open' | 'closed';
  readonly owner?: string;
  /** Woo information category code (e.g. `3.3.2e`) that filings in this dossier usually get. */
  readonly defaultCategory?: WooCategoryCode;
  readonly retentionLabel?: string;
}

/** A message already filed, with where it went and who filed it. */
export interface FiledMessage {
  readonly message: Message;
  readonly dossier: DossierId;
  readonly filedBy?: string;
}

/** One ranked dossier suggestion with the reasons it ranks where it does. */
export interface DossierSuggestion {
  readonly dossier: DossierId;
  readonly score: number;
  readonly reasons: readonly Reason[];
}

/** The dossier outcome: ranked suggestions, or the explicit result that no dossier fits. */
export type DossierResult =
  | { readonly kind: 'suggested'; readonly suggestions: readonly DossierSuggestion[] }
  | { readonly kind: 'no-dossier-fits' };
