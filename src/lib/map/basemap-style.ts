import type {
	ExpressionSpecification,
	FontFacesSpecification,
	LayerSpecification,
	StyleSpecification
} from '@maplibre/maplibre-gl-style-spec';
import type { Scheme } from '../style/story-marks.ts';
import { CITY_ZOOM_AFTER_RANK, cityZoom } from './city-zoom.ts';

/**
 * The offline basemap's look: colours only, so a theme can be swapped without touching layers.
 * Tiles and fonts are built into static/map by scripts/build-basemap.ts.
 */
export type BasemapTheme = {
	name: Scheme;
	water: string;
	land: string;
	coastline: string;
	border: string;
	label: string;
	/** Country names of the first two ranks, a step stronger than the rest. */
	labelMajor: string;
	labelHalo: string;
};

export const LIGHT: BasemapTheme = {
	name: 'light',
	water: '#d9e3ea',
	land: '#f6f4ef',
	coastline: '#a3b5c3',
	border: '#b7b1a6',
	label: '#6b675f',
	labelMajor: '#55524c',
	labelHalo: '#f6f4ef'
};

export const DARK: BasemapTheme = {
	name: 'dark',
	water: '#121b24',
	land: '#222a33',
	coastline: '#3a4d5e',
	border: '#56606c',
	label: '#9aa3ad',
	labelMajor: '#c3cad2',
	labelHalo: '#1a2129'
};

/**
 * Where a style says whether its map is light or dark (`metadata`, which MapLibre leaves alone):
 * the story's routes are drawn in the colours for it. A style without it is taken as light.
 */
export const SCHEME_METADATA = 'story-map:scheme';

export const STYLE_PATHS = { light: '/map/style.json', dark: '/map/style-dark.json' } as const;

/**
 * The first of the basemap's label layers (towns, then countries): the story's lines and dots go
 * in before it, under the names, and the story's own names after the last, over everything.
 */
export const BASEMAP_LABEL_LAYER_ID = 'basemap-city-labels';

export const BASEMAP_SOURCE_ID = 'basemap';

const LABEL_FONT = 'Noto Sans Regular';
const MAJOR_LABEL_FONT = 'Noto Sans SemiBold';

/** The Latin subset the font files were cut to; anything else falls back to local fonts. */
const LATIN_RANGE = [
	'U+0000-00FF',
	'U+0131',
	'U+0152-0153',
	'U+02BB-02BC',
	'U+02C6',
	'U+02DA',
	'U+02DC',
	'U+0304',
	'U+0308',
	'U+0329',
	'U+2000-206F',
	'U+20AC',
	'U+2122',
	'U+2191',
	'U+2193',
	'U+2212',
	'U+2215',
	'U+FEFF',
	'U+FFFD'
];

/** URLs are relative to the style document; the map resolves them in `transformStyle`. */
export const FONT_FACES: FontFacesSpecification = {
	[LABEL_FONT]: [{ url: 'fonts/noto-sans-latin-400-normal.woff2', 'unicode-range': LATIN_RANGE }],
	[MAJOR_LABEL_FONT]: [
		{ url: 'fonts/noto-sans-latin-600-normal.woff2', 'unicode-range': LATIN_RANGE }
	]
};

const rank: ExpressionSpecification = ['get', 'rank'];
const isMajor: ExpressionSpecification = ['<=', rank, 2];

/** Rank r appears from zoom r - 1, so the world view names only the largest countries. */
const visibleRank: ExpressionSpecification = ['<=', rank, ['+', ['zoom'], 1]];

function labelSize(sizes: [number, number, number, number]): ExpressionSpecification {
	const [major, large, medium, small] = sizes;
	return ['match', rank, 1, major, 2, large, 3, medium, small];
}

function layers(theme: BasemapTheme): LayerSpecification[] {
	return [
		{ id: 'basemap-water', type: 'background', paint: { 'background-color': theme.water } },
		{
			id: 'basemap-land',
			type: 'fill',
			source: BASEMAP_SOURCE_ID,
			'source-layer': 'land',
			paint: { 'fill-color': theme.land }
		},
		{
			id: 'basemap-coastline',
			type: 'line',
			source: BASEMAP_SOURCE_ID,
			'source-layer': 'coastline',
			layout: { 'line-join': 'round', 'line-cap': 'round' },
			paint: {
				'line-color': theme.coastline,
				'line-width': ['interpolate', ['linear'], ['zoom'], 0, 0.4, 5, 0.7, 10, 1.2]
			}
		},
		{
			id: 'basemap-boundaries',
			type: 'line',
			source: BASEMAP_SOURCE_ID,
			'source-layer': 'boundaries',
			layout: { 'line-join': 'round', 'line-cap': 'round' },
			paint: {
				'line-color': theme.border,
				'line-width': ['interpolate', ['linear'], ['zoom'], 0, 0.5, 5, 0.9, 10, 1.6]
			}
		},
		{
			// Cities and towns once zoomed in past the countries, rank r from cityZoom(r) (see
			// scripts/basemap/cities.ts). Centred on the town, not beside a dot: a story place's
			// own dot and name keep the space, and the basemap's name for it then finds none.
			id: BASEMAP_LABEL_LAYER_ID,
			type: 'symbol',
			source: BASEMAP_SOURCE_ID,
			'source-layer': 'city_labels',
			minzoom: cityZoom(1),
			filter: ['<=', ['+', rank, CITY_ZOOM_AFTER_RANK], ['zoom']],
			layout: {
				'text-field': ['get', 'name'],
				'text-font': ['literal', [LABEL_FONT]],
				'text-max-width': 8,
				'text-padding': 3,
				'symbol-sort-key': rank,
				'text-size': ['match', rank, 1, 13, 2, 12.5, 3, 12, 11]
			},
			paint: {
				'text-color': theme.label,
				'text-halo-color': theme.labelHalo,
				'text-halo-width': 1.4,
				'text-halo-blur': 0.4
			}
		},
		{
			id: 'basemap-country-labels',
			type: 'symbol',
			source: BASEMAP_SOURCE_ID,
			'source-layer': 'country_labels',
			filter: visibleRank,
			layout: {
				'text-field': ['get', 'name'],
				'text-font': ['case', isMajor, ['literal', [MAJOR_LABEL_FONT]], ['literal', [LABEL_FONT]]],
				'text-transform': 'uppercase',
				'text-letter-spacing': 0.08,
				'text-max-width': 7,
				'text-line-height': 1.15,
				'text-padding': 4,
				'symbol-sort-key': rank,
				'text-size': [
					'interpolate',
					['linear'],
					['zoom'],
					1,
					labelSize([11, 9.5, 9, 8.5]),
					4,
					labelSize([14, 12, 11, 10]),
					7,
					labelSize([17, 15, 13, 12])
				]
			},
			paint: {
				'text-color': ['case', isMajor, theme.labelMajor, theme.label],
				'text-halo-color': theme.labelHalo,
				'text-halo-width': 1.4,
				'text-halo-blur': 0.4
			}
		}
	];
}

export function basemapStyle(theme: BasemapTheme): StyleSpecification {
	return {
		version: 8,
		name: `Story basemap (${theme.name})`,
		metadata: { [SCHEME_METADATA]: theme.name },
		projection: { type: 'mercator' },
		sources: {
			[BASEMAP_SOURCE_ID]: {
				type: 'vector',
				tiles: ['tiles/{z}/{x}/{y}.pbf'],
				minzoom: 0,
				maxzoom: 6,
				attribution: 'Natural Earth, GeoNames'
			}
		},
		'font-faces': FONT_FACES,
		layers: layers(theme)
	};
}
