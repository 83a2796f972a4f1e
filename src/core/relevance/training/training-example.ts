import type { Message } from '../../message';

/**
 * One message to learn from: its label, its sample weight (so that no corpus dominates) and a
 * stable key (the cross-validation fold is a hash of it).
 */
export interface TrainingExample {
  readonly key: string;
  readonly message: Message;
  readonly relevant: boolean;
  readonly weight: number;
}
