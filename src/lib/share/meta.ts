/**
 * What a page tells link previews (Open Graph, Twitter cards): absolute URLs on the site's
 * public address, plain-text descriptions of a sensible length. Safe in the browser.
 */

export const SITE_NAME = 'Iran in Latin America story map';

/** The home page's title, in the browser's tab and in its link previews. */
export const HOME_TITLE = 'Iran in Latin America: a story map of The Cradle’s report';

/** The address the build assumes when PUBLIC_SITE_URL is unset: `npm run preview`. */
export const DEFAULT_SITE_URL = 'http://localhost:4173';

/** Size of every share image (og:image). */
export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/**
 * The site's public address from PUBLIC_SITE_URL (e.g. `https://example.org/story`), without
 * a trailing slash; the default when unset. Anything but an absolute http(s) URL is refused, so
 * a typo stops the build instead of publishing broken previews.
 */
export function siteUrl(value: string | undefined): string {
	const raw = value?.trim();
	if (!raw) return DEFAULT_SITE_URL;
	let url: URL;
	try {
		url = new URL(raw);
	} catch {
		throw new Error(`PUBLIC_SITE_URL must be an absolute http(s) URL, got “${raw}”`);
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:') {
		throw new Error(`PUBLIC_SITE_URL must be an absolute http(s) URL, got “${raw}”`);
	}
	if (url.search || url.hash) {
		throw new Error(`PUBLIC_SITE_URL must not have a query or a fragment, got “${raw}”`);
	}
	return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}

/** An app path (`/place/managua`, starting with a slash) on the site's public address. */
export function absoluteUrl(site: string, path: string): string {
	if (!path.startsWith('/')) throw new Error(`not an app path: ${path}`);
	return `${site}${path}`;
}

/** Plain text of at most `max` characters, cut at a word with an ellipsis. */
export function clipText(text: string, max = 200): string {
	const flat = text.replace(/\s+/g, ' ').trim();
	if (flat.length <= max) return flat;
	const cut = flat.slice(0, max - 1);
	const space = cut.lastIndexOf(' ');
	return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}
