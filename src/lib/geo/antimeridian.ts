import type { Position } from 'geojson';

/**
 * Story files keep longitudes in [-180, 180] (RFC 7946). A step whose longitude jumps by more
 * than 180° crosses the antimeridian the short way. MapLibre draws a line continuously only when
 * its longitudes run on past ±180, so lines are unwrapped for the map and split for publishing.
 */

/** Longitudes made continuous: each point is shifted by ±360° to be within 180° of the last. */
export function unwrapLine(line: Position[]): Position[] {
	const out: Position[] = [];
	let offset = 0;
	for (let i = 0; i < line.length; i++) {
		const [lon, lat] = line[i];
		if (i > 0) {
			const prev = line[i - 1][0];
			const step = lon - prev;
			if (step > 180) offset -= 360;
			else if (step < -180) offset += 360;
		}
		out.push([lon + offset, lat]);
	}
	return out;
}

/** Brings any longitude back into [-180, 180]; one already there is returned exactly as it is. */
export function wrapLongitude(lon: number): number {
	if (lon >= -180 && lon <= 180) return lon;
	const wrapped = ((((lon + 180) % 360) + 360) % 360) - 180;
	return wrapped === -180 && lon > 0 ? 180 : wrapped;
}

/**
 * Splits an unwrapped (continuous) line where it crosses ±180°, returning parts whose longitudes
 * all lie in [-180, 180], each crossing ending at exactly ±180 and the next part starting there.
 */
export function splitAtAntimeridian(line: Position[]): Position[][] {
	if (line.length === 0) return [];
	const parts: Position[][] = [];
	let current: Position[] = [];
	const shiftOf = (lon: number) => Math.floor((lon + 180) / 360);
	let shift = shiftOf(line[0][0]);
	current.push([line[0][0] - shift * 360, line[0][1]]);
	for (let i = 1; i < line.length; i++) {
		const [lon0, lat0] = line[i - 1];
		const [lon1, lat1] = line[i];
		let nextShift = shiftOf(lon1);
		// A point exactly on the seam belongs to the part it comes from.
		if (nextShift !== shift && (lon1 + 180) % 360 === 0) nextShift = shift;
		while (nextShift !== shift) {
			const east = nextShift > shift;
			const seam = east ? (shift + 1) * 360 - 180 : shift * 360 - 180;
			const t = (seam - lon0) / (lon1 - lon0);
			const lat = lat0 + t * (lat1 - lat0);
			current.push([east ? 180 : -180, lat]);
			parts.push(current);
			current = [[east ? -180 : 180, lat]];
			shift += east ? 1 : -1;
		}
		current.push([lon1 - shift * 360, lat1]);
	}
	parts.push(current);
	return parts.filter((p) => p.length >= 2);
}

function isPolarSliver(ring: Position[]): boolean {
	return ring.every(([, lat]) => Math.abs(lat) > 89.9);
}

/**
 * A ring as it looks on a flat map. world-atlas rings are spherical: Fiji's and Russia's step
 * straight across the antimeridian and Antarctica's winds once round the pole. Unwrapped, a ring
 * round a pole ends 360° from where it started; closing it along the pole turns it into the band
 * Mercator shows. Slivers along the pole itself vanish.
 */
function planarRing(ring: Position[]): Position[] | null {
	if (isPolarSliver(ring)) return null;
	const unwrapped = unwrapLine(ring);
	const first = unwrapped[0];
	const last = unwrapped[unwrapped.length - 1];
	if (Math.abs(last[0] - first[0]) < 180) return unwrapped;
	const meanLat = unwrapped.reduce((sum, [, lat]) => sum + lat, 0) / unwrapped.length;
	const pole = meanLat < 0 ? -90 : 90;
	return [...unwrapped, [last[0], pole], [first[0], pole], first];
}

/** A polygon's rings (outer first) on a flat map, possibly past ±180; null if nothing is left. */
export function planarPolygon(rings: Position[][]): Position[][] | null {
	const planar = rings.map(planarRing).filter((ring) => ring !== null);
	return planar.length > 0 ? planar : null;
}
