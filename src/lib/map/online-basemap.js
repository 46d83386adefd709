/**
 * The optional online basemap, chosen at build time. Off by default: without
 * PUBLIC_BASEMAP_STYLE the map draws the embedded basemap and nothing leaves the origin.
 *
 * Plain JavaScript with JSDoc types because svelte.config.js, run by Node before any build
 * step, reads it too: the Content-Security-Policy and the app must agree on the same origins.
 *
 * @typedef {{ style: string, darkStyle: string | null, origins: string[] }} OnlineBasemap
 */

/** Plain http is accepted only on this machine, for testing a tile server before deploying it. */
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * @param {string} name
 * @param {string} value
 * @param {string} what
 */
function parseHttpUrl(name, value, what) {
	/** @type {URL} */
	let url;
	try {
		url = new URL(value);
	} catch {
		throw new Error(`${name}: "${value}" is not an absolute URL of ${what}.`);
	}
	const secure =
		url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname));
	if (!secure) {
		throw new Error(
			`${name}: "${value}" must use https:// (plain http only on localhost), as ${what}.`
		);
	}
	return url;
}

/**
 * Reads PUBLIC_BASEMAP_STYLE (a MapLibre style's URL), PUBLIC_BASEMAP_STYLE_DARK (optional, for
 * readers whose system prefers dark) and PUBLIC_BASEMAP_ORIGINS (optional: further origins the
 * style fetches from, such as its tile, glyph or sprite hosts, separated by spaces or commas).
 * A bad value throws, naming the variable, so the build stops instead of shipping a blank map.
 *
 * @param {Record<string, string | undefined>} env
 * @returns {OnlineBasemap | null}
 */
export function onlineBasemap(env) {
	const style = env.PUBLIC_BASEMAP_STYLE?.trim();
	const darkStyle = env.PUBLIC_BASEMAP_STYLE_DARK?.trim() || null;
	const extra = env.PUBLIC_BASEMAP_ORIGINS?.trim() ?? '';
	if (!style) {
		if (darkStyle || extra) {
			throw new Error(
				'PUBLIC_BASEMAP_STYLE_DARK and PUBLIC_BASEMAP_ORIGINS need PUBLIC_BASEMAP_STYLE: the URL of the online basemap’s style.'
			);
		}
		return null;
	}
	const styleUrl = parseHttpUrl('PUBLIC_BASEMAP_STYLE', style, 'a MapLibre style');
	const darkUrl = darkStyle
		? parseHttpUrl('PUBLIC_BASEMAP_STYLE_DARK', darkStyle, 'a MapLibre style')
		: null;
	const origins = new Set([styleUrl.origin]);
	if (darkUrl) origins.add(darkUrl.origin);
	for (const item of extra.split(/[\s,]+/).filter(Boolean)) {
		const url = parseHttpUrl('PUBLIC_BASEMAP_ORIGINS', item, 'an origin (scheme and host)');
		if (url.origin !== item.replace(/\/$/, '')) {
			throw new Error(
				`PUBLIC_BASEMAP_ORIGINS: "${item}" is not an origin; give scheme and host only, as in ${url.origin}.`
			);
		}
		origins.add(url.origin);
	}
	return { style: styleUrl.href, darkStyle: darkUrl?.href ?? null, origins: [...origins] };
}
