/**
 * Whether a URL fragment carries a shared design: the one check the page
 * makes at startup, apart from the codec (share-link.ts, with fflate) that
 * only loads when a link is made or opened.
 */

/** The fragment's key: `#design=...`. */
export const SHARE_PREFIX = '#design=';

/** Whether a URL fragment (`location.hash`) carries a shared design. */
export const isShareFragment = (hash: string): boolean => hash.startsWith(SHARE_PREFIX);
