import { describe, expect, it } from 'vitest';
import { fitView, offsetFromCentre } from '../../src/lib/geo/web-mercator';
import { homeView } from '../../src/lib/map/home-view';
import { fitWithLabels } from '../../src/lib/map/label-fit';
import { articleExtent } from '../../src/lib/story/extent';
import { getStory } from '../../src/lib/story/story.server';

const story = getStory();
const articlePlaces = story.places.filter((p) => p.properties.role === 'article');

/** Where a point is drawn in a map of this size, from its top-left corner. */
function drawnAt(
	view: { lng: number; lat: number; zoom: number },
	size: { width: number; height: number },
	[lng, lat]: number[]
) {
	const { dx, dy } = offsetFromCentre(view, lng, lat);
	return { x: size.width / 2 + dx, y: size.height / 2 + dy };
}

describe('the view that fits a box', () => {
	it.each([
		[[-86.25, -22.9, 51.39, 35.69], { width: 528, height: 514 }],
		[[-10, 30, 40, 70], { width: 390, height: 440 }],
		[[100, -45, 180, -10], { width: 1200, height: 300 }]
	] as const)('keeps %j inside %j, padding spared, touching it on one side', (box, size) => {
		const padding = { top: 20, right: 30, bottom: 10, left: 80 };
		const view = fitView([...box], size, padding, 20);
		const sw = drawnAt(view, size, [box[0], box[1]]);
		const ne = drawnAt(view, size, [box[2], box[3]]);
		for (const corner of [sw, ne]) {
			expect(corner.x).toBeGreaterThanOrEqual(padding.left - 0.01);
			expect(corner.x).toBeLessThanOrEqual(size.width - padding.right + 0.01);
			expect(corner.y).toBeGreaterThanOrEqual(padding.top - 0.01);
			expect(corner.y).toBeLessThanOrEqual(size.height - padding.bottom + 0.01);
		}
		// As close in as it can be: the box fills the room across or down.
		const across = (ne.x - sw.x) / (size.width - padding.left - padding.right);
		const down = (sw.y - ne.y) / (size.height - padding.top - padding.bottom);
		expect(Math.max(across, down)).toBeCloseTo(1, 6);
		// Centred in the room the padding leaves, so the room left over is the same on both sides.
		expect(sw.x - padding.left).toBeCloseTo(size.width - padding.right - ne.x, 6);
		expect(ne.y - padding.top).toBeCloseTo(size.height - padding.bottom - sw.y, 6);
	});

	it('comes no closer than the zoom it is given, even for a single point', () => {
		const none = { top: 0, right: 0, bottom: 0, left: 0 };
		expect(fitView([10, 20, 10, 20], { width: 500, height: 500 }, none, 4)).toEqual({
			lng: 10,
			lat: expect.closeTo(20, 9),
			zoom: 4
		});
	});
});

describe('a view with room for labels', () => {
	it.each([
		['the width', { width: 500, height: 700 }],
		['the height', { width: 500, height: 300 }]
	])('fits a long label beside the west end when %s sets the zoom', (_name, size) => {
		const name = 'A long western name';
		const labels = [
			{ lng: -20, lat: 0, name },
			{ lng: 20, lat: 0, name: 'East' }
		];
		const home = fitWithLabels(size, [-20, -30, 20, 30], labels, { x: 20, y: 20 }, 10);
		const view = { zoom: home.zoom, lng: home.center[0], lat: home.center[1] };
		// Drawn at 14 px, such a name is about 0.55 em a character, 11 px from its dot.
		const west = drawnAt(view, size, [-20, 0]);
		expect(west.x).toBeGreaterThan(0.55 * 14 * name.length + 11);
		const east = drawnAt(view, size, [20, 0]);
		expect(east.x).toBeLessThan(size.width - 20);
	});
});

describe('the map’s first view', () => {
	it.each([
		['a wide screen', { width: 528, height: 514 }],
		['a tablet', { width: 516, height: 414 }],
		['a phone', { width: 390, height: 440 }]
	])('on %s shows every one of the article’s places, clear of the edges', (_name, size) => {
		const home = homeView(size, articleExtent(story));
		const view = { zoom: home.zoom, lng: home.center[0], lat: home.center[1] };
		expect(articlePlaces.length).toBeGreaterThan(5);
		for (const place of articlePlaces) {
			const at = drawnAt(view, size, place.geometry.coordinates);
			expect(at.x, place.id).toBeGreaterThan(0.1 * size.width);
			expect(at.x, place.id).toBeLessThan(0.9 * size.width);
			expect(at.y, place.id).toBeGreaterThan(0.05 * size.height);
			expect(at.y, place.id).toBeLessThan(0.95 * size.height);
		}
	});

	it.each([
		['a wide screen', { width: 528, height: 514 }],
		['a phone', { width: 390, height: 440 }],
		// A 320 px phone's map (an iPhone SE's first model): the places and labels are wider
		// than the whole world drawn at zoom 0.
		['a small phone', { width: 320, height: 295 }]
	])('on %s leaves room for a label on either side of every place', (_name, size) => {
		const home = homeView(size, articleExtent(story));
		const view = { zoom: home.zoom, lng: home.center[0], lat: home.center[1] };
		// Drawn at 14 px, "Panama Canal" is 93 px wide and starts 11 px from its dot; "Tehran" is
		// 46 px wide. A label runs off the map unless the dot is that far and more from the side.
		const [panama, tehran] = ['panama-canal', 'tehran'].map(
			(id) => articlePlaces.find((p) => p.id === id)!.geometry.coordinates
		);
		expect(drawnAt(view, size, panama).x).toBeGreaterThan(11 + 93 + 4);
		expect(size.width - drawnAt(view, size, tehran).x).toBeGreaterThan(11 + 46 + 4);
	});

	it('is the Atlantic between Iran and Latin America for a story without the article’s places', () => {
		expect(homeView({ width: 500, height: 500 }, null)).toEqual({
			zoom: 1.6,
			center: [-30, 12],
			bearing: 0,
			pitch: 0
		});
	});
});
