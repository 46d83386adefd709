import type { StyleSpecification } from 'maplibre-gl';

/**
 * Resolves a possibly relative URL against the style document's URL. Plain string work on
 * purpose: `new URL()` would percent-encode the `{z}/{x}/{y}` of tile templates.
 */
export function resolveAgainst(styleUrl: string, url: string): string {
	if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return url;
	// Protocol-relative (`//cdn.example/…`): another host, on the style's scheme.
	if (url.startsWith('//')) return (/^[a-z][a-z0-9+.-]*:/i.exec(styleUrl)?.[0] ?? '') + url;
	const origin = /^[a-z][a-z0-9+.-]*:\/\/[^/]+/i.exec(styleUrl)?.[0] ?? '';
	if (url.startsWith('/')) return origin + url;
	const dir = styleUrl.replace(/[?#].*$/, '').replace(/[^/]*$/, '');
	return dir + url.replace(/^\.\//, '');
}

type FontFaceEntry = string | { url: string; [key: string]: unknown };
type FontFaces = Record<string, FontFaceEntry | FontFaceEntry[]>;

/** Font faces (a style's `font-faces`) with every URL resolved against the style's URL. */
export function withFontUrlsResolved<T extends object>(faces: T, styleUrl: string): T {
	const fix = (f: FontFaceEntry): FontFaceEntry =>
		typeof f === 'string'
			? resolveAgainst(styleUrl, f)
			: { ...f, url: resolveAgainst(styleUrl, f.url) };
	return Object.fromEntries(
		Object.entries(faces as FontFaces).map(([name, f]) => [
			name,
			Array.isArray(f) ? f.map(fix) : fix(f)
		])
	) as T;
}

/** The style with every tile, font and sprite URL made absolute, as MapLibre requires. */
export function withRelativeUrlsResolved(
	style: StyleSpecification,
	styleUrl: string
): StyleSpecification {
	const resolve = (url: string) => resolveAgainst(styleUrl, url);
	const sources = Object.fromEntries(
		Object.entries(style.sources).map(([id, source]) => {
			const s = { ...source } as Record<string, unknown>;
			if (Array.isArray(s.tiles)) s.tiles = (s.tiles as string[]).map(resolve);
			if (typeof s.url === 'string') s.url = resolve(s.url);
			if (typeof s.data === 'string') s.data = resolve(s.data);
			return [id, s];
		})
	) as StyleSpecification['sources'];
	const out: StyleSpecification = { ...style, sources };
	if (style['font-faces']) out['font-faces'] = withFontUrlsResolved(style['font-faces'], styleUrl);
	if (typeof style.glyphs === 'string') out.glyphs = resolve(style.glyphs);
	if (typeof style.sprite === 'string') out.sprite = resolve(style.sprite);
	return out;
}
