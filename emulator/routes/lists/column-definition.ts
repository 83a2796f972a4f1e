import { randomUUID } from 'node:crypto';
import { asRecord } from '../../http/body';
import { failure, success, type Outcome } from '../../http/exchange';
import { invalidRequest } from '../../http/graph-error';
import type { ColumnRecord, ColumnType } from '../../store/records';

const FACETS: readonly ColumnType[] = ['text', 'number', 'dateTime', 'boolean', 'choice'];

/**
 * A single line of text holds at most 255 characters, and that is its default `maxLength`
 * (https://learn.microsoft.com/en-us/graph/api/resources/textcolumn: "maxLength: The maximum
 * number of characters for the value"; SharePoint's own limit for a single line of text is 255).
 */
export const MAX_SINGLE_LINE = 255;

/** Turns a Graph columnDefinition body into a column, or explains what is wrong with it. */
export function columnFromDefinition(
  body: Readonly<Record<string, unknown>>,
): Outcome<ColumnRecord> {
  const name = body['name'];
  if (typeof name !== 'string' || !/^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(name)) {
    return failure(invalidRequest('A column needs a name of letters, digits and underscores.'));
  }
  const facet = FACETS.find((candidate) => candidate in body);
  if (facet === undefined)
    return failure(
      invalidRequest(
        `Column '${name}' needs a type facet (text, number, dateTime, boolean, choice).`,
      ),
    );
  const facetBody = asRecord(body[facet]) ?? {};
  const type: ColumnType =
    facet === 'text' && facetBody['allowMultipleLines'] === true ? 'note' : facet;
  const maxLength = facetBody['maxLength'];
  if (type === 'text' && maxLength !== undefined) {
    if (typeof maxLength !== 'number' || !Number.isInteger(maxLength) || maxLength < 1)
      return failure(invalidRequest(`Column '${name}': maxLength must be a positive number.`));
    if (maxLength > MAX_SINGLE_LINE)
      return failure(
        invalidRequest(
          `Column '${name}': a single line of text holds at most ${MAX_SINGLE_LINE} characters.`,
        ),
      );
  }
  const indexed = body['indexed'] === true;
  const refused = indexRefusal(name, type, indexed);
  if (refused !== undefined) return failure(refused);
  const choices = facetChoices(facetBody);
  const displayName = body['displayName'];
  return success({
    id: randomUUID(),
    name,
    displayName: typeof displayName === 'string' ? displayName : name,
    type,
    indexed,
    required: body['required'] === true,
    ...(type === 'choice' ? { choices } : {}),
    definition: { ...body, [facet]: facetBody },
  });
}

/**
 * SharePoint cannot index a multiple lines of text column ("Add an index to a list or library
 * column", https://support.microsoft.com/office/f3f00554-b7dc-44d1-a2ed-d477eac463b0: "Multiple
 * lines of text" is among the unsupported column types). The status of Graph's refusal is not
 * documented; the record system answers 400 invalidRequest.
 */
export function indexRefusal(name: string, type: ColumnType, indexed: boolean) {
  return indexed && type === 'note'
    ? invalidRequest(
        `Column '${name}' cannot be indexed: multiple lines of text are not indexable.`,
      )
    : undefined;
}

/** The most characters a column of this definition holds; undefined when not limited here. */
export function maxTextLength(column: ColumnRecord): number | undefined {
  if (column.type !== 'text') return undefined;
  const facet = asRecord(column.definition['text']) ?? {};
  const maxLength = facet['maxLength'];
  return typeof maxLength === 'number' ? Math.min(maxLength, MAX_SINGLE_LINE) : MAX_SINGLE_LINE;
}

function facetChoices(facet: Readonly<Record<string, unknown>>): string[] {
  const choices = facet['choices'];
  return Array.isArray(choices)
    ? choices.filter((choice): choice is string => typeof choice === 'string')
    : [];
}
