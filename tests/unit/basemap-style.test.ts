import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import {
	featureFilter,
	validateStyleMin,
	type FilterSpecification,
	type StyleSpecification
} from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { SOURCE_LAYERS } from '../../scripts/basemap/tiles.ts';
import {
	BASEMAP_LABEL_LAYER_ID,
	DARK,
	LIGHT,
	SCHEME_METADATA,
	STYLE_PATHS,
	basemapStyle,
	type BasemapTheme
} from '../../src/lib/map/basemap-style.ts';
import { cityZoom } from '../../src/lib/map/city-zoom.ts';
import { getStory } from '../../src/lib/story/story.server.ts';
import { ROUTE_PALETTES } from '../../src/lib/style/story-marks.ts';

const THEMES: BasemapTheme[] = [LIGHT, DARK];

/** Every string anywhere in a JSON value, with the key it sits under. */
function strings(value: unknown, key = ''): { key: string; value: string }[] {
	if (typeof value === 'string') return [{ key, value }];
	if (Array.isArray(value)) return value.flatMap((item) => strings(item, key));
	if (value && typeof value === 'object') {
		return Object.entries(value).flatMap(([k, v]) => strings(v, k));
	}
	return [];
}

/** Font names a `text-font` value can ask for, whether a plain stack or an expression. */
function fontNames(textFont: unknown): string[] {
	if (!Array.isArray(textFont)) return [];
	if (textFont.every((item) => typeof item === 'string')) {
		const [operator] = textFont;
		return operator === 'literal' || operator === 'get' ? [] : textFont;
	}
	return textFont.flatMap(fontNames);
}

function luminance(hex: string): number {
	const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
	const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
	const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (light + 0.05) / (dark + 0.05);
}

describe.each(THEMES)('basemap style ($name)', (theme) => {
	const style: StyleSpecification = basemapStyle(theme);

	it('is valid against the MapLibre style spec', () => {
		expect(validateStyleMin(style)).toEqual([]);
	});

	it('is a mercator style with the one vector source of z0–6 tiles', () => {
		expect(style.projection).toEqual({ type: 'mercator' });
		expect(Object.keys(style.sources)).toEqual(['basemap']);
		expect(style.sources.basemap).toMatchObject({ type: 'vector', minzoom: 0, maxzoom: 6 });
		expect(style.sources.basemap).toHaveProperty('attribution', 'Natural Earth, GeoNames');
	});

	it('keeps the tile template braces literal', () => {
		expect(style.sources.basemap).toHaveProperty('tiles', ['tiles/{z}/{x}/{y}.pbf']);
	});

	it('uses only URLs relative to the style document, so it works offline and under any base path', () => {
		const urls = strings(style).filter(({ key }) => key === 'url' || key === 'tiles');
		expect(urls.length).toBeGreaterThan(0);
		for (const { value } of urls) expect(value).toMatch(/^(?!\/)(?![a-z][a-z0-9+.-]*:)/i);
		expect(JSON.stringify(style)).not.toMatch(/https?:/);
	});

	it('has no glyphs endpoint and declares every font its labels use', () => {
		expect(style).not.toHaveProperty('glyphs');
		const declared = Object.keys(style['font-faces'] ?? {});
		const symbols = style.layers.filter((layer) => layer.type === 'symbol');
		expect(symbols.length).toBeGreaterThan(0);
		for (const layer of symbols) {
			const used = fontNames(layer.layout?.['text-font']);
			expect(used.length).toBeGreaterThan(0);
			for (const font of used) expect(declared).toContain(font);
		}
	});

	it('points every font face at a file the basemap build copies from @fontsource/noto-sans', () => {
		const urls = strings(style['font-faces']).filter(({ key }) => key === 'url');
		for (const { value } of urls) {
			expect(value).toMatch(/^fonts\/[\w-]+\.woff2$/);
			expect(existsSync(`node_modules/@fontsource/noto-sans/files/${basename(value)}`)).toBe(true);
		}
	});

	it('names layers uniquely with the basemap- prefix', () => {
		const ids = style.layers.map((layer) => layer.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ids) expect(id).toMatch(/^basemap-[a-z-]+$/);
		// The labels come last, towns first: the story's lines go in under them (compose-style).
		expect(ids.slice(-2)).toEqual([BASEMAP_LABEL_LAYER_ID, 'basemap-country-labels']);
	});

	it('reads only source layers the tiles contain', () => {
		for (const layer of style.layers) {
			if ('source-layer' in layer && layer['source-layer'] !== undefined) {
				expect(SOURCE_LAYERS).toContain(layer['source-layer']);
			}
		}
	});

	it('names a town from the zoom its rank is cut into the tiles at, not before', () => {
		const towns = style.layers.find((layer) => layer.id === BASEMAP_LABEL_LAYER_ID);
		expect(towns).toHaveProperty('source-layer', 'city_labels');
		const named = featureFilter((towns as { filter: FilterSpecification }).filter, 'filter');
		for (const rank of [1, 2, 3, 4, 5, 6]) {
			const town = { type: 1, properties: { rank } } as never;
			expect(named.filter({ zoom: cityZoom(rank) - 0.01 }, town), `rank ${rank}`).toBe(false);
			expect(named.filter({ zoom: cityZoom(rank) }, town), `rank ${rank}`).toBe(true);
		}
	});

	it('keeps label text legible against land (WCAG 4.5:1)', () => {
		expect(contrast(theme.label, theme.land)).toBeGreaterThanOrEqual(4.5);
		expect(contrast(theme.labelMajor, theme.land)).toBeGreaterThanOrEqual(4.5);
	});

	it('tells land from water at a glance', () => {
		expect(contrast(theme.land, theme.water)).toBeGreaterThan(1.1);
	});

	it('says it is light or dark, for the story to draw its routes in the colours for it', () => {
		expect(style.metadata).toEqual({ [SCHEME_METADATA]: theme.name });
	});

	it('shows every route of the story against land and water (WCAG 1.4.11, 3:1)', () => {
		const { colours, fallback } = ROUTE_PALETTES[theme.name];
		for (const route of getStory().routes) expect(colours[route.id], route.id).toBeDefined();
		for (const colour of [...Object.values(colours), fallback]) {
			expect(contrast(colour, theme.land), colour).toBeGreaterThanOrEqual(3);
			expect(contrast(colour, theme.water), colour).toBeGreaterThanOrEqual(3);
		}
	});
});

describe('basemap themes', () => {
	it('define the same colour tokens', () => {
		expect(Object.keys(DARK).sort()).toEqual(Object.keys(LIGHT).sort());
	});

	it('are published at two distinct style paths', () => {
		expect(STYLE_PATHS.light).not.toBe(STYLE_PATHS.dark);
		for (const path of Object.values(STYLE_PATHS)) expect(path).toMatch(/^\/map\/[\w-]+\.json$/);
	});
});
