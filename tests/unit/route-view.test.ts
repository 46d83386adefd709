import { describe, expect, it } from 'vitest';
import { unwrapLine } from '../../src/lib/geo/antimeridian';
import { offsetFromCentre } from '../../src/lib/geo/web-mercator';
import { routeView, WORLD_ROUTE_SPAN } from '../../src/lib/map/route-view';
import { labelSize } from '../../src/lib/map/story-layers';
import { articleExtent } from '../../src/lib/story/extent';
import { getStory } from '../../src/lib/story/story.server';

const story = getStory();
const extent = articleExtent(story)!;

/** A name is about 0.55 em a character, 0.8 em from its dot. */
const nameWidth = (name: string, size: number) => size * (0.55 * name.length + 0.8);

/** An article's dot and its white edge, in pixels from its centre. */
const DOT_RADIUS = 8;

const SIZES = {
	// The map's size in a browser window 1280 × 800, and 1024 × 768 to 1920 × 1080.
	'a wide screen': { width: 528, height: 494 },
	'a 1024 px screen': { width: 640, height: 462 },
	'a 1440 px screen': { width: 688, height: 594 },
	'a 1536 px screen': { width: 784, height: 558 },
	'a 1920 px screen': { width: 1168, height: 774 },
	'a phone': { width: 390, height: 440 }
};

describe('a route’s view', () => {
	for (const route of story.routes) {
		const line = unwrapLine(
			route.geometry.type === 'LineString'
				? route.geometry.coordinates
				: route.geometry.coordinates.flat()
		);
		const stops = new Set(route.properties.stops.map((s) => s.place));
		const places = story.places.map((p) => ({
			lng: p.geometry.coordinates[0],
			lat: p.geometry.coordinates[1],
			name: p.properties.name,
			size: labelSize(p.properties.role),
			named: p.properties.role === 'article' || stops.has(p.id)
		}));
		const lngs = line.map(([lng]) => lng);
		const roundTheWorld = Math.max(...lngs) - Math.min(...lngs) >= WORLD_ROUTE_SPAN;
		for (const [screen, size] of Object.entries(SIZES)) {
			// Where the map is wide enough, a name has room on either side of its dot, as MapLibre
			// puts it on whichever side is free. A phone's map is too narrow for all of them to have
			// that: each at least shows its dot, with room on the side MapLibre tries first, its right.
			const roomEitherSide = screen !== 'a phone';
			// A voyage round the world keeps the story's frame, and a phone's map has no room in it
			// for the name of every stop that frame shows: Jakarta's is cut there (a known limit).
			if (roundTheWorld && !roomEitherSide) continue;
			it(`of ${route.id} on ${screen} cuts no name at the map’s sides`, () => {
				const fitted = routeView(size, line, places, extent.box)!;
				const view = { zoom: fitted.zoom, lng: fitted.center[0], lat: fitted.center[1] };
				let shown = 0;
				for (const place of places.filter((p) => p.named)) {
					const { dx, dy } = offsetFromCentre(view, place.lng, place.lat);
					const x = size.width / 2 + dx;
					const y = size.height / 2 + dy;
					const width = nameWidth(place.name, place.size);
					if (y < 0 || y > size.height || x + width < 0 || x - width > size.width) continue;
					// Round the world, a stop past the map's right side has its name past it too: it
					// is on the far side of the world, and MapLibre tries a name on its dot's right first.
					if (roundTheWorld && x > size.width) continue;
					shown++;
					expect(x, place.name).toBeGreaterThanOrEqual(roomEitherSide ? width : DOT_RADIUS);
					expect(x, place.name).toBeLessThanOrEqual(size.width - width);
				}
				expect(shown).toBeGreaterThan(1);
			});
		}
	}

	it('shows the whole of a line that does not go round the world', () => {
		const size = SIZES['a wide screen'];
		const route = story.routes.find((r) => r.id === 'soleimani-2019')!;
		const line = route.geometry.coordinates as number[][];
		const fitted = routeView(size, line, [], extent.box)!;
		const view = { zoom: fitted.zoom, lng: fitted.center[0], lat: fitted.center[1] };
		for (const [lng, lat] of line) {
			const { dx, dy } = offsetFromCentre(view, lng, lat);
			expect(Math.abs(dx)).toBeLessThanOrEqual(size.width / 2);
			expect(Math.abs(dy)).toBeLessThanOrEqual(size.height / 2);
		}
	});
});
