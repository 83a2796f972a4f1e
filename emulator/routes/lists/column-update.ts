import { asRecord } from '../../http/body';
import { failure, success, type Outcome } from '../../http/exchange';
import { invalidRequest } from '../../http/graph-error';
import type { ColumnRecord } from '../../store/records';
import { indexRefusal } from './column-definition';

/**
 * Applies a columnDefinition update (https://learn.microsoft.com/en-us/graph/api/columndefinition-update:
 * "For columns in site or list, you can update any property of columnDefinition other than the
 * id property"; "don't include existing values that haven't changed"). Graph documents no
 * conversions between column types, so the record system takes the stricter reading: a column
 * keeps its name and its type facet, except that a single line of text may become multiple
 * lines of text (`text.allowMultipleLines`), which loses nothing. `indexed` may change, but a
 * multiple lines of text column cannot be indexed.
 */
export function updatedColumn(
  column: ColumnRecord,
  body: Readonly<Record<string, unknown>>,
): Outcome<ColumnRecord> {
  if ('id' in body && body['id'] !== column.id)
    return failure(invalidRequest('The id of a column cannot be changed.'));
  if ('name' in body && body['name'] !== column.name)
    return failure(invalidRequest('The internal name of a column cannot be changed.'));
  const facets = ['text', 'number', 'dateTime', 'boolean', 'choice'].filter((key) => key in body);
  const ownFacet = column.type === 'note' ? 'text' : column.type;
  if (facets.some((facet) => facet !== ownFacet))
    return failure(
      invalidRequest(`Column '${column.name}' is of type ${column.type}; its type cannot change.`),
    );
  const facetBody = asRecord(body[ownFacet]);
  const multiple = facetBody?.['allowMultipleLines'];
  if (column.type === 'note' && multiple === false)
    return failure(
      invalidRequest(`Column '${column.name}' holds multiple lines; it cannot become single line.`),
    );
  const type = column.type === 'text' && multiple === true ? 'note' : column.type;
  const indexed = typeof body['indexed'] === 'boolean' ? body['indexed'] : column.indexed;
  const refused = indexRefusal(column.name, type, indexed);
  if (refused !== undefined) return failure(refused);
  const displayName = body['displayName'];
  return success({
    ...column,
    type,
    indexed,
    ...(typeof displayName === 'string' ? { displayName } : {}),
    ...(typeof body['required'] === 'boolean' ? { required: body['required'] } : {}),
    definition: {
      ...column.definition,
      ...body,
      ...(facetBody === undefined
        ? {}
        : { [ownFacet]: { ...asRecord(column.definition[ownFacet]), ...facetBody } }),
      indexed,
    },
  });
}
