/**
 * The share of Dutch automated mail of other kinds than the corpora hold (system notices,
 * confirmations, reminders, portal messages, government newsletters; see
 * scripts/evaluation-sets/notifications.ts) that the relevance model calls policy-relevant.
 */
import { asSourceId } from '../src/core/ids';
import type { Message } from '../src/core/message';
import { scoreRelevance } from '../src/core/relevance';
import { NOTIFICATIONS_SET } from '../scripts/evaluation-sets/notifications';

/** The set as messages, each from its sender to one officer. */
export function notificationMessages(): Message[] {
  return NOTIFICATIONS_SET.map(([name, address, subject, bodyText], index) => ({
    kind: 'mail',
    id: asSourceId(`notification-set:${index}`),
    subject,
    from: { name, address },
    to: [{ name: 'Beleidsmedewerker', address: 'medewerker@gemeente-voorbeeld.nl' }],
    cc: [],
    bodyText,
    headers: {},
    attachments: [],
  }));
}

/** How many the model calls relevant, and which. */
export function notificationSetFigures(): Record<string, unknown> {
  const messages = notificationMessages();
  const relevant = messages.filter((message) => scoreRelevance(message).relevant);
  return {
    n: messages.length,
    calledRelevant: Math.round((relevant.length / messages.length) * 1000) / 1000,
    target: 0.02,
    calledRelevantSubjects: relevant.map((message) => message.subject),
  };
}

if (require.main === module) console.log(JSON.stringify(notificationSetFigures(), null, 2));
