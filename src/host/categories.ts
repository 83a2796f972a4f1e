import { callAsync, currentItem } from './office';

/**
 * The Outlook categories of the open item (Mailbox 1.8), e.g. to show "Vastgelegd in Bronvast"
 * before Graph confirms it. An item without categories support gives an empty list.
 */
export async function readCategories(): Promise<readonly string[]> {
  const categories = currentItem()?.categories;
  if (categories === undefined) return [];
  const list = await callAsync<readonly { readonly displayName: string }[]>(
    'categories.getAsync',
    (done) => categories.getAsync(done),
  );
  return list.map((category) => category.displayName);
}
