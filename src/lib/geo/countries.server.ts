import { bbox, booleanPointInPolygon, destination } from '@turf/turf';
import type { BBox, Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { worldAtlas } from './natural-earth.server.ts';

type Country = { feature: Feature<Polygon | MultiPolygon, { name: string }>; box: BBox };
let countries: Country[] | null = null;

function loadCountries(): Country[] {
	return worldAtlas<{ name: string }>('countries', '10m').features.map((f) => ({
		feature: f,
		box: bbox(f)
	}));
}

function countryContaining([lon, lat]: Position): string | null {
	countries ??= loadCountries();
	const hit = countries.find(
		({ feature, box: [w, s, e, n] }) =>
			lon >= w && lon <= e && lat >= s && lat <= n && booleanPointInPolygon([lon, lat], feature)
	);
	return hit?.feature.properties.name ?? null;
}

/** How far from a port's or a canal's point, out at sea on the coarse coast, the land is sought. */
const SEARCH_KM = [2, 5, 10, 20];
const BEARINGS = Array.from({ length: 16 }, (_, i) => i * 22.5);

/**
 * The Natural Earth (10m) country a point lies in. A port or a canal whose point falls just off
 * Natural Earth's coast (Bandar Abbas, Cape Town, the Panama Canal) gets the country nearest it
 * within 20 km; null beyond, out at sea.
 */
export function countryAt(point: Position): string | null {
	const inside = countryContaining(point);
	if (inside) return inside;
	for (const km of SEARCH_KM) {
		for (const bearing of BEARINGS) {
			const near = destination(point, km, bearing, { units: 'kilometers' }).geometry.coordinates;
			const name = countryContaining(near);
			if (name) return name;
		}
	}
	return null;
}
