import { isGraphCallError } from './GraphCallError';

/**
 * Whether an error is SharePoint refusing a query above its list view threshold: a filter on a
 * column without an index, or whose indexed field matches more than 5,000 items, on a list of
 * more than 5,000 items (Graph: `notSupported`, inner code `tooManyResources`, "The request is
 * unprocessable because it uses too many resources"). The caller then reads the list without
 * the filter, page by page, and filters on the client.
 */
export function isListThresholdError(error: unknown): boolean {
  return (
    isGraphCallError(error) &&
    error.status === 400 &&
    (error.code === 'notSupported' || error.code === 'tooManyResources')
  );
}
