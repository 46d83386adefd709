import { describe, expect, it } from 'vitest';
import { fitView, offsetFromCentre } from '../../src/lib/geo/web-mercator';
import { homeView } from '../../src/lib/map/home-view';
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
		const padding = { x: 50, y: 20 };
		const view = fitView([...box], size, padding, 20);
		const sw = drawnAt(view, size, [box[0], box[1]]);
		const ne = drawnAt(view, size, [box[2], box[3]]);
		for (const corner of [sw, ne]) {
			expect(corner.x).toBeGreaterThanOrEqual(padding.x - 0.01);
			expect(corner.x).toBeLessThanOrEqual(size.width - padding.x + 0.01);
			expect(corner.y).toBeGreaterThanOrEqual(padding.y - 0.01);
			expect(corner.y).toBeLessThanOrEqual(size.height - padding.y + 0.01);
		}
		// As close in as it can be: the box fills the room across or down.
		const across = (ne.x - sw.x) / (size.width - 2 * padding.x);
		const down = (sw.y - ne.y) / (size.height - 2 * padding.y);
		expect(Math.max(across, down)).toBeCloseTo(1, 6);
		// Centred in Mercator, so the room left is the same on both sides.
		expect(sw.x - padding.x).toBeCloseTo(size.width - padding.x - ne.x, 6);
		expect(ne.y - padding.y).toBeCloseTo(size.height - padding.y - sw.y, 6);
	});

	it('comes no closer than the zoom it is given, even for a single point', () => {
		expect(fitView([10, 20, 10, 20], { width: 500, height: 500 }, { x: 0, y: 0 }, 4)).toEqual({
			lng: 10,
			lat: expect.closeTo(20, 9),
			zoom: 4
		});
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

	it('is the Atlantic between Iran and Latin America for a story without the article’s places', () => {
		expect(homeView({ width: 500, height: 500 }, null)).toEqual({
			zoom: 1.6,
			center: [-30, 12],
			bearing: 0,
			pitch: 0
		});
	});
});
