/**
 * The parts of `assessMessage`, each callable on its own, for the speed profile: the relevance
 * model's reading (folding, tokenising, the bulk-mail and notification signals, the other
 * structural signals, scoring and explaining), the dossier suggestion (reading the words, the
 * whole), the Woo category, the disclosure wording, and every personal-data detector apart,
 * person names with and without the lexicon.
 */
import type { AssessmentContext, Message } from '../src/core';
import { findPublication } from '../src/core/disclosure/already-published';
import { findContentGrounds } from '../src/core/disclosure/content-grounds';
import { suggestDossiers } from '../src/core/dossier/index';
import { readMessageWords } from '../src/core/dossier/message-words';
import { findBsns } from '../src/core/personal-data/bsn';
import { findDatesOfBirth } from '../src/core/personal-data/date-of-birth';
import { findEmailAddresses } from '../src/core/personal-data/email';
import { findIbans } from '../src/core/personal-data/iban';
import { findPersonNames } from '../src/core/personal-data/person-name';
import { findPhoneNumbers } from '../src/core/personal-data/phone';
import { findAddresses } from '../src/core/personal-data/postcode';
import { findSpecialCategories } from '../src/core/personal-data/special-category';
import { shippedModel } from '../src/core/relevance';
import { attachmentSignals } from '../src/core/relevance/attachment-signals';
import { automatedWording } from '../src/core/relevance/automated-wording';
import { bulkMailSignals } from '../src/core/relevance/bulk-mail-signals';
import { contentSignals } from '../src/core/relevance/content-signals';
import { explainRelevance } from '../src/core/relevance/explain';
import { relevanceFeatures, TEXT_LIMIT, toSparseVector } from '../src/core/relevance/features';
import { marginOf } from '../src/core/relevance/model';
import { splitQuoted } from '../src/core/relevance/quoted-text';
import { partySignals, senderSignals } from '../src/core/relevance/sender-signals';
import { styleSignals } from '../src/core/relevance/style-signals';
import { foldText, tokenize } from '../src/core/relevance/tokenize';
import { suggestWooCategory } from '../src/core/woo/category-suggest';

/** A message with the folded subject and opening the relevance signals read, made beforehand. */
export interface Prepared {
  readonly message: Message;
  readonly subject: string;
  readonly head: string;
}

/** Folds what the relevance signals read, outside the timed parts. */
export function prepare(message: Message): Prepared {
  const subject = foldText(message.subject);
  return { message, subject, head: foldText(message.bodyText.slice(0, TEXT_LIMIT)) };
}

type Part = (prepared: Prepared, context: AssessmentContext) => unknown;

function lowered(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

const options = (c: AssessmentContext) => ({ organisationDomains: c.organisationDomains });

/** The parts, by name. A name with "first view" is an alternative, not a share of the whole. */
export const PARTS: Readonly<Record<string, Part>> = {
  'relevance: folding': ({ message: m }) => [
    foldText(m.subject),
    foldText(m.bodyText.slice(0, TEXT_LIMIT)),
  ],
  'relevance: tokenising': ({ subject, head }) => {
    const { own, quoted } = splitQuoted(head);
    return [tokenize(`${subject}\n${own}`), tokenize(quoted)];
  },
  'relevance: bulk-mail signals': ({ message, head }) => bulkMailSignals(message, head),
  'relevance: notification wording': ({ subject, head }) => automatedWording(subject, head),
  'relevance: sender, party, content, style and attachment signals': (
    { message: m, subject, head },
    c,
  ) => [
    senderSignals(m),
    partySignals(m, c.organisationDomains),
    contentSignals(subject, head, m.bodyText.length, m.headers['content-class'] ?? ''),
    styleSignals(m.subject, m.bodyText),
    attachmentSignals(m.attachments),
  ],
  'relevance: all features': ({ message }, c) => relevanceFeatures(message, options(c)),
  'relevance: score and explain': ({ message }, c) => {
    const model = c.relevanceModel ?? shippedModel();
    const features = relevanceFeatures(message, options(c));
    marginOf(model.weights, model.bias, toSparseVector(features));
    return explainRelevance(features, model);
  },
  'dossier: reading the words': ({ message }, c) =>
    readMessageWords(message, {
      words: c.dossierIndex.text.reading.maxBodyCharacters,
      grams: c.dossierIndex.grams.reading.maxBodyCharacters,
    }),
  'dossier: suggestion': ({ message }, c) => suggestDossiers(message, c.dossierIndex),
  'woo category': ({ message }) => suggestWooCategory(message),
  'disclosure: wording grounds': ({ message: m }) => {
    const text = lowered(`${m.subject}\n${m.bodyText}`);
    findPublication(text);
    return findContentGrounds({ text, internalOnly: false });
  },
  'personal data: bsn': ({ message }) => findBsns(message.bodyText),
  'personal data: iban': ({ message }) => findIbans(message.bodyText),
  'personal data: phone': ({ message }) => findPhoneNumbers(message.bodyText),
  'personal data: e-mail': ({ message }) => findEmailAddresses(message.bodyText),
  'personal data: address': ({ message }) => findAddresses(message.bodyText),
  'personal data: date of birth': ({ message }) => findDatesOfBirth(message.bodyText),
  'personal data: person names': ({ message }, c) =>
    findPersonNames(message.bodyText, c.nameLexicon),
  'personal data: person names, without the lexicon (first view)': ({ message }) =>
    findPersonNames(message.bodyText),
  'personal data: special categories': ({ message }) => findSpecialCategories(message.bodyText),
};

/**
 * Parts whose time another part includes, and that part: the share counts only what the
 * including part adds, so the shares of the whole add up to one.
 */
export const INCLUDED_IN: Readonly<Record<string, readonly string[]>> = {
  'relevance: all features': [
    'relevance: folding',
    'relevance: tokenising',
    'relevance: bulk-mail signals',
    'relevance: notification wording',
    'relevance: sender, party, content, style and attachment signals',
  ],
  'relevance: score and explain': ['relevance: all features'],
  'dossier: suggestion': ['dossier: reading the words'],
};
