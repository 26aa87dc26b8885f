/** @module ids Branded numeric IDs, so a FeedId can never be passed where an EntryId is expected. */
declare const brand: unique symbol
export type Brand<T, B extends string> = T & { readonly [brand]: B }

export type PublisherId = Brand<number, 'PublisherId'>
export type FeedId = Brand<number, 'FeedId'>
export type EntryId = Brand<number, 'EntryId'>
export type StoryId = Brand<number, 'StoryId'>
export type EntityId = Brand<number, 'EntityId'>
export type JobId = Brand<number, 'JobId'>
