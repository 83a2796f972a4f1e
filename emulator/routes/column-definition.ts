import { randomUUID } from 'node:crypto';
import { asRecord } from '../http/body';
import { failure, success, type Outcome } from '../http/exchange';
import { invalidRequest } from '../http/graph-error';
import type { ColumnRecord, ColumnType } from '../store/records';

const FACETS: readonly ColumnType[] = ['text', 'number', 'dateTime', 'boolean', 'choice'];

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
  const choices = facetChoices(facetBody);
  const displayName = body['displayName'];
  return success({
    id: randomUUID(),
    name,
    displayName: typeof displayName === 'string' ? displayName : name,
    type,
    indexed: body['indexed'] === true,
    required: body['required'] === true,
    ...(type === 'choice' ? { choices } : {}),
    definition: { ...body, [facet]: facetBody },
  });
}

function facetChoices(facet: Readonly<Record<string, unknown>>): string[] {
  const choices = facet['choices'];
  return Array.isArray(choices)
    ? choices.filter((choice): choice is string => typeof choice === 'string')
    : [];
}
