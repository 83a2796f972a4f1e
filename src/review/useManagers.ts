import { useEffect, useState } from 'react';
import type { ManagerSet } from '../core';
import type { ReviewServices } from './review-services';

/** The records managers as the page knows them: loading, the group's members, or failed. */
export type ManagersState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'loaded'; readonly managers: ManagerSet }
  | { readonly kind: 'failed' };

/** Loads the records managers' group once for the page. */
export function useManagers(services: ReviewServices): ManagersState {
  const [state, setState] = useState<ManagersState>({ kind: 'loading' });
  useEffect(() => {
    let live = true;
    services.managers().then(
      (managers) => live && setState({ kind: 'loaded', managers }),
      () => live && setState({ kind: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, [services]);
  return state;
}

/** The members when loaded, else undefined (nobody counts as a records manager then). */
export const managersOf = (state: ManagersState): ManagerSet | undefined =>
  state.kind === 'loaded' ? state.managers : undefined;
