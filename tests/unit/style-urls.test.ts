import { describe, expect, it } from 'vitest';
import type { StyleSpecification } from 'maplibre-gl';
import { resolveAgainst, withRelativeUrlsResolved } from '../../src/lib/map/style-urls';

const STYLE_URL = 'https://example.org/story/map/style.json';

describe('relative URLs in the published style', () => {
	it('keeps tile template braces literal', () => {
		expect(resolveAgainst(STYLE_URL, 'tiles/{z}/{x}/{y}.pbf')).toBe(
			'https://example.org/story/map/tiles/{z}/{x}/{y}.pbf'
		);
	});

	it('resolves root-relative, dot-relative and absolute URLs', () => {
		expect(resolveAgainst(STYLE_URL, '/data/a.geojson')).toBe('https://example.org/data/a.geojson');
		expect(resolveAgainst(STYLE_URL, './fonts/a.woff2')).toBe(
			'https://example.org/story/map/fonts/a.woff2'
		);
		expect(resolveAgainst(STYLE_URL, 'https://tiles.example.com/{z}/{x}/{y}')).toBe(
			'https://tiles.example.com/{z}/{x}/{y}'
		);
	});

	it('resolves a protocol-relative URL to its own host, on the style’s scheme', () => {
		expect(resolveAgainst(STYLE_URL, '//cdn.example/t/{z}/{x}/{y}.pbf')).toBe(
			'https://cdn.example/t/{z}/{x}/{y}.pbf'
		);
	});

	it('resolves every tile, data and font-face URL of a style', () => {
		const style = {
			version: 8,
			sources: {
				basemap: { type: 'vector', tiles: ['tiles/{z}/{x}/{y}.pbf'] },
				story: { type: 'geojson', data: '../data/places.geojson' }
			},
			'font-faces': { 'Noto Sans Regular': [{ url: 'fonts/noto.woff2' }] },
			layers: []
		} as unknown as StyleSpecification;
		const out = withRelativeUrlsResolved(style, STYLE_URL) as unknown as {
			sources: Record<string, { tiles?: string[]; data?: string }>;
			'font-faces': Record<string, { url: string }[]>;
		};
		expect(out.sources.basemap.tiles).toEqual([
			'https://example.org/story/map/tiles/{z}/{x}/{y}.pbf'
		]);
		expect(out.sources.story.data).toBe('https://example.org/story/map/../data/places.geojson');
		expect(out['font-faces']['Noto Sans Regular'][0].url).toBe(
			'https://example.org/story/map/fonts/noto.woff2'
		);
	});
});
