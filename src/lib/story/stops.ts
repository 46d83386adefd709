import { lineString, pointToLineDistance } from '@turf/turf';
import type { LineString, MultiLineString, Position } from 'geojson';

/** How far a point lies from a drawn (RFC 7946) line, in km. */
export function distanceToLineKm(line: LineString | MultiLineString, at: Position): number {
	const parts = line.type === 'LineString' ? [line.coordinates] : line.coordinates;
	return Math.min(
		...parts.map((part) => pointToLineDistance(at, lineString(part), { units: 'kilometers' }))
	);
}
