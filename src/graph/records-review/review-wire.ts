import type { GraphFields, GraphListItem } from '../wire-types';

/** Graph's identitySet (`createdBy`, `lastModifiedBy`): only the user part is read. */
export interface GraphIdentitySet {
  readonly user?: {
    readonly email?: string;
    readonly userPrincipalName?: string;
    readonly displayName?: string;
    readonly id?: string;
  };
}

/** A list item with the properties the review page reads. */
export interface GraphReviewListItem extends GraphListItem {
  readonly eTag?: string;
  readonly '@odata.etag'?: string;
  readonly lastModifiedDateTime?: string;
  readonly createdBy?: GraphIdentitySet;
  readonly lastModifiedBy?: GraphIdentitySet;
  readonly contentType?: { readonly id?: string; readonly name?: string };
}

/** `GET .../items/{id}/versions`: one listItemVersion. */
export interface GraphListItemVersion {
  readonly id: string;
  readonly lastModifiedDateTime?: string;
  readonly lastModifiedBy?: GraphIdentitySet;
  readonly fields?: GraphFields;
}
