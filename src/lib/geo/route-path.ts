import { greatCircle } from '@turf/turf';
import type { LineString, MultiLineString, Position } from 'geojson';
import { splitAtAntimeridian, unwrapLine } from './antimeridian.ts';

/** Route geometry as stored in geo/: sea lanes as drawn, flights and links as their stops. */
export interface StoredRoute {
	mode: 'flight' | 'sea' | 'link';
	geometry: LineString | MultiLineString;
}

/** Enough points per flight leg that the arc reads as a curve at any zoom. */
const ARC_POINTS = 96;

function greatCircleLeg(from: Position, to: Position): Position[] {
	if (from[0] === to[0] && from[1] === to[1]) return [from, to];
	const arc = greatCircle(from, to, { npoints: ARC_POINTS }).geometry;
	const points = arc.type === 'LineString' ? arc.coordinates : arc.coordinates.flat();
	return unwrapLine(points);
}

function shiftTo(line: Position[], nearLon: number): Position[] {
	const turns = Math.round((nearLon - line[0][0]) / 360);
	return turns === 0 ? line : line.map(([lon, lat]) => [lon + turns * 360, lat]);
}

function drawnLine(mode: StoredRoute['mode'], stored: Position[]): Position[] {
	if (mode === 'sea') return unwrapLine(stored);
	const out: Position[] = [];
	for (let i = 1; i < stored.length; i++) {
		const leg = greatCircleLeg(stored[i - 1], stored[i]);
		const placed = out.length ? shiftTo(leg, out[out.length - 1][0]) : leg;
		out.push(...(out.length ? placed.slice(1) : placed));
	}
	return unwrapLine(out);
}

/**
 * The route's lines as they are drawn: flights densified into great-circle arcs, and every part
 * continuous across the antimeridian (longitudes may run past ±180).
 */
export function drawnParts(route: StoredRoute): Position[][] {
	const parts =
		route.geometry.type === 'LineString'
			? [route.geometry.coordinates]
			: route.geometry.coordinates;
	return parts.map((part) => drawnLine(route.mode, part));
}

/** The drawn route as RFC 7946 geometry: longitudes in [-180, 180], split at the antimeridian. */
export function publishedGeometry(route: StoredRoute): LineString | MultiLineString {
	const parts = drawnParts(route).flatMap(splitAtAntimeridian);
	return parts.length === 1
		? { type: 'LineString', coordinates: parts[0] }
		: { type: 'MultiLineString', coordinates: parts };
}
