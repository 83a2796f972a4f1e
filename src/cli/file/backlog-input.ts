import type { WalkError } from '../shared/folder-walk';

/** Why one input of a backlog run could not be filed. */
export type BacklogInputError =
  | WalkError
  | 'line-too-large'
  | 'not-a-mail-file'
  | 'invalid-json'
  | 'invalid-raw'
  | 'line-without-raw'
  | 'msg-unreadable';

/**
 * One input found while walking the paths, not yet read: a mail file (path and size), a JSONL
 * line with its raw RFC 822 text, or something that cannot be filed and why. `source` names it
 * in output: the path, or `path:line` for JSONL.
 */
export type BacklogInput =
  | {
      readonly kind: 'file';
      readonly source: string;
      readonly format: 'eml' | 'msg';
      readonly path: string;
      readonly size: number;
    }
  | { readonly kind: 'line'; readonly source: string; readonly raw: string }
  | { readonly kind: 'problem'; readonly source: string; readonly error: BacklogInputError };
