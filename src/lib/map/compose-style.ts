import type { FontFacesSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { BASEMAP_LABEL_LAYER_ID, SCHEME_METADATA } from './basemap-style.ts';
import {
	HIDDEN_STATE,
	NAMED_STATE,
	PLACES_SOURCE,
	ROUTES_SOURCE,
	SELECTED_STATE,
	storyLayers,
	VOYAGE_SOURCE,
	VOYAGE_STATE
} from './story-layers.ts';

/**
 * How far past its edges (in tile units, 512 a side) a story tile carries features: enough for the
 * widest dot and line, well under the default 128, with which a tile at low zoom holds half its
 * neighbours' features as well and the worker cuts every dot and line several times over.
 * Labels are placed across tiles, so they need none.
 */
const STORY_BUFFER = 32;

export interface StoryDataUrls {
	placesUrl: string;
	routesUrl: string;
	/**
	 * The story labels' font faces with absolute URLs, for a basemap that names no face of that
	 * font (an online one): the labels then still load their font from this origin.
	 */
	fontFaces?: FontFacesSpecification;
}

/**
 * The basemap style with the story added: its sources, the selection state, and its layers, the
 * lines and dots under the basemap's names (towns and countries) and the story's own labels above
 * everything.
 */
export function withStory(basemap: StyleSpecification, urls: StoryDataUrls): StyleSpecification {
	const scheme = (basemap.metadata as Record<string, unknown> | undefined)?.[SCHEME_METADATA];
	const story = storyLayers(scheme === 'dark' ? 'dark' : 'light');
	const labels = story.filter((l) => l.type === 'symbol');
	const shapes = story.filter((l) => l.type !== 'symbol');
	const at = basemap.layers.findIndex((l) => l.id === BASEMAP_LABEL_LAYER_ID);
	const split = at < 0 ? basemap.layers.length : at;
	const layers: LayerSpecification[] = [
		...basemap.layers.slice(0, split),
		...shapes,
		...basemap.layers.slice(split),
		...labels
	];
	return {
		...basemap,
		...(urls.fontFaces && { 'font-faces': { ...urls.fontFaces, ...basemap['font-faces'] } }),
		state: {
			...basemap.state,
			[SELECTED_STATE]: { default: '' },
			[VOYAGE_STATE]: { default: '' },
			[HIDDEN_STATE]: { default: [] },
			[NAMED_STATE]: { default: [] }
		},
		sources: {
			...basemap.sources,
			[PLACES_SOURCE]: {
				type: 'geojson',
				data: urls.placesUrl,
				promoteId: 'id',
				buffer: STORY_BUFFER
			},
			[ROUTES_SOURCE]: {
				type: 'geojson',
				data: urls.routesUrl,
				promoteId: 'id',
				buffer: STORY_BUFFER
			},
			[VOYAGE_SOURCE]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } }
		},
		layers
	};
}
