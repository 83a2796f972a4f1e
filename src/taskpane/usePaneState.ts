import { useCallback, useEffect, useRef, useState } from 'react';
import type { Message } from '../core';
import type { FiledLookup, PaneServices } from './pane-services';
import { readPaneState, type PaneState } from './pane-state';

export type { PaneState } from './pane-state';

/**
 * Loads the open item and its assessment, again whenever the officer selects another item.
 * `initial`, when the page has already read and assessed the item, is shown at once instead of
 * reading it a second time.
 */
export function usePaneState(
  services: PaneServices,
  initial?: PaneState,
): { state: PaneState; reload: () => void } {
  const [state, setState] = useState<PaneState>(initial ?? { kind: 'loading' });
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  const given = useRef(initial !== undefined);

  useEffect(() => services.onItemChanged(reload), [services, reload]);
  useEffect(() => {
    if (given.current) {
      given.current = false;
      return;
    }
    let current = true;
    setState({ kind: 'loading' });
    void readPaneState(services).then((next) => current && setState(next));
    return () => {
      current = false;
    };
  }, [services, generation]);
  return { state, reload };
}

/** Looks up whether the message is in the record system; 'checking' until the answer comes. */
export function useFiledLookup(
  services: PaneServices,
  message: Message | undefined,
  refresh: unknown,
): FiledLookup | 'checking' {
  const [lookup, setLookup] = useState<FiledLookup | 'checking'>('checking');
  useEffect(() => {
    if (message === undefined) return;
    let current = true;
    services.lookupFiled(message).then(
      (found) => current && setLookup(found),
      () => current && setLookup({ kind: 'not-filed' }),
    );
    return () => {
      current = false;
    };
  }, [services, message, refresh]);
  return lookup;
}
