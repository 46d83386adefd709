import { GeoJSONVT, type GeoJSONVTTile } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import type { FeatureCollection, Point } from 'geojson';
import { cityZoom } from '../../src/lib/map/city-zoom.ts';
import type { CityLabelProperties } from './cities.ts';
import type { CountryLabelProperties } from './labels.ts';
import type { NaturalEarth, Resolution } from './natural-earth.ts';

export const EXTENT = 4096;

/**
 * Country polygons are left out: they would add 40 % to the bytes and the story draws its own
 * highlights, so land, borders and coast are all the basemap needs.
 */
export const SOURCE_LAYERS = [
	'land',
	'boundaries',
	'coastline',
	'country_labels',
	'city_labels'
] as const;
export type SourceLayer = (typeof SOURCE_LAYERS)[number];

/** A range of zooms cut from one Natural Earth scale. */
export type Band = {
	resolution: Resolution;
	minzoom: number;
	maxzoom: number;
	/** geojson-vt simplification in tile units; the band's last zoom keeps every vertex. */
	tolerance: number;
};

/**
 * 10m starts at z4 so that coasts stay true when MapLibre overzooms the z6 tiles to z9 and beyond,
 * where narrow waters such as the Panama Canal's and Guanabara Bay's show. z6 keeps every vertex
 * (geojson-vt does not simplify a band's last zoom); the tolerance only thins z4 and z5.
 */
export const BANDS: readonly Band[] = [
	{ resolution: '110m', minzoom: 0, maxzoom: 1, tolerance: 4 },
	{ resolution: '50m', minzoom: 2, maxzoom: 3, tolerance: 3 },
	{ resolution: '10m', minzoom: 4, maxzoom: 6, tolerance: 2 }
];

export function bandForZoom(z: number): Band {
	const band = BANDS.find(({ minzoom, maxzoom }) => z >= minzoom && z <= maxzoom);
	if (!band) throw new RangeError(`no basemap band covers zoom ${z}`);
	return band;
}

export type BandIndex = { band: Band; layers: Record<SourceLayer, GeoJSONVT> };

export type CountryLabels = FeatureCollection<Point, CountryLabelProperties>;
export type CityLabels = FeatureCollection<Point, CityLabelProperties>;

/** The zoom the tiles stop at: MapLibre overzooms them, so they hold every town named later. */
const LAST_TILE_ZOOM = BANDS.at(-1)!.maxzoom;

export function indexBand(
	band: Band,
	data: NaturalEarth,
	labels: CountryLabels,
	cities: CityLabels
): BandIndex {
	const options = {
		maxZoom: band.maxzoom,
		indexMaxZoom: band.maxzoom,
		tolerance: band.tolerance,
		extent: EXTENT
	};
	const slice = (geojson: GeoJSON.GeoJSON) => new GeoJSONVT(geojson, options);
	return {
		band,
		layers: {
			land: slice(data.land),
			boundaries: slice(data.boundaries),
			coastline: slice(data.coastline),
			country_labels: slice(labels),
			city_labels: slice(cities)
		}
	};
}

/** The non-empty layers of one tile, in tile coordinates; an empty object for open ocean. */
export function tileLayers(
	index: BandIndex,
	z: number,
	x: number,
	y: number
): Partial<Record<SourceLayer, GeoJSONVTTile>> {
	const { minzoom, maxzoom } = index.band;
	if (z < minzoom || z > maxzoom) {
		throw new RangeError(`zoom ${z} is outside the ${index.band.resolution} band`);
	}
	const layers: Partial<Record<SourceLayer, GeoJSONVTTile>> = {};
	for (const name of SOURCE_LAYERS) {
		let tile = index.layers[name].getTile(z, x, y);
		// Below the last tile zoom, a tile carries only the towns named at its own zoom: none in
		// the world and continent tiles (z0–3), which stay as small.
		if (tile && name === 'city_labels' && z < LAST_TILE_ZOOM) {
			const named = tile.features.filter((f) => cityZoom(Number(f.tags?.rank)) <= z);
			tile = { ...tile, features: named } as GeoJSONVTTile;
		}
		if (tile && tile.features.length > 0) layers[name] = tile;
	}
	return layers;
}

/** MVT bytes; zero bytes is a valid tile with no layers, which is what open ocean gets. */
export function encodeTile(layers: Partial<Record<SourceLayer, GeoJSONVTTile>>): Uint8Array {
	return fromGeojsonVt(layers as Record<string, GeoJSONVTTile>, { version: 2, extent: EXTENT });
}
