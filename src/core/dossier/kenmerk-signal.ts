import type { Message } from '../message';
import type { Reason } from '../reason';
import type { DossierIndex } from './dossier-index';
import type { Evidence } from './evidence';
import { findKenmerkMentions } from './kenmerk';

/** A kenmerk in the subject is as good as a label; in the body it may be a reference to another matter. */
const SUBJECT_STRENGTH = 0.95;
const BODY_STRENGTH = 0.85;

function collect(
  text: string,
  code: 'kenmerk-in-subject' | 'kenmerk-in-body',
  strength: number,
  index: DossierIndex,
  found: Map<number, Evidence>,
): void {
  for (const mention of findKenmerkMentions(text)) {
    const dossiers = index.kenmerken.get(mention.normalised) ?? [];
    for (const dossier of dossiers) {
      const position = index.positionOf.get(dossier);
      if (position === undefined || found.has(position)) continue;
      const share = strength / dossiers.length;
      const reason: Reason = { code, weight: share, params: { kenmerk: mention.written } };
      found.set(position, { strength: share, reasons: [reason] });
    }
  }
}

/** Dossiers whose kenmerk (or a zaaknummer among their keywords) the message writes, subject first. */
export function kenmerkEvidence(message: Message, index: DossierIndex): Map<number, Evidence> {
  const found = new Map<number, Evidence>();
  if (index.kenmerken.size === 0) return found;
  collect(message.subject, 'kenmerk-in-subject', SUBJECT_STRENGTH, index, found);
  collect(message.bodyText, 'kenmerk-in-body', BODY_STRENGTH, index, found);
  return found;
}
