/** A site segment: an id (`host,guid,guid`) or `host:/server/relative/path:`. */
export const SITE = '(?<site>[^/:]+:(?:/[^:/]+)+:?|[^/:]+)';

/** `$` in a path segment, literal or percent-encoded. */
export const DOLLAR = '(?:\\$|%24)';
