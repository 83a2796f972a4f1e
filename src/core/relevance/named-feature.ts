import type { NamedFeatureKey } from './feature-space';

/** A structural feature that fired, its value (usually 1) and what the explanation shows. */
export interface NamedFeature {
  readonly key: NamedFeatureKey;
  readonly value: number;
  readonly params?: Readonly<Record<string, string | number>>;
}
