import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature, mesh } from 'topojson-client';
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import { planarPolygon, unwrapLine as planarLine } from '../../src/lib/geo/antimeridian.ts';

export const RESOLUTIONS = ['110m', '50m', '10m'] as const;
export type Resolution = (typeof RESOLUTIONS)[number];

export type CountryProperties = { name: string };
export type CountryFeature = Feature<MultiPolygon, CountryProperties>;

/** One Natural Earth scale as GeoJSON, in the shapes the tile layers need. */
export type NaturalEarth = {
	land: FeatureCollection<MultiPolygon>;
	countries: FeatureCollection<MultiPolygon, CountryProperties>;
	boundaries: Feature<MultiLineString>;
	coastline: Feature<MultiLineString>;
};

const require = createRequire(import.meta.url);

/**
 * Leased areas and bases that Natural Earth maps as units of their own inside a host country;
 * outlining them draws stray boxes inside Kazakhstan, Cuba and Cyprus.
 */
const ENCLAVES = new Set(['Baikonur', 'USNB Guantanamo Bay', 'Akrotiri', 'Dhekelia']);

function isEnclave(geometry: GeometryObject): boolean {
	const name = (geometry.properties as CountryProperties | undefined)?.name;
	return name !== undefined && ENCLAVES.has(name);
}

function worldAtlasFile(name: string): string {
	return require.resolve(`world-atlas/${name}`);
}

function readTopology(name: string): Topology {
	return JSON.parse(readFileSync(worldAtlasFile(name), 'utf8')) as Topology;
}

/**
 * A few Fijian islands are split along the antimeridian and the 50m Antarctica runs along the
 * pole; those edges share arcs with nothing, so a mesh of land would draw them as coast.
 */
function isArtificialEdge(a: number[], b: number[]): boolean {
	const alongAntimeridian = Math.abs(a[0]) > 179.99 && a[0] === b[0];
	const alongPole = a[1] < -84.9 && b[1] < -84.9;
	return alongAntimeridian || alongPole;
}

function dropArtificialEdges(lines: MultiLineString): MultiLineString {
	const kept: number[][][] = [];
	for (const line of lines.coordinates) {
		let run: number[][] = [line[0]];
		for (let i = 1; i < line.length; i++) {
			if (isArtificialEdge(line[i - 1], line[i])) {
				if (run.length > 1) kept.push(run);
				run = [line[i]];
			} else {
				run.push(line[i]);
			}
		}
		if (run.length > 1) kept.push(run);
	}
	return { type: 'MultiLineString', coordinates: kept };
}

function planarLines(lines: MultiLineString): MultiLineString {
	return { type: 'MultiLineString', coordinates: lines.coordinates.map(planarLine) };
}

function planarFeatures<P>(
	collection: FeatureCollection<Polygon | MultiPolygon, P>
): FeatureCollection<MultiPolygon, P> {
	const features = collection.features.map((feature) => {
		const { geometry } = feature;
		const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
		const coordinates = polygons.map(planarPolygon).filter((polygon) => polygon !== null);
		return { ...feature, geometry: { type: 'MultiPolygon' as const, coordinates } };
	});
	return { type: 'FeatureCollection', features };
}

export function loadNaturalEarth(resolution: Resolution): NaturalEarth {
	const landTopology = readTopology(`land-${resolution}.json`);
	const countryTopology = readTopology(`countries-${resolution}.json`);
	const landObject = landTopology.objects.land as GeometryCollection;
	const countryObject = countryTopology.objects.countries as GeometryCollection<CountryProperties>;

	const land = feature(landTopology, landObject) as FeatureCollection<Polygon | MultiPolygon>;
	const countries = feature(countryTopology, countryObject) as FeatureCollection<
		Polygon | MultiPolygon,
		CountryProperties
	>;
	const borders = mesh(
		countryTopology,
		countryObject,
		(a, b) => a !== b && !isEnclave(a) && !isEnclave(b)
	);
	const coast = dropArtificialEdges(mesh(landTopology, landObject));

	return {
		land: planarFeatures(land),
		countries: planarFeatures(countries),
		boundaries: { type: 'Feature', properties: {}, geometry: planarLines(borders) },
		coastline: { type: 'Feature', properties: {}, geometry: planarLines(coast) }
	};
}
