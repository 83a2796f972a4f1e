import { useCallback, useEffect, useState } from 'react';
import type { Assessment, Dossier, DossierId, Message, RestItemId } from '../core';
import type { FiledLookup, MailRef, PaneServices } from './pane-services';
import { readFilingFailure } from '../filing/read-failure';
import { readSignInFailure } from '../host/SignInError';

/** What the pane shows, from loading to one of its three views. */
export type PaneState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly code: string }
  | { readonly kind: 'none' }
  | {
      readonly kind: 'read';
      readonly itemId: RestItemId;
      readonly message: Message;
      readonly mailbox?: string;
      readonly assessment: Assessment;
      readonly dossiers: readonly Dossier[];
    }
  | {
      readonly kind: 'compose';
      readonly message: Message;
      readonly assessment: Assessment;
      readonly dossiers: readonly Dossier[];
      readonly dossier: DossierId | null;
    }
  | {
      readonly kind: 'selection';
      readonly items: readonly MailRef[];
      readonly dossiers: readonly Dossier[];
    };

async function loadState(services: PaneServices): Promise<PaneState> {
  const [item, dossiers] = await Promise.all([services.readItem(), services.loadDossiers()]);
  switch (item.kind) {
    case 'none':
      return item;
    case 'selection':
      return { ...item, dossiers };
    case 'read':
      return { ...item, dossiers, assessment: await services.assess(item.message) };
    case 'compose':
      return { ...item, dossiers, assessment: await services.assess(item.message) };
  }
}

/** Why the item or its assessment could not be had: a filing or sign-in code, else `read-failed`. */
const failureCode = (error: unknown): string =>
  readFilingFailure(error, (other) => readSignInFailure(other) ?? READ_FAILED).reason;

const READ_FAILED = { reason: 'read-failed', transient: false } as const;

/** Loads the open item and its assessment, again whenever the officer selects another item. */
export function usePaneState(services: PaneServices): { state: PaneState; reload: () => void } {
  const [state, setState] = useState<PaneState>({ kind: 'loading' });
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((value) => value + 1), []);

  useEffect(() => services.onItemChanged(reload), [services, reload]);
  useEffect(() => {
    let current = true;
    setState({ kind: 'loading' });
    loadState(services).then(
      (next) => current && setState(next),
      (error: unknown) => current && setState({ kind: 'failed', code: failureCode(error) }),
    );
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
