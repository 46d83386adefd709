import { booleanPointInPolygon } from '@turf/turf';
import type { GeoJSONVTTile } from '@maplibre/geojson-vt';
import { beforeAll, describe, expect, it } from 'vitest';
import { cityLabels } from '../../scripts/basemap/cities.ts';
import { countryLabels } from '../../scripts/basemap/labels.ts';
import { loadNaturalEarth, type NaturalEarth } from '../../scripts/basemap/natural-earth.ts';
import {
	BANDS,
	EXTENT,
	bandForZoom,
	encodeTile,
	indexBand,
	tileLayers,
	type BandIndex,
	type CountryLabels
} from '../../scripts/basemap/tiles.ts';

/** The z/x/y of the web-mercator tile that holds a point. */
function tileAt(lng: number, lat: number, z: number): [number, number, number] {
	const n = 2 ** z;
	const phi = (lat * Math.PI) / 180;
	const x = Math.floor(((lng + 180) / 360) * n);
	const y = Math.floor(((1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2) * n);
	return [z, x, y];
}

function vertexCount(tile: GeoJSONVTTile | undefined): number {
	if (!tile) return 0;
	let count = 0;
	for (const feature of tile.features) {
		count +=
			feature.type === 1
				? feature.geometry.length
				: feature.geometry.reduce((sum, ring) => sum + ring.length, 0);
	}
	return count;
}

/** Net polygon area in tile units²; holes wind the other way and subtract. */
function netArea(tile: GeoJSONVTTile | undefined): number {
	if (!tile) return 0;
	let total = 0;
	for (const feature of tile.features) {
		if (feature.type !== 3) continue;
		for (const ring of feature.geometry) {
			for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
				total += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
			}
		}
	}
	return Math.abs(total / 2);
}

let fine: NaturalEarth;
let labels: CountryLabels;
let fineIndex: BandIndex;
let mediumIndex: BandIndex;

beforeAll(() => {
	fine = loadNaturalEarth('10m');
	labels = countryLabels(fine.countries);
	const cities = cityLabels();
	fineIndex = indexBand(bandForZoom(6), fine, labels, cities);
	mediumIndex = indexBand(bandForZoom(2), loadNaturalEarth('50m'), labels, cities);
}, 30_000);

describe('basemap bands', () => {
	it('cover every zoom from 0 to 6 exactly once', () => {
		const zooms = BANDS.flatMap(({ minzoom, maxzoom }) =>
			Array.from({ length: maxzoom - minzoom + 1 }, (_, i) => minzoom + i)
		);
		expect(zooms).toEqual([0, 1, 2, 3, 4, 5, 6]);
		expect(bandForZoom(6).resolution).toBe('10m');
	});
});

describe('basemap tiles', () => {
	it('draws the Panama Canal coast at z6 from detailed data', () => {
		const layers = tileLayers(fineIndex, ...tileAt(-79.9, 9.2, 6));
		expect(vertexCount(layers.land)).toBeGreaterThan(800);
		expect(vertexCount(layers.coastline)).toBeGreaterThan(800);
		expect(layers.boundaries?.features.length).toBeGreaterThan(0);
	});

	it('leaves a mid-Pacific z6 tile empty, encoded as a zero-byte tile', () => {
		const layers = tileLayers(fineIndex, ...tileAt(-140, 20, 6));
		expect(layers).toEqual({});
		expect(encodeTile(layers).byteLength).toBe(0);
	});

	it("fills a tile in Brazil's interior with land and draws no coast", () => {
		const layers = tileLayers(fineIndex, ...tileAt(-52, -10, 6));
		expect(netArea(layers.land)).toBeGreaterThanOrEqual(EXTENT * EXTENT);
		expect(layers.coastline).toBeUndefined();
		expect(encodeTile(layers).byteLength).toBeGreaterThan(0);
	});

	it('labels Brazil as a top-rank country at z2', () => {
		const layers = tileLayers(mediumIndex, ...tileAt(-50, -12, 2));
		const brazil = layers.country_labels?.features.find(({ tags }) => tags?.name === 'Brazil');
		expect(brazil?.tags).toMatchObject({ rank: 1 });
	});

	it('names the towns around Managua in its z6 tile, for the map zoomed in beyond', () => {
		const towns = tileLayers(fineIndex, ...tileAt(-86.25, 12.13, 6)).city_labels?.features;
		const names = towns?.map(({ tags }) => tags?.name);
		expect(names).toEqual(expect.arrayContaining(['Managua', 'León', 'Granada', 'Masaya']));
	});

	it('keeps in a z4 or z5 tile only the cities named at that zoom', () => {
		const names = (z: number) =>
			tileLayers(fineIndex, ...tileAt(-99.13, 19.43, z)).city_labels?.features.map(
				({ tags }) => tags?.name
			) ?? [];
		// Mexico City (capital, over 3 million) from z4; Puebla (over 1 million) from z5.
		expect(names(4)).toContain('Mexico City');
		expect(names(4)).not.toContain('Puebla');
		expect(names(5)).toContain('Puebla');
		expect(names(5)).not.toContain('Toluca');
	});

	it('names no town in a world or continent tile, though its band was given them all', () => {
		expect(tileLayers(mediumIndex, ...tileAt(-99.13, 19.43, 2)).city_labels).toBeUndefined();
	});

	it('refuses a zoom outside the band it was given', () => {
		expect(() => tileLayers(fineIndex, 2, 1, 1)).toThrow(RangeError);
	});
});

describe('basemap data', () => {
	it('puts every country label inside its country', () => {
		const outside = labels.features.filter((label) => {
			const country = fine.countries.features.find(
				({ properties }) => properties.name === label.properties.name
			);
			if (!country) return true;
			const [lng, lat] = label.geometry.coordinates;
			// Rings across the antimeridian are unwrapped, so the label may sit one turn away.
			return ![lng, lng - 360, lng + 360].some((x) => booleanPointInPolygon([x, lat], country));
		});
		expect(outside.map(({ properties }) => properties.name)).toEqual([]);
	});

	it('never steps across the antimeridian, which would band the whole world', () => {
		// Antarctica is closed along the pole on purpose, the one edge allowed to be that wide.
		const alongPole = (a: number[], b: number[]) => Math.abs(a[1]) === 90 && Math.abs(b[1]) === 90;
		const lines = [
			...fine.land.features.flatMap(({ geometry }) => geometry.coordinates.flat()),
			...fine.coastline.geometry.coordinates,
			...fine.boundaries.geometry.coordinates
		];
		let widest = 0;
		for (const line of lines) {
			for (let i = 1; i < line.length; i++) {
				if (alongPole(line[i - 1], line[i])) continue;
				widest = Math.max(widest, Math.abs(line[i][0] - line[i - 1][0]));
			}
		}
		expect(widest).toBeLessThan(180);
	});
});
