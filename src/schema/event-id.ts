// The one rule for event ids, kept by the build step that makes them (src/pipeline/seed-id.ts), the
// schema that checks them and the URL's `event=` that links to them: a link to any event the build
// made can be opened.

/** An id is at most this long: short enough for a link, long enough to read a file name in it. */
export const EVENT_ID_MAX_LENGTH = 128;

/** Lower-case letters, digits and hyphens, starting with a letter or digit, at most EVENT_ID_MAX_LENGTH long. */
export const EVENT_ID = new RegExp(`^[a-z0-9][a-z0-9-]{0,${EVENT_ID_MAX_LENGTH - 1}}$`);

/**
 * `slug` made to fit the rule with `suffix` (a hash of what the slug was made from) after it: the
 * slug is cut so "slug-suffix" is at most EVENT_ID_MAX_LENGTH long; without a suffix a slug that
 * fits is kept whole. "a-very-long-…-name" (300 characters) + "3f9c2e1a" → its first 119 + "-3f9c2e1a".
 */
export function fitEventId(slug: string, suffix = ''): string {
  if (suffix === '') return slug;
  const room = EVENT_ID_MAX_LENGTH - suffix.length - 1;
  return `${slug.slice(0, room).replace(/-+$/, '')}-${suffix}`;
}
