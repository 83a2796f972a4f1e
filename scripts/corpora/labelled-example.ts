import type { Message } from '../../src/core/message';

/** Which side of the held-out split an example falls on. */
export type Split = 'train' | 'test';

/**
 * One message from a corpus with what the corpus says about it. `relevant` is null where the
 * label is ambiguous (Enron 1.4 logistics, 1.5 employment; borderline notifications): such
 * examples are left out of training and of the yes/no figures.
 */
export interface LabelledExample {
  readonly source: string;
  readonly id: string;
  readonly message: Message;
  readonly relevant: boolean | null;
  readonly dossier?: string;
  readonly lowValue?: boolean;
  readonly group?: string;
  readonly split: Split;
}
