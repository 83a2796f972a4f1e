import type { GraphContext, GraphRoute } from '../../context';
import { readJsonObject } from '../../http/body';
import type { EmulatorResponse } from '../../http/exchange';
import { graphError } from '../../http/graph-error';
import { json } from '../../http/respond';
import { contextUrl } from '../../odata-query/paging';
import { findMessage, immutableIdOf, type MessageIdKind } from '../../store/messages';
import { mailboxTarget } from './mailbox-access';
import { TRANSLATE_IDS } from '../../scopes/route-scopes';

/** The id types the record system translates between: Graph's own two REST formats. */
const TYPES: Readonly<Record<string, MessageIdKind>> = {
  restId: 'rest',
  restImmutableEntryId: 'immutable',
};

const bad = (message: string) => graphError(400, 'ErrorInvalidRequest', message);

/**
 * `POST /me/translateExchangeIds` with `{inputIds, sourceIdType, targetIdType}`
 * (https://learn.microsoft.com/graph/api/user-translateexchangeids): at most 1,000 ids, answered
 * as convertIdResult objects, `targetId` for each id found and `errorDetails` for one that is not
 * (https://learn.microsoft.com/graph/api/resources/convertidresult). Only `restId` and
 * `restImmutableEntryId` are translated here; the EWS and entry id formats are refused.
 */
async function translate(
  context: GraphContext,
  params: Readonly<Record<string, string>>,
): Promise<EmulatorResponse> {
  const mailbox = mailboxTarget(context, params);
  if (!mailbox.ok) return mailbox.response;
  const body = await readJsonObject(context.request.body);
  if (!body.ok) return body.response;
  const { inputIds, sourceIdType, targetIdType } = body.value;
  const source = typeof sourceIdType === 'string' ? TYPES[sourceIdType] : undefined;
  const target = typeof targetIdType === 'string' ? TYPES[targetIdType] : undefined;
  if (source === undefined || target === undefined)
    return bad('sourceIdType and targetIdType must be restId or restImmutableEntryId here.');
  if (!Array.isArray(inputIds) || inputIds.some((id) => typeof id !== 'string'))
    return bad('inputIds must be an array of strings.');
  if (inputIds.length === 0 || inputIds.length > 1000)
    return bad('inputIds must hold between 1 and 1000 ids.');
  const value = inputIds.map((sourceId: string) => {
    const message = findMessage(context.store, mailbox.value.upn, sourceId, source);
    if (message === undefined)
      return {
        sourceId,
        errorDetails: {
          code: 'ErrorItemNotFound',
          message: 'The specified object was not found in the store.',
        },
      };
    return { sourceId, targetId: target === 'immutable' ? immutableIdOf(message) : message.id };
  });
  return json(200, {
    '@odata.context': contextUrl(context.request, 'Collection(microsoft.graph.convertIdResult)'),
    value,
  });
}

/** The translate route under a mailbox path pattern. */
export const translateRoute = (mailboxPattern: string): GraphRoute => ({
  method: 'POST',
  pattern: new RegExp(`${mailboxPattern}/translateExchangeIds$`),
  handle: translate,
  scopes: TRANSLATE_IDS,
});
