import type { AuditEvent } from '../../graph';
import { useReviewTexts } from '../ReviewTexts';
import { UntrustedText } from '../../ui';

/** The record's audit events: action, server-set author and time, and a rejection's reason. */
export function AuditTrail({ events }: { readonly events: readonly AuditEvent[] }) {
  const texts = useReviewTexts();
  if (events.length === 0) return <p>{texts.detail.noAudit}</p>;
  const locale = texts.language === 'en' ? 'en-GB' : 'nl-NL';
  return (
    <ol data-testid="audit">
      {events.map((event, index) => {
        const reason = event.details['reason'];
        return (
          <li key={index}>
            {texts.detail.auditActions[event.action] ?? event.action} ·{' '}
            <UntrustedText text={event.author?.displayName ?? texts.detail.unknownPerson} /> (
            <UntrustedText text={event.author?.address ?? '—'} />) ·{' '}
            {event.at?.toLocaleString(locale) ?? ''}
            {typeof reason === 'string' ? (
              <>
                {` · ${texts.detail.reasonLabel}: `}
                <UntrustedText text={reason} />
              </>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
