import type { Message } from '../../core';
import type { EmlError, JsonMessageError, UnreadField } from '../../mime';
import type { WalkError } from './folder-walk';

/** Why one input file, line or registry entry could not be used. */
export type InputError =
  | EmlError
  | JsonMessageError
  | WalkError
  | 'invalid-json'
  | 'line-too-large'
  | 'invalid-raw'
  | 'dossiers-not-a-list'
  | 'invalid-dossier'
  | 'duplicate-dossier'
  | 'missing-dossier'
  | 'assessment-failed';

/** A message read from input with the fields it could not read (left out), or why it is no message. */
export type MessageOutcome =
  | { readonly ok: true; readonly message: Message; readonly unread: readonly UnreadField[] }
  | { readonly ok: false; readonly error: InputError };

/** Something in the input that was skipped: where it was (file, `file:line`, `file[3]`) and why. */
export interface InputProblem {
  readonly source: string;
  readonly error: InputError;
}
