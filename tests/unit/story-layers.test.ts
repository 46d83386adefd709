import {
	createPropertyExpression,
	featureFilter,
	latest,
	validateStyleMin
} from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { basemapStyle, BASEMAP_LABEL_LAYER_ID, DARK, LIGHT } from '../../src/lib/map/basemap-style';
import { withStory } from '../../src/lib/map/compose-style';
import {
	DOT_SPACE_LAYERS,
	PLACE_DOT_LAYER,
	ROUTE_LINE_LAYERS,
	SELECTED_STATE,
	STOP_LABEL_MINZOOM,
	storyLayers
} from '../../src/lib/map/story-layers';
import { EVIDENCE_LEVELS } from '../../src/lib/story/schema';
import { EVIDENCE_DASH, ROUTE_COLOURS, ROUTE_PALETTES } from '../../src/lib/style/story-marks';
import { publishedPlaces } from '../../src/lib/story/publish';
import { getStory } from '../../src/lib/story/story.server';

const urls = { placesUrl: '/data/places.geojson', routesUrl: '/data/routes.geojson' };

/** A layer property's value for a place at zoom 3, with `selected` the selection's id. */
function evaluateFor(
	value: unknown,
	spec: unknown,
	properties: { id: string; role: string },
	selected: string
): number {
	const parsed = createPropertyExpression(value, 'value', spec as never, {
		[SELECTED_STATE]: selected
	});
	if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
	return parsed.value.evaluate({ zoom: 3 }, { type: 1, properties } as never);
}

describe('the story layers on the basemap', () => {
	it.each([
		['light', LIGHT],
		['dark', DARK]
	])('make a valid MapLibre style with the %s basemap', (_name, theme) => {
		const errors = validateStyleMin(withStory(basemapStyle(theme), urls));
		expect(errors.map((e) => e.message)).toEqual([]);
	});

	it('on a basemap without the label font, brings the font from this origin; never replaces one', () => {
		const own = { 'Noto Sans Regular': [{ url: 'https://story.example/map/fonts/a.woff2' }] };
		const online = { ...basemapStyle(LIGHT), 'font-faces': undefined, layers: [] };
		expect(withStory(online, { ...urls, fontFaces: own })['font-faces']).toEqual(own);
		const theirs = { 'Noto Sans Regular': 'https://tiles.example.org/noto.woff2' };
		expect(
			withStory({ ...online, 'font-faces': theirs }, { ...urls, fontFaces: own })['font-faces']
		).toEqual(theirs);
		expect(withStory(online, urls)['font-faces']).toBeUndefined();
	});

	it('draws its labels on top of a basemap that has no country-name layer', () => {
		const online = { ...basemapStyle(LIGHT), layers: [{ id: 'bg', type: 'background' as const }] };
		const ids = withStory(online, urls).layers.map((l) => l.id);
		expect(ids[0]).toBe('bg');
		expect(ids.slice(-3)).toEqual(['story-place-label', ...DOT_SPACE_LAYERS]);
	});

	it('draws routes under the country names and story labels above everything', () => {
		const ids = withStory(basemapStyle(LIGHT), urls).layers.map((l) => l.id);
		expect(ids.indexOf('story-route-documented')).toBeLessThan(ids.indexOf(BASEMAP_LABEL_LAYER_ID));
		expect(ids.slice(-3)).toEqual(['story-place-label', ...DOT_SPACE_LAYERS]);
	});

	it.each([
		['article', DOT_SPACE_LAYERS[1]],
		['stop', DOT_SPACE_LAYERS[0]]
	])(
		'keeps every label off an %s’s dot: an unseen square as wide as it, placed first',
		(role, id) => {
			const layers = withStory(basemapStyle(LIGHT), urls).layers;
			const spaces = layers.find((l) => l.id === id);
			const dots = layers.find((l) => l.id === PLACE_DOT_LAYER);
			if (spaces?.type !== 'symbol' || dots?.type !== 'circle') throw new Error('no place layers');
			// MapLibre places the topmost layer's symbols first: every label, the basemap's too, then
			// finds the dots' room taken.
			const lastLabel = layers.findLastIndex(
				(l) => l.type === 'symbol' && l.layout?.['text-field']
			);
			expect(layers.indexOf(spaces)).toBeGreaterThan(lastLabel);
			expect(spaces.layout?.['icon-allow-overlap']).toBe(true);
			expect(spaces.layout?.['icon-ignore-placement'] ?? false).toBe(false);
			expect(spaces.paint?.['icon-opacity']).toBe(0);
			const place = { id: 'managua', role };
			expect(
				featureFilter(spaces.filter, 'filter', { hidden: [] }).filter({ zoom: 12 }, {
					type: 1,
					properties: place
				} as never)
			).toBe(true);
			// From the zoom the place's label can be drawn at.
			expect(spaces.minzoom).toBe(role === 'stop' ? STOP_LABEL_MINZOOM : undefined);
			const { layout_symbol: symbol, paint_circle: circle } = latest;
			for (const selected of ['', 'managua']) {
				const at = (value: unknown, spec: unknown) => evaluateFor(value, spec, place, selected);
				const dotDiameter =
					2 *
					(at(dots.paint!['circle-radius'], circle['circle-radius']) +
						at(dots.paint!['circle-stroke-width'], circle['circle-stroke-width']));
				// The image is one pixel: its size is its width in pixels.
				expect(at(spaces.layout!['icon-size'], symbol['icon-size']), selected).toBe(dotDiameter);
			}
		}
	);

	it('gives every evidence level its own line pattern', () => {
		const patterns = EVIDENCE_LEVELS.map((e) => JSON.stringify(EVIDENCE_DASH[e]));
		expect(new Set(patterns).size).toBe(EVIDENCE_LEVELS.length);
		for (const evidence of EVIDENCE_LEVELS) {
			const layer = storyLayers().find((l) => l.id === `story-route-${evidence}`);
			expect(JSON.stringify(layer && 'filter' in layer && layer.filter)).toContain(`"${evidence}"`);
			const dash = layer && layer.type === 'line' ? layer.paint?.['line-dasharray'] : undefined;
			expect(dash ?? null).toEqual(
				EVIDENCE_DASH[evidence] ? ['literal', EVIDENCE_DASH[evidence]] : null
			);
		}
	});

	it.each([
		['light', LIGHT],
		['dark', DARK]
	] as const)(
		'draws the routes and the sailed voyage in the %s basemap’s colours',
		(scheme, theme) => {
			const layers = withStory(basemapStyle(theme), urls).layers;
			const colourOf = (id: string, properties: Record<string, string>) => {
				const layer = layers.find((l) => l.id === id) as { paint: Record<string, unknown> };
				const parsed = createPropertyExpression(
					layer.paint['line-color'],
					'value',
					latest.paint_line['line-color'] as never
				);
				if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
				return String(parsed.value.evaluate({ zoom: 3 }, { type: 2, properties } as never));
			};
			const hex = ROUTE_PALETTES[scheme].colours['flotilla-voyage'];
			const expected = `rgba(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(',')},1)`;
			expect(colourOf('story-route-documented', { id: 'flotilla-voyage' })).toBe(expected);
			expect(colourOf('story-voyage-sailed', { route: 'flotilla-voyage' })).toBe(expected);
		}
	);

	it('has a colour for every route in the story, and every layer the pointer looks for', () => {
		for (const r of getStory().routes) expect(ROUTE_COLOURS[r.id], r.id).toBeDefined();
		const ids = storyLayers().map((l) => l.id);
		for (const id of [PLACE_DOT_LAYER, ...ROUTE_LINE_LAYERS]) expect(ids, id).toContain(id);
	});

	it.each(['article', 'stop'])(
		'writes a selected place’s label clear of its larger dot and the ring round it (%s)',
		(role) => {
			const labels = storyLayers().find((l) => l.id === 'story-place-label');
			const dots = storyLayers().find((l) => l.id === PLACE_DOT_LAYER);
			if (labels?.type !== 'symbol' || dots?.type !== 'circle') throw new Error('no place layers');
			const evaluate = (value: unknown, spec: unknown, selected: string) =>
				evaluateFor(value, spec, { id: 'managua', role }, selected);
			const { layout_symbol: symbol, paint_circle: circle } = latest;
			const offsetPx = (selected: string) =>
				evaluate(labels.layout!['text-radial-offset'], symbol['text-radial-offset'], selected) *
				evaluate(labels.layout!['text-size'], symbol['text-size'], selected);
			const dotPx = (selected: string) =>
				evaluate(dots.paint!['circle-radius'], circle['circle-radius'], selected) +
				evaluate(dots.paint!['circle-stroke-width'], circle['circle-stroke-width'], selected);
			// The hover ring round a selected dot: 30 px across (StoryMap.svelte, .place-hover-ring)
			// and a 1.5 px shadow.
			expect(offsetPx('managua')).toBeGreaterThan(Math.max(dotPx('managua'), 30 / 2 + 1.5) + 1);
			// Unselected, the label stays close to its dot.
			expect(offsetPx('')).toBeGreaterThan(dotPx('') + 2);
			expect(offsetPx('')).toBeLessThan(offsetPx('managua'));
		}
	);

	it("labels the article's places at every zoom, the selection's stops too, other stops from closer in", () => {
		const places = publishedPlaces(getStory()).features;
		const labels = storyLayers().filter((l) => l.type === 'symbol' && l.layout?.['text-field']);
		/** For each place, the label layers that draw it at this zoom with this global state. */
		function labelledAt(zoom: number, state: Record<string, unknown>) {
			const globals = { zoom };
			return new Map(
				places.map((place) => [
					place.properties.id,
					labels
						.filter((l) => l.minzoom === undefined || zoom >= l.minzoom)
						.filter((l) =>
							featureFilter('filter' in l ? l.filter : undefined, 'filter', state).filter(globals, {
								type: 1,
								properties: place.properties
							} as never)
						)
						.map((l) => l.id)
				])
			);
		}
		const none = { hidden: [], named: [], selected: '' };
		const article = places
			.filter((p) => p.properties.role === 'article')
			.map((p) => p.properties.id);
		const stops = places.filter((p) => p.properties.role !== 'article').map((p) => p.properties.id);
		const voyageStops = [
			'bandar-abbas',
			'mumbai',
			'jakarta',
			'rio-de-janeiro',
			'cape-town',
			'salalah'
		];
		expect(stops).toEqual(
			expect.arrayContaining(voyageStops.filter((id) => !article.includes(id)))
		);

		// Close in, every place has exactly one label, whatever is selected.
		for (const state of [none, { ...none, named: voyageStops }]) {
			for (const [id, layers] of labelledAt(STOP_LABEL_MINZOOM, state))
				expect(layers, id).toHaveLength(1);
		}
		// On the world map, the article's places only...
		const world = labelledAt(1.6, none);
		for (const id of article) expect(world.get(id), id).toHaveLength(1);
		for (const id of stops) expect(world.get(id), id).toEqual([]);
		// ...and the places the selection names (a route's stops), once each.
		const named = labelledAt(1.6, { ...none, named: voyageStops });
		for (const id of voyageStops) expect(named.get(id), id).toHaveLength(1);
		for (const id of stops.filter((s) => !voyageStops.includes(s)))
			expect(named.get(id), id).toEqual([]);
		// A hidden place is never labelled.
		const hidden = labelledAt(STOP_LABEL_MINZOOM, {
			...none,
			hidden: ['cape-town'],
			named: ['cape-town']
		});
		expect(hidden.get('cape-town')).toEqual([]);
	});
});
