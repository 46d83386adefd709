import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { distance, lineString, length } from '@turf/turf';
import { splitAtAntimeridian } from '../../src/lib/geo/antimeridian';
import { segmentLandContacts } from '../../src/lib/geo/land';
import { naturalEarthLand } from '../../src/lib/geo/natural-earth.server';
import { drawnParts, publishedGeometry } from '../../src/lib/geo/route-path';
import { getStory } from '../../src/lib/story/story.server';

const story = getStory();
const route = (id: string) => {
	const r = story.routes.find((f) => f.id === id);
	if (!r) throw new Error(`no route ${id}`);
	return r;
};
const stopPlaces = (id: string) => route(id).properties.stops.map((s) => s.place ?? s.id);

describe('honest geometry', () => {
	it('never sails a sea leg across land, except at the named canals, straits and ports', () => {
		const land = naturalEarthLand('10m');
		const crossings: string[] = [];
		for (const r of story.routes.filter((f) => f.properties.mode === 'sea')) {
			const exceptions = r.properties.landExceptions ?? [];
			const excused = (p: Position) =>
				exceptions.some((e) => distance(p, e.at, { units: 'kilometers' }) <= e.radiusKm);
			const parts = drawnParts({ mode: 'sea', geometry: r.geometry }).flatMap(splitAtAntimeridian);
			for (const part of parts) {
				for (let i = 1; i < part.length; i++) {
					for (const contact of segmentLandContacts(land, part[i - 1], part[i])) {
						if (!excused(contact)) {
							crossings.push(
								`${r.id}: segment ${i} touches land at [${contact.map((n) => n.toFixed(3))}]`
							);
						}
					}
				}
			}
		}
		expect(crossings).toEqual([]);
	});

	it('catches a leg that cuts across land, and passes one that keeps to sea', () => {
		const land = naturalEarthLand('10m');
		const rio = [-43.1, -23.1];
		expect(segmentLandContacts(land, rio, [-77.2, -12.1]).length).toBeGreaterThan(1);
		expect(segmentLandContacts(land, [-30, -30], [0, -35])).toEqual([]);
		// Fiji's outline crosses 180°: its edges must not read as a coast across the whole Pacific.
		expect(segmentLandContacts(land, [-125, -16.5], [-95, -16.8])).toEqual([]);
	});

	it('draws flights as densified great-circle arcs', () => {
		const tour = route('foreign-minister-tour');
		const [arc] = drawnParts({ mode: 'flight', geometry: tour.geometry });
		expect(arc.length).toBeGreaterThan(4 * 50);
		// Tehran to Nouakchott: the great circle bows north of the straight line on a flat map.
		const tehran = tour.geometry.coordinates[0] as Position;
		const nouakchott = tour.geometry.coordinates[1] as Position;
		const midLon = (tehran[0] + nouakchott[0]) / 2;
		const near = arc.reduce((a, b) => (Math.abs(b[0] - midLon) < Math.abs(a[0] - midLon) ? b : a));
		expect(near[1]).toBeGreaterThan((tehran[1] + nouakchott[1]) / 2 + 2);
	});

	it('draws the Pacific crossing as one continuous line and publishes it split at 180°', () => {
		const voyage = route('flotilla-voyage');
		const parts = drawnParts({ mode: 'sea', geometry: voyage.geometry });
		expect(parts).toHaveLength(1);
		const line = parts[0];
		expect(Math.max(...line.map((p) => p[0]))).toBeGreaterThan(180);
		for (let i = 1; i < line.length; i++) {
			expect(Math.abs(line[i][0] - line[i - 1][0])).toBeLessThan(180);
		}
		const published = publishedGeometry({ mode: 'sea', geometry: voyage.geometry });
		expect(published.type).toBe('MultiLineString');
		const seam = (published.coordinates as Position[][]).map((p) => [p[0][0], p[p.length - 1][0]]);
		expect(seam.flat()).toContain(180);
		expect(seam.flat()).toContain(-180);
		// Same length drawn and published: splitting adds no detour.
		const drawnKm = length(lineString(line));
		const publishedKm = (published.coordinates as Position[][]).reduce(
			(sum, p) => sum + length(lineString(p)),
			0
		);
		expect(publishedKm).toBeCloseTo(drawnKm, 0);
	});

	it('follows the documented voyage round the world and back', () => {
		const stops = stopPlaces('flotilla-voyage');
		const order = ['bandar-abbas', 'mumbai', 'jakarta', 'rio-de-janeiro', 'cape-town', 'salalah'];
		const positions = order.map((id) => stops.indexOf(id));
		expect(positions.every((p) => p >= 0)).toBe(true);
		expect([...positions].sort((a, b) => a - b)).toEqual(positions);
		expect(stops[stops.length - 1]).toBe('bandar-abbas');
		expect(route('flotilla-voyage').properties.evidence).toBe('documented');
	});

	it('keeps the article’s Panama claim apart, as announced and never sailed', () => {
		const claim = route('flotilla-panama-claim');
		expect(claim.properties.evidence).toBe('announced');
		expect(stopPlaces('flotilla-panama-claim')).toEqual(['rio-de-janeiro', 'panama-canal']);
		expect(stopPlaces('flotilla-voyage')).not.toContain('panama-canal');
	});

	it('shows the Iran–Brazil shipping route as an announced link with no invented ports', () => {
		const link = route('iran-brazil-shipping');
		expect(link.properties.mode).toBe('link');
		expect(link.properties.evidence).toBe('announced');
		const kinds = link.properties.stops.map(
			(s) => story.places.find((p) => p.id === s.place)?.properties.kind
		);
		expect(kinds).not.toContain('port');
	});
});
