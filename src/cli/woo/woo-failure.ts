import type { WooError } from './woo-texts';

/** A `bronvast woo` command that failed as expected: the code, its culprit and the exit code. */
export class WooFailure extends Error {
  override readonly name = 'WooFailure';
  constructor(
    readonly error: WooError,
    readonly detail = '',
    readonly code: 1 | 2 = 1,
  ) {
    super(error);
  }
}
