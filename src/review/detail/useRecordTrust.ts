import { useEffect, useState } from 'react';
import type { Discrepancy, EventFacts, ManagerSet } from '../../core/trust';
import type { ContentVersion, RecordVersion, ReviewItem } from '../../graph';
import type { ReviewServices } from '../review-services';
import { verifyOpenRecord } from './record-trust';
import type { ContentView } from './useRecordDetail';

/** The open record's verification: waiting for its parts, done, or not possible. */
export type TrustState =
  | { readonly kind: 'loading' }
  | {
      readonly kind: 'done';
      readonly found: readonly Discrepancy[];
      readonly files: readonly ContentVersion[];
    }
  | { readonly kind: 'failed' };

/**
 * Verifies the open record once its versions and content are loaded: reads its audit chain and
 * its file's versions (2 requests, and one per event of the chain) and judges them with the
 * records managers' group.
 */
export function useRecordTrust(
  services: ReviewServices,
  item: ReviewItem,
  parts: { readonly versions?: readonly RecordVersion[] | 'failed'; readonly content: ContentView },
  managers: ManagerSet | undefined,
): TrustState {
  const [state, setState] = useState<TrustState>({ kind: 'loading' });
  const { versions, content } = parts;
  useEffect(() => {
    setState({ kind: 'loading' });
    if (versions === 'failed' || content.kind === 'failed') setState({ kind: 'failed' });
    if (versions === undefined || versions === 'failed' || managers === undefined) return;
    if (content.kind === 'loading' || content.kind === 'failed') return;
    let live = true;
    const chain: Promise<ReadonlyMap<string, EventFacts>> =
      item.auditLink === '' ? Promise.resolve(new Map()) : services.auditChain(item);
    Promise.all([chain, services.contentVersions(item.record.id)])
      .then(([events, files]) => {
        const found = verifyOpenRecord({ item, versions, content, chain: events, files, managers });
        if (live) setState({ kind: 'done', found, files });
      })
      .catch(() => live && setState({ kind: 'failed' }));
    return () => {
      live = false;
    };
  }, [services, item, versions, content, managers]);
  return state;
}
