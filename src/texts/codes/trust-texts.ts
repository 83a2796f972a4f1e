import type { Discrepancy, DiscrepancyCode } from '../../core/trust/trust-facts';
import type { UiLanguage } from '../language';

type Sentence = (d: Discrepancy) => string;

const who = (d: Discrepancy, unknown: string) => d.by ?? unknown;

const NL: Readonly<Record<DiscrepancyCode, Sentence>> = {
  'columns-missing': () => 'Dit bestand heeft geen Bronvast-kolommen.',
  'content-missing': () => 'Het bestand ontbreekt.',
  'content-hash-mismatch': (d) =>
    d.by === undefined
      ? 'De inhoud past niet meer bij de vastgelegde SHA-256.'
      : `De inhoud past niet meer bij de vastgelegde SHA-256: gewijzigd door ${d.by}.`,
  'status-set-at-filing': (d) =>
    `Bij het vastleggen (versie ${d.version ?? '?'}, ${who(d, 'onbekend')}) is al een beoordelingsstatus ingevuld; dat doet alleen een informatiebeheerder.`,
  'integrity-column-rewritten': (d) =>
    `${d.column ?? ''} is na het vastleggen gewijzigd door ${who(d, 'onbekend')} (versie ${d.version ?? '?'}).`,
  'review-column-by-non-manager': (d) =>
    `${d.column ?? ''} is gewijzigd door ${who(d, 'onbekend')}, geen informatiebeheerder (versie ${d.version ?? '?'}).`,
  'audit-link-by-non-manager': (d) =>
    `De koppeling aan het logboek is gezet door ${who(d, 'onbekend')}, geen informatiebeheerder (versie ${d.version ?? '?'}).`,
  'version-missing': (d) => `Versie ${d.version ?? '?'} ontbreekt in de versiegeschiedenis.`,
  'status-without-review': () =>
    'De beoordelingsstatus is niet door een informatiebeheerder vastgesteld: dit record telt niet als beoordeeld.',
  'audit-link-malformed': () => 'De koppeling aan het logboek is onleesbaar.',
  'audit-link-without-hash': (d) =>
    `De koppeling aan logboekgebeurtenis ${d.eventId ?? '?'} heeft geen vingerafdruk (gezet voor deze controle bestond).`,
  'audit-event-missing': (d) => `Logboekgebeurtenis ${d.eventId ?? '?'} bestaat niet (meer).`,
  'audit-event-changed': (d) =>
    `Logboekgebeurtenis ${d.eventId ?? '?'} is gewijzigd nadat ze werd geschreven.`,
  'audit-event-other-record': (d) =>
    `Logboekgebeurtenis ${d.eventId ?? '?'} gaat over een ander record.`,
  'audit-event-by-non-manager': (d) =>
    `Logboekgebeurtenis ${d.eventId ?? '?'} is geschreven door ${who(d, 'onbekend')}, geen informatiebeheerder.`,
  'audit-chain-broken': (d) =>
    `De keten van logboekgebeurtenissen is verbroken bij gebeurtenis ${d.eventId ?? '?'}.`,
  'review-changed-after-review': (d) =>
    `${d.column ?? ''} wijkt af van wat de laatste beoordeling (gebeurtenis ${d.eventId ?? '?'}) vastlegde.`,
  'reviewed-still-in-intake': () =>
    'Beoordeeld, maar het bestand staat nog in Aanlevering, waar medewerkers het kunnen wijzigen.',
  'audit-event-edited': (d) =>
    `Logboekgebeurtenis ${d.eventId ?? '?'} is na het schrijven gewijzigd${d.by === undefined ? '' : ` door ${d.by}`}.`,
  'audit-event-deleted': (d) => `Logboekgebeurtenis ${d.eventId ?? '?'} is verwijderd.`,
  'audit-event-not-applied': (d) =>
    `Logboekgebeurtenis ${d.eventId ?? '?'} noemt record ${d.record ?? '?'}, maar dat record is er niet naar gewijzigd.`,
  'adjustment-by-non-manager': (d) =>
    `Het geleerde relevantiebestand is het laatst gewijzigd door ${who(d, 'onbekend')}, geen informatiebeheerder; het wordt niet toegepast.`,
  'adjustment-out-of-bounds': () =>
    'Het geleerde relevantiebestand heeft gewichten die leren nooit schrijft; het wordt niet toegepast.',
  'adjustment-unreadable': () =>
    'Het geleerde relevantiebestand is onleesbaar; het wordt niet toegepast.',
};

const EN: Readonly<Record<DiscrepancyCode, Sentence>> = {
  'columns-missing': () => 'This file has no Bronvast columns.',
  'content-missing': () => 'The file is missing.',
  'content-hash-mismatch': (d) =>
    d.by === undefined
      ? 'The content no longer matches the filed SHA-256.'
      : `The content no longer matches the filed SHA-256: changed by ${d.by}.`,
  'status-set-at-filing': (d) =>
    `The filing (version ${d.version ?? '?'}, ${who(d, 'unknown')}) already set a review status; only a records manager does.`,
  'integrity-column-rewritten': (d) =>
    `${d.column ?? ''} was changed after filing by ${who(d, 'unknown')} (version ${d.version ?? '?'}).`,
  'review-column-by-non-manager': (d) =>
    `${d.column ?? ''} was changed by ${who(d, 'unknown')}, who is no records manager (version ${d.version ?? '?'}).`,
  'audit-link-by-non-manager': (d) =>
    `The link to the audit log was set by ${who(d, 'unknown')}, who is no records manager (version ${d.version ?? '?'}).`,
  'version-missing': (d) => `Version ${d.version ?? '?'} is missing from the version history.`,
  'status-without-review': () =>
    'The review status was not set by a records manager: this record does not count as reviewed.',
  'audit-link-malformed': () => 'The link to the audit log cannot be read.',
  'audit-link-without-hash': (d) =>
    `The link to audit event ${d.eventId ?? '?'} has no fingerprint (set before this check existed).`,
  'audit-event-missing': (d) => `Audit event ${d.eventId ?? '?'} does not exist (any more).`,
  'audit-event-changed': (d) => `Audit event ${d.eventId ?? '?'} was changed after it was written.`,
  'audit-event-other-record': (d) => `Audit event ${d.eventId ?? '?'} is about another record.`,
  'audit-event-by-non-manager': (d) =>
    `Audit event ${d.eventId ?? '?'} was written by ${who(d, 'unknown')}, who is no records manager.`,
  'audit-chain-broken': (d) => `The chain of audit events breaks at event ${d.eventId ?? '?'}.`,
  'review-changed-after-review': (d) =>
    `${d.column ?? ''} differs from what the last review (event ${d.eventId ?? '?'}) recorded.`,
  'reviewed-still-in-intake': () =>
    'Reviewed, but the file still lies in the intake area, where officers can change it.',
  'audit-event-edited': (d) =>
    `Audit event ${d.eventId ?? '?'} was changed after it was written${d.by === undefined ? '' : ` by ${d.by}`}.`,
  'audit-event-deleted': (d) => `Audit event ${d.eventId ?? '?'} was deleted.`,
  'audit-event-not-applied': (d) =>
    `Audit event ${d.eventId ?? '?'} names record ${d.record ?? '?'}, which was never changed to it.`,
  'adjustment-by-non-manager': (d) =>
    `The learnt relevance file was last changed by ${who(d, 'unknown')}, who is no records manager; it is not applied.`,
  'adjustment-out-of-bounds': () =>
    'The learnt relevance file has weights learning never writes; it is not applied.',
  'adjustment-unreadable': () => 'The learnt relevance file cannot be read; it is not applied.',
};

/** What verification found, as one sentence a records manager understands. */
export function describeDiscrepancy(discrepancy: Discrepancy, lang: UiLanguage): string {
  return (lang === 'en' ? EN : NL)[discrepancy.code](discrepancy);
}
