import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { basemapStyle, BASEMAP_LABEL_LAYER_ID, DARK, LIGHT } from '../../src/lib/map/basemap-style';
import { withStory } from '../../src/lib/map/compose-style';
import {
	EVIDENCE_DASH,
	PLACE_DOT_LAYER,
	ROUTE_COLOURS,
	ROUTE_LINE_LAYERS,
	STOP_LABEL_MINZOOM,
	storyLayers
} from '../../src/lib/map/story-layers';
import { EVIDENCE_LEVELS } from '../../src/lib/story/schema';
import { getStory } from '../../src/lib/story/story.server';

const urls = { placesUrl: '/data/places.geojson', routesUrl: '/data/routes.geojson' };

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
		expect(ids[ids.length - 1]).toBe('story-place-label');
	});

	it('draws routes under the country names and story labels above everything', () => {
		const ids = withStory(basemapStyle(LIGHT), urls).layers.map((l) => l.id);
		expect(ids.indexOf('story-route-documented')).toBeLessThan(ids.indexOf(BASEMAP_LABEL_LAYER_ID));
		expect(ids[ids.length - 1]).toBe('story-place-label');
	});

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

	it('has a colour for every route in the story, and every layer the pointer looks for', () => {
		for (const r of getStory().routes) expect(ROUTE_COLOURS[r.id], r.id).toBeDefined();
		const ids = storyLayers().map((l) => l.id);
		for (const id of [PLACE_DOT_LAYER, ...ROUTE_LINE_LAYERS]) expect(ids, id).toContain(id);
	});

	it("labels the article's places at every zoom and the voyage stops only from closer in", () => {
		const labels = storyLayers().filter((l) => l.type === 'symbol');
		const byRole = (role: string) =>
			labels.filter((l) => JSON.stringify('filter' in l && l.filter).includes(`"${role}"`));
		const article = labels.find((l) => l.id === 'story-place-label');
		const stops = labels.find((l) => l.id === 'story-place-label-stop');
		expect(byRole('article').map((l) => l.id)).toEqual([
			'story-place-label-stop',
			'story-place-label'
		]);
		expect(article?.minzoom).toBeUndefined();
		expect(stops?.minzoom).toBe(STOP_LABEL_MINZOOM);
		// The stops' filter is the negation of the article's, so every place has exactly one label layer.
		expect(JSON.stringify(stops && 'filter' in stops && stops.filter)).toContain('["!",');
	});
});
