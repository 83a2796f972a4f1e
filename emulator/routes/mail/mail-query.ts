import type { GraphContext } from '../../context';
import { failure, success, type EmulatorResponse, type Outcome } from '../../http/exchange';
import { graphError } from '../../http/graph-error';
import { json } from '../../http/respond';
import { evaluateFilter } from '../../odata-query/filter-eval';
import { parseFilter, type FilterNode } from '../../odata-query/filter-parser';
import { collection, contextUrl, pageOf, readSkipToken } from '../../odata-query/paging';
import {
  parseExpand,
  parseOrderBy,
  parseSelect,
  parseTop,
  queryOption,
} from '../../odata-query/query-options';
import { sortByKeys } from '../../odata-query/sort';
import { attachmentJson, messageJson, textBodyJson } from '../../graph/message-json';
import type { MessageIdKind, MessageRecord } from '../../store/messages';
import { selectProperties } from '../select-properties';

/** Resolves `from/emailAddress/address` style paths on a message's JSON. */
export function jsonResolver(body: Readonly<Record<string, unknown>>): (path: string) => unknown {
  return (path) => {
    let current: unknown = body;
    for (const segment of path.split('/')) {
      if (typeof current !== 'object' || current === null) return undefined;
      current = (current as Record<string, unknown>)[segment];
    }
    return current;
  };
}

const badRequest = (message: string): EmulatorResponse => graphError(400, 'BadRequest', message);

/** Graph's preference for the body as plain text instead of the stored HTML. */
const TEXT_BODY = /outlook\.body-content-type\s*=\s*"?text"?/i;

/**
 * Renders a message with `$select`, `$expand=attachments`,
 * `$expand=singleValueExtendedProperties($filter=id eq '...')` and the
 * `Prefer: outlook.body-content-type="text"` header.
 */
export function renderMessage(
  context: GraphContext,
  message: MessageRecord,
  ids: MessageIdKind = 'rest',
): Outcome<Record<string, unknown>> {
  const { query, origin, headers } = context.request;
  const select = parseSelect(queryOption(query, '$select'));
  let body = messageJson(message, origin, ids);
  if (TEXT_BODY.test(headers['prefer'] ?? '')) body = { ...body, body: textBodyJson(message) };
  // The copy in Sent Items has no internetMessageHeaders in Graph, not even the custom headers
  // an add-in set with internetHeaders.setAsync (OfficeDev/office-js#5413; microsoft-graph-docs
  // #2716 "No internetMessageHeaders in sent messages" and #3066 "the field is not even set";
  // #18761: they are only in `$value`). The stricter reading: the property is left out entirely.
  if (select?.includes('internetMessageHeaders') && message.folder !== 'sentitems')
    body = { ...body, internetMessageHeaders: message.internetMessageHeaders };
  const expand = parseExpand(queryOption(query, '$expand'));
  if (!expand.ok) return expand;
  const expanded = ['singleValueExtendedProperties'];
  for (const item of expand.value) {
    if (item.name === 'attachments') {
      // Data folders written before attachments were kept answer without them.
      if (message.attachments !== undefined)
        body = { ...body, attachments: message.attachments.map(attachmentJson(message, ids)) };
      expanded.push('attachments');
      continue;
    }
    if (item.name !== 'singleValueExtendedProperties')
      return failure(
        badRequest(
          `Parsing OData Select and Expand failed: Could not find a property named '${item.name}'.`,
        ),
      );
    const filter = parseFilterText(item.options.get('$filter'), true);
    if (!filter.ok) return filter;
    const properties = message.singleValueExtendedProperties.filter(
      (property) =>
        filter.value === undefined ||
        evaluateFilter(
          filter.value,
          jsonResolver({ id: normalizePropertyId(property.id), value: property.value }),
        ),
    );
    if (properties.length > 0) body = { ...body, singleValueExtendedProperties: properties };
  }
  return success(selectProperties(body, select && [...select, ...expanded]));
}

/** Extended property ids compare without regard to case or spacing, as Exchange does. */
export const normalizePropertyId = (id: string): string =>
  id.replace(/\s+/g, ' ').trim().toLowerCase();

function parseFilterText(
  text: string | undefined,
  propertyIds = false,
): Outcome<FilterNode | undefined> {
  if (text === undefined || text.trim() === '') return success(undefined);
  const normalized = propertyIds
    ? text.replace(/'([^']*)'/g, (_match, inner: string) => `'${normalizePropertyId(inner)}'`)
    : text;
  const parsed = parseFilter(normalized);
  return parsed.ok
    ? success(parsed.node)
    : failure(badRequest(`Invalid filter clause: ${parsed.error}.`));
}

/** Lists messages with $filter, $orderby (default receivedDateTime desc), $top, $select, paging. */
export function queryMessages(
  context: GraphContext,
  messages: readonly MessageRecord[],
  contextPath: string,
  ids: MessageIdKind = 'rest',
): EmulatorResponse {
  const { query } = context.request;
  const filter = parseFilterText(queryOption(query, '$filter'));
  if (!filter.ok) return filter.response;
  const order = parseOrderBy(queryOption(query, '$orderby') ?? 'receivedDateTime desc');
  if (!order.ok) return order.response;
  const top = parseTop(query, 10, 1000);
  if (!top.ok) return top.response;
  const offset = readSkipToken(query);
  if (!offset.ok) return offset.response;
  const entries = messages.map((message) => ({
    message,
    resolve: jsonResolver(messageJson(message, context.request.origin, ids)),
  }));
  const filtered =
    filter.value === undefined
      ? entries
      : entries.filter((entry) => evaluateFilter(filter.value!, entry.resolve));
  const sorted = sortByKeys(filtered, order.value, (entry) => entry.resolve);
  const { page, nextLink } = pageOf(context.request, sorted, offset.value, top.value);
  const values: unknown[] = [];
  for (const entry of page) {
    const rendered = renderMessage(context, entry.message, ids);
    if (!rendered.ok) return rendered.response;
    values.push(rendered.value);
  }
  return json(200, collection(contextUrl(context.request, contextPath), values, nextLink));
}
