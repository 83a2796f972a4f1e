/**
 * Where the assessment's time goes: each part of `assessMessage` timed on its own over the same
 * messages (relevance features and scoring, dossier suggestion, Woo category, the disclosure
 * wording, and every personal-data detector apart). Figures are the mean CPU microseconds per
 * message and each part's share of their sum; a part that is cheap alone may still cost
 * allocation pressure in the whole, so the whole is measured in speed.ts, not summed here.
 */
import type { AssessmentContext, Message } from '../src/core';
import { suggestDossiers } from '../src/core/dossier/index';
import { findContentGrounds } from '../src/core/disclosure/content-grounds';
import { findPublication } from '../src/core/disclosure/already-published';
import { findBsns } from '../src/core/personal-data/bsn';
import { findDatesOfBirth } from '../src/core/personal-data/date-of-birth';
import { findEmailAddresses } from '../src/core/personal-data/email';
import { findIbans } from '../src/core/personal-data/iban';
import { findPersonNames } from '../src/core/personal-data/person-name';
import { findPhoneNumbers } from '../src/core/personal-data/phone';
import { findAddresses } from '../src/core/personal-data/postcode';
import { findSpecialCategories } from '../src/core/personal-data/special-category';
import { relevanceFeatures, toSparseVector } from '../src/core/relevance/features';
import { marginOf } from '../src/core/relevance/model';
import { explainRelevance } from '../src/core/relevance/explain';
import { shippedModel } from '../src/core/relevance';
import { tokenize, foldText } from '../src/core/relevance/tokenize';
import { suggestWooCategory } from '../src/core/woo/category-suggest';

type Part = (message: Message, context: AssessmentContext) => unknown;

function lowered(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

const PARTS: Readonly<Record<string, Part>> = {
  'relevance: tokenising': (m) => tokenize(foldText(m.bodyText.slice(0, 8192))),
  'relevance: features': (m, c) =>
    relevanceFeatures(m, { organisationDomains: c.organisationDomains }),
  'relevance: score and explain': (m, c) => {
    const model = c.relevanceModel ?? shippedModel();
    const features = relevanceFeatures(m, { organisationDomains: c.organisationDomains });
    marginOf(model.weights, model.bias, toSparseVector(features));
    return explainRelevance(features, model);
  },
  dossier: (m, c) => suggestDossiers(m, c.dossierIndex),
  'woo category': (m) => suggestWooCategory(m),
  'disclosure: wording grounds': (m) => {
    const text = lowered(`${m.subject}\n${m.bodyText}`);
    findPublication(text);
    return findContentGrounds({ text, internalOnly: false });
  },
  'personal data: bsn': (m) => findBsns(m.bodyText),
  'personal data: iban': (m) => findIbans(m.bodyText),
  'personal data: phone': (m) => findPhoneNumbers(m.bodyText),
  'personal data: e-mail': (m) => findEmailAddresses(m.bodyText),
  'personal data: address': (m) => findAddresses(m.bodyText),
  'personal data: date of birth': (m) => findDatesOfBirth(m.bodyText),
  'personal data: person names': (m, c) => findPersonNames(m.bodyText, c.nameLexicon),
  'personal data: person names, without the lexicon (first view)': (m) =>
    findPersonNames(m.bodyText),
  'personal data: special categories': (m) => findSpecialCategories(m.bodyText),
};

/** Mean CPU microseconds of one part per message: CPU time, so other processes do not count. */
function timePart(part: Part, messages: readonly Message[], context: AssessmentContext): number {
  for (const message of messages.slice(0, 100)) part(message, context);
  const started = process.cpuUsage();
  for (const message of messages) part(message, context);
  const used = process.cpuUsage(started);
  return (used.user + used.system) / Math.max(1, messages.length);
}

/** Mean microseconds per message of each part, and its share of the parts' sum. */
export function profileParts(
  messages: readonly Message[],
  context: AssessmentContext,
): Record<string, { microsecondsPerMessage: number; share: number }> {
  const times = Object.entries(PARTS).map(
    ([name, part]) => [name, timePart(part, messages, context)] as const,
  );
  // The score-and-explain part includes the features: count only what it adds.
  const features = times.find(([name]) => name === 'relevance: features')?.[1] ?? 0;
  const own = times.map(([name, time]): [string, number] => [
    name,
    name === 'relevance: score and explain' ? Math.max(0, time - features) : time,
  ]);
  // The first-view reading is an alternative to the full one, not a part of the whole.
  const total = own
    .filter(([name]) => !name.includes('first view'))
    .reduce((sum, [, time]) => sum + time, 0);
  return Object.fromEntries(
    own.map(([name, time]) => [
      name,
      {
        microsecondsPerMessage: Math.round(time * 10) / 10,
        share: Math.round((time / total) * 1000) / 1000,
      },
    ]),
  );
}
