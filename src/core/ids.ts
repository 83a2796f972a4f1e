/**
 * Branded identifiers. Dossier ids, record ids, source ids and Office/Graph item ids are all
 * strings; the brand turns a mix-up into a compile error (STYLE.md habit 4).
 */
declare const brand: unique symbol;
type Brand<T, B extends string> = T & { readonly [brand]: B };

/** A dossier's id or kenmerk as the registry knows it, e.g. `BZK-2024-0113`. */
export type DossierId = Brand<string, 'DossierId'>;
/** The source id of a message: the internetMessageId of a mail, the message id of a chat. */
export type SourceId = Brand<string, 'SourceId'>;
/** The conversation a message belongs to (Outlook conversationId, Teams chat or thread id). */
export type ConversationId = Brand<string, 'ConversationId'>;
/** A filed record's id in the record system (the list item or drive item id). */
export type RecordId = Brand<string, 'RecordId'>;
/** An Outlook item id as Office.js gives it (EWS format); Graph does not accept it. */
export type EwsItemId = Brand<string, 'EwsItemId'>;
/** An Outlook item id in REST format, as Graph's `/me/messages/{id}` wants it. */
export type RestItemId = Brand<string, 'RestItemId'>;
/**
 * A REST item id that stays the same when the mail moves to another folder of its mailbox
 * (Graph's `restImmutableEntryId`, given with `Prefer: IdType="ImmutableId"`). Usable wherever a
 * REST id is, with that header; a plain REST id is not one of these.
 */
export type ImmutableItemId = RestItemId & { readonly immutable: true };

// Brands are minted here and nowhere else, which is why the casts below are allowed.
/* eslint-disable @typescript-eslint/consistent-type-assertions */

/** Brands a dossier id. Use at the edges where ids enter from input or storage. */
export const asDossierId = (value: string): DossierId => value as DossierId;
/** Brands a source id. */
export const asSourceId = (value: string): SourceId => value as SourceId;
/** Brands a conversation id. */
export const asConversationId = (value: string): ConversationId => value as ConversationId;
/** Brands a record id. */
export const asRecordId = (value: string): RecordId => value as RecordId;
/** Brands an EWS item id (from Office.js). */
export const asEwsItemId = (value: string): EwsItemId => value as EwsItemId;
/** Brands a REST item id (from `convertToRestId` or Graph). */
export const asRestItemId = (value: string): RestItemId => value as RestItemId;
/** Brands an immutable item id (from Graph with `Prefer: IdType="ImmutableId"`, or translated). */
export const asImmutableItemId = (value: string): ImmutableItemId => value as ImmutableItemId;
