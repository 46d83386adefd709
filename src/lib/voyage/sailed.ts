import type { Position } from 'geojson';
import type { Voyage } from './voyage.ts';

/**
 * The sailed part of the line up to `km`: the vertices already passed (which change only a few
 * hundred times over a whole voyage) and the short leg from the last of them to the ship.
 */
export function sailedParts(voyage: Voyage, km: number, point: Position) {
	const { line, vertexKm } = voyage;
	let lo = 0;
	let hi = vertexKm.length - 1;
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if (vertexKm[mid] <= km) lo = mid;
		else hi = mid - 1;
	}
	const last = line[lo];
	const shipLon = point[0] + 360 * Math.round((last[0] - point[0]) / 360);
	return { passed: lo, leg: [last, [shipLon, point[1]]] as Position[] };
}
