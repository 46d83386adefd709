import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { planarPolygon } from './antimeridian.ts';
import { createLandIndex, type LandIndex } from './land.ts';

export type NaturalEarthScale = '10m' | '50m' | '110m';

const require = createRequire(import.meta.url);
const cache = new Map<NaturalEarthScale, LandIndex>();

const shift = (rings: Position[][], by: number) =>
	rings.map((ring) => ring.map(([lon, lat]) => [lon + by, lat]));

/**
 * Land as flat polygons with longitudes in [-180, 180] where it matters: a polygon that runs past
 * ±180 once unwrapped (Fiji, Chukotka) also gets a copy on the other side of the world.
 */
function flatLand(land: FeatureCollection<Polygon | MultiPolygon>): FeatureCollection<Polygon> {
	const features: FeatureCollection<Polygon>['features'] = [];
	for (const f of land.features) {
		const polygons =
			f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
		for (const polygon of polygons) {
			const flat = planarPolygon(polygon);
			if (!flat) continue;
			const lons = flat[0].map(([lon]) => lon);
			const copies = [flat];
			if (Math.max(...lons) > 180) copies.push(shift(flat, -360));
			if (Math.min(...lons) < -180) copies.push(shift(flat, 360));
			for (const coordinates of copies) {
				features.push({
					type: 'Feature',
					properties: {},
					geometry: { type: 'Polygon', coordinates }
				});
			}
		}
	}
	return { type: 'FeatureCollection', features };
}

/**
 * One layer of a world-atlas file as GeoJSON: `land` from `land-<scale>.json`, `countries` (each
 * with its `name`) from `countries-<scale>.json`.
 */
export function worldAtlas<P = Record<string, never>>(
	layer: 'land' | 'countries',
	scale: NaturalEarthScale
): FeatureCollection<Polygon | MultiPolygon, P> {
	const path = require.resolve(`world-atlas/${layer}-${scale}.json`);
	const topology = JSON.parse(readFileSync(path, 'utf8')) as Topology;
	return feature(topology, topology.objects[layer]) as unknown as FeatureCollection<
		Polygon | MultiPolygon,
		P
	>;
}

/** Natural Earth land from the world-atlas package, indexed for point and segment tests. */
export function naturalEarthLand(scale: NaturalEarthScale): LandIndex {
	let index = cache.get(scale);
	if (!index) {
		index = createLandIndex(flatLand(worldAtlas('land', scale)));
		cache.set(scale, index);
	}
	return index;
}
