import {
	bbox as bboxOf,
	booleanPointInPolygon,
	geojsonRbush,
	lineIntersect,
	lineString,
	pointToLineDistance
} from '@turf/turf';
import type { BBox, Feature, FeatureCollection, LineString, Polygon, Position } from 'geojson';

/**
 * Land polygons for point-in-land tests, and their coastlines cut into short pieces in an R-tree,
 * so that a segment or a distance query only looks at the coast near it. Continents have tens of
 * thousands of vertices at 10m; testing them whole for every segment takes minutes.
 */
export interface LandIndex {
	polygons: { feature: Feature<Polygon>; bbox: BBox }[];
	coast: ReturnType<typeof geojsonRbush<LineString, null>>;
}

const COAST_PIECE = 24;

export function createLandIndex(land: FeatureCollection<Polygon>): LandIndex {
	const polygons: LandIndex['polygons'] = [];
	const pieces: Feature<LineString, null>[] = [];
	for (const feature of land.features) {
		polygons.push({ feature, bbox: bboxOf(feature) });
		for (const ring of feature.geometry.coordinates) {
			for (let i = 0; i < ring.length - 1; i += COAST_PIECE) {
				const piece = ring.slice(i, i + COAST_PIECE + 1);
				if (piece.length >= 2) pieces.push(lineString(piece, null));
			}
		}
	}
	const coast = geojsonRbush<LineString, null>();
	coast.load(pieces);
	return { polygons, coast };
}

const KM_PER_DEGREE = 111.32;

function inBox([lon, lat]: Position, [w, s, e, n]: BBox): boolean {
	return lon >= w && lon <= e && lat >= s && lat <= n;
}

export function isOnLand(land: LandIndex, point: Position): boolean {
	return land.polygons.some(
		(p) => inBox(point, p.bbox) && booleanPointInPolygon(point, p.feature, { ignoreBoundary: true })
	);
}

/** Distance in km to the nearest land within `withinKm`, 0 on land, Infinity if none is that close. */
export function distanceToLandKm(land: LandIndex, point: Position, withinKm: number): number {
	if (isOnLand(land, point)) return 0;
	const dLat = withinKm / KM_PER_DEGREE;
	const dLon = dLat / Math.max(Math.cos((point[1] * Math.PI) / 180), 0.05);
	const near = land.coast.search([
		point[0] - dLon,
		point[1] - dLat,
		point[0] + dLon,
		point[1] + dLat
	]);
	let best = Infinity;
	for (const piece of near.features) {
		best = Math.min(best, pointToLineDistance(point, piece, { units: 'kilometers' }));
	}
	return best <= withinKm ? best : Infinity;
}

/**
 * Where a segment touches land: its crossings of coastlines and its ends that lie on land.
 * Longitudes must be in [-180, 180]; split antimeridian segments before asking.
 */
export function segmentLandContacts(land: LandIndex, a: Position, b: Position): Position[] {
	const segment = lineString([a, b]);
	const contacts: Position[] = [];
	for (const piece of land.coast.search(segment).features) {
		for (const hit of lineIntersect(segment, piece).features)
			contacts.push(hit.geometry.coordinates);
	}
	for (const end of [a, b]) if (isOnLand(land, end)) contacts.push(end);
	return contacts;
}
