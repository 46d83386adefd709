import { area } from '@turf/turf';
import type { FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { wrapLongitude } from '../../src/lib/geo/antimeridian.ts';
import type { CountryFeature } from './natural-earth.ts';
import { poleOfInaccessibility } from './polylabel.ts';

export type CountryLabelProperties = {
	name: string;
	/** 1 for the largest countries down to 6 for the smallest; the style reveals ranks by zoom. */
	rank: number;
	/** Whole country, km², rounded. */
	area: number;
};

/** Smallest main landmass (km²) for each rank; anything below the last is rank 6. */
const RANK_THRESHOLDS = [2_500_000, 700_000, 150_000, 30_000, 3_000];

/**
 * Natural Earth units a reader would not look for by name: bases, buffer zones, and disputed
 * reefs whose names would float over open sea.
 */
const UNLABELLED = new Set([
	'Akrotiri',
	'Ashmore and Cartier Is.',
	'Bajo Nuevo Bank',
	'Baikonur',
	'Clipperton I.',
	'Coral Sea Is.',
	'Cyprus U.N. Buffer Zone',
	'Dhekelia',
	'Scarborough Reef',
	'Serranilla Bank',
	'Siachen Glacier',
	'Spratly Is.',
	'U.S. Minor Outlying Is.',
	'USNB Guantanamo Bay'
]);

const MAX_MERCATOR_LAT = 85;
const DEGREES = 180 / Math.PI;

function toMercator([lng, lat]: number[]): number[] {
	const clamped = Math.max(-MAX_MERCATOR_LAT, Math.min(MAX_MERCATOR_LAT, lat));
	return [lng, DEGREES * Math.log(Math.tan(Math.PI / 4 + clamped / (2 * DEGREES)))];
}

function fromMercator([x, y]: number[]): [number, number] {
	return [wrapLongitude(x), DEGREES * (2 * Math.atan(Math.exp(y / DEGREES)) - Math.PI / 2)];
}

function rankOf(mainlandKm2: number): number {
	const index = RANK_THRESHOLDS.findIndex((threshold) => mainlandKm2 >= threshold);
	return index === -1 ? RANK_THRESHOLDS.length + 1 : index + 1;
}

function polygonsOf(country: CountryFeature): Polygon[] {
	return country.geometry.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }));
}

/** The label goes where readers see the country: its largest polygon, centred in map space. */
function labelPoint(mainland: Polygon): [number, number] {
	const rings = mainland.coordinates.map((ring) => ring.map(toMercator));
	let minX = Infinity;
	let maxX = -Infinity;
	let minY = Infinity;
	let maxY = -Infinity;
	for (const [x, y] of rings[0]) {
		minX = Math.min(minX, x);
		maxX = Math.max(maxX, x);
		minY = Math.min(minY, y);
		maxY = Math.max(maxY, y);
	}
	const precision = Math.max(maxX - minX, maxY - minY) / 500;
	return fromMercator(poleOfInaccessibility(rings, precision));
}

export function countryLabels(
	countries: FeatureCollection<MultiPolygon, CountryFeature['properties']>
): FeatureCollection<Point, CountryLabelProperties> {
	const named = countries.features.filter((country) => !UNLABELLED.has(country.properties.name));
	const features = named.map((country) => {
		const polygons = polygonsOf(country).map((polygon) => ({ polygon, km2: area(polygon) / 1e6 }));
		const mainland = polygons.reduce((a, b) => (b.km2 > a.km2 ? b : a));
		const total = polygons.reduce((sum, { km2 }) => sum + km2, 0);
		return {
			type: 'Feature' as const,
			properties: {
				name: country.properties.name,
				rank: rankOf(mainland.km2),
				area: Math.round(total)
			},
			geometry: { type: 'Point' as const, coordinates: labelPoint(mainland.polygon) }
		};
	});
	return { type: 'FeatureCollection', features };
}
