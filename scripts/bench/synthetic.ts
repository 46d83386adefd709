import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import { EVIDENCE_LEVELS } from '../../src/lib/story/schema.ts';

/** mulberry32: a tiny seeded generator, so every run draws the very same dataset. */
function random(seed: number) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const round = (n: number) => Math.round(n * 1e4) / 1e4;

/** Places shaped like the story's: id, name, type and role (one in ten an "article" place). */
export function syntheticPlaces(count = 10_000, seed = 7): FeatureCollection<Point> {
	const rnd = random(seed);
	const features: Feature<Point>[] = [];
	for (let i = 0; i < count; i++) {
		const id = `p${i}`;
		features.push({
			type: 'Feature',
			id,
			properties: {
				id,
				name: `Place ${i}`,
				type: i % 3 ? 'city' : 'port',
				role: i % 10 ? 'stop' : 'article'
			},
			geometry: {
				type: 'Point',
				coordinates: [round(rnd() * 360 - 180), round(rnd() * 135 - 60)]
			}
		});
	}
	return { type: 'FeatureCollection', features };
}

/** Routes as random walks of 2 to 40 vertices, each with an evidence level like the story's. */
export function syntheticRoutes(count = 1_000, seed = 11): FeatureCollection<LineString> {
	const rnd = random(seed);
	const features: Feature<LineString>[] = [];
	for (let i = 0; i < count; i++) {
		const id = `r${i}`;
		let lng = rnd() * 340 - 170;
		let lat = rnd() * 120 - 55;
		const coordinates: number[][] = [[round(lng), round(lat)]];
		const vertices = 2 + Math.floor(rnd() * 39);
		for (let v = 1; v < vertices; v++) {
			lng = Math.max(-179.9, Math.min(179.9, lng + (rnd() - 0.5) * 12));
			lat = Math.max(-60, Math.min(75, lat + (rnd() - 0.5) * 8));
			coordinates.push([round(lng), round(lat)]);
		}
		features.push({
			type: 'Feature',
			id,
			properties: {
				id,
				name: `Route ${i}`,
				type: 'sea',
				evidence: EVIDENCE_LEVELS[i % EVIDENCE_LEVELS.length]
			},
			geometry: { type: 'LineString', coordinates }
		});
	}
	return { type: 'FeatureCollection', features };
}
