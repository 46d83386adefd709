import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { bbox, booleanPointInPolygon, destination } from '@turf/turf';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { BBox, Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';

const require = createRequire(import.meta.url);

type Country = { feature: Feature<Polygon | MultiPolygon, { name: string }>; box: BBox };
let countries: Country[] | null = null;

function loadCountries(): Country[] {
	const path = require.resolve('world-atlas/countries-10m.json');
	const topology = JSON.parse(readFileSync(path, 'utf8')) as Topology;
	const collection = feature(topology, topology.objects.countries) as unknown as FeatureCollection<
		Polygon | MultiPolygon,
		{ name: string }
	>;
	return collection.features.map((f) => ({ feature: f, box: bbox(f) }));
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
