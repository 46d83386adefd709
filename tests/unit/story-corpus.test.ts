import { describe, expect, it } from 'vitest';
import { naturalEarthLand } from '../../src/lib/geo/natural-earth.server';
import { formatProblem, StoryDataError } from '../../src/lib/story/problems';
import { readStoryFiles } from '../../src/lib/story/story.server';
import { STORY_FILES, type StoryFileName } from '../../src/lib/story/types';
import { validateStory } from '../../src/lib/story/validate';

/**
 * The bad-input corpus: each entry is one mistake a data editor could make in a copy of geo/,
 * and the message the build must stop with.
 */

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
interface BadInput {
	name: string;
	file: StoryFileName;
	edit: (json: Json) => void;
	/** Replaces the file's text instead of editing its JSON. */
	text?: (original: string) => string;
	message: RegExp;
}

const land = naturalEarthLand('50m');
const good = readStoryFiles(process.cwd());

const place = (json: Json, id: string) => json.features.find((f: Json) => f.properties.id === id);
const route = place;

const corpus: BadInput[] = [
	{
		name: 'invalid JSON',
		file: STORY_FILES.places,
		edit: () => {},
		text: (t) => t.slice(0, t.length / 2),
		message: /^geo\/places\.geojson: is not valid JSON/
	},
	{
		name: 'a file that is not a FeatureCollection',
		file: STORY_FILES.places,
		edit: (j) => {
			j.type = 'GeometryCollection';
			j.geometries = [];
			delete j.features;
		},
		message: /^geo\/places\.geojson: .*(FeatureCollection|geometries)/i
	},
	{
		name: 'an empty FeatureCollection',
		file: STORY_FILES.places,
		edit: (j) => {
			j.features = [];
		},
		message: /^geo\/places\.geojson: is an empty FeatureCollection/
	},
	{
		name: 'a wrong geometry type',
		file: STORY_FILES.places,
		edit: (j) => {
			const m = place(j, 'managua');
			m.geometry = { type: 'LineString', coordinates: [m.geometry.coordinates, [-86, 12]] };
		},
		message:
			/^geo\/places\.geojson: feature 'managua': geometry\.type: is LineString; expected Point$/
	},
	{
		name: 'swapped longitude and latitude',
		file: STORY_FILES.places,
		edit: (j) => {
			place(j, 'managua').geometry.coordinates = [12.1328, -86.2504];
		},
		message:
			/^geo\/places\.geojson: feature 'managua': geometry\.coordinates: \[12\.1328, -86\.2504\] look swapped \(lat, lon\)/
	},
	{
		name: 'a latitude beyond the pole',
		file: STORY_FILES.places,
		edit: (j) => {
			place(j, 'havana').geometry.coordinates = [-182.383, 23.133];
		},
		message:
			/^geo\/places\.geojson: feature 'havana': geometry\.coordinates: \[-182\.383, 23\.133\] is out of range/
	},
	{
		name: 'a place in the middle of the ocean',
		file: STORY_FILES.places,
		edit: (j) => {
			place(j, 'caracas').geometry.coordinates = [-40, 30];
		},
		message:
			/^geo\/places\.geojson: feature 'caracas': geometry\.coordinates: \[-40, 30\] is more than 30 km from any land/
	},
	{
		name: 'a NaN coordinate',
		file: STORY_FILES.places,
		edit: (j) => {
			place(j, 'tehran').geometry.coordinates = ['NaN', 35.6944];
		},
		message:
			/^geo\/places\.geojson: Each element in a position must be a number \(line \d+, column \d+\)/
	},
	{
		name: 'a duplicate id',
		file: STORY_FILES.places,
		edit: (j) => {
			const copy = structuredClone(place(j, 'havana'));
			copy.id = 'managua';
			copy.properties.id = 'managua';
			j.features.push(copy);
		},
		message:
			/^geo\/places\.geojson: feature 'managua': properties\.id: is used by more than one feature$/
	},
	{
		name: 'a top-level id that disagrees with properties.id',
		file: STORY_FILES.places,
		edit: (j) => {
			place(j, 'havana').id = 'habana';
		},
		message:
			/^geo\/places\.geojson: feature 'havana': id: "habana" differs from properties\.id "havana"$/
	},
	{
		name: 'an id that is not a slug',
		file: STORY_FILES.places,
		edit: (j) => {
			const h = place(j, 'havana');
			h.id = 'La Habana';
			h.properties.id = 'La Habana';
		},
		message: /^geo\/places\.geojson: feature 'La Habana': properties\.id: must be a lowercase slug/
	},
	{
		name: 'a misspelt field',
		file: STORY_FILES.places,
		edit: (j) => {
			const p = place(j, 'havana').properties;
			p.pasages = p.passages;
			delete p.passages;
		},
		message:
			/^geo\/places\.geojson: feature 'havana': properties: has unknown field "pasages": check the spelling$/
	},
	{
		name: 'a missing name',
		file: STORY_FILES.places,
		edit: (j) => {
			delete place(j, 'havana').properties.name;
		},
		message: /^geo\/places\.geojson: feature 'havana': properties\.name: is required$/
	},
	{
		name: 'markup in a text field',
		file: STORY_FILES.places,
		edit: (j) => {
			place(j, 'managua').properties.name = '<img src=x onerror=alert(1)>Managua';
		},
		message: /^geo\/places\.geojson: feature 'managua': properties\.name: must be plain text/
	},
	{
		name: 'a passage that is not verbatim in the article',
		file: STORY_FILES.places,
		edit: (j) => {
			place(j, 'managua').properties.passages[0].text = 'Managua opposed "US efforts"';
		},
		message:
			/^geo\/places\.geojson: feature 'managua': properties\.passages\[0\]\.text: is not verbatim in the article/
	},
	{
		name: 'a passage credited to the wrong paragraph',
		file: STORY_FILES.places,
		edit: (j) => {
			const p = place(j, 'managua').properties.passages[0];
			p.paragraph = p.paragraph === 1 ? 2 : 1;
		},
		message:
			/^geo\/places\.geojson: feature 'managua': properties\.passages\[0\]\.text: is in paragraph \d+, not [12]$/
	},
	{
		name: 'an article place with no passage',
		file: STORY_FILES.places,
		edit: (j) => {
			place(j, 'caracas').properties.passages = [];
		},
		message:
			/^geo\/places\.geojson: feature 'caracas': properties\.passages: is empty, but the place is named in the article/
	},
	{
		name: 'a mention the article does not contain',
		file: STORY_FILES.places,
		edit: (j) => {
			place(j, 'havana').properties.mentions.push('La Habana');
		},
		message:
			/^geo\/places\.geojson: feature 'havana': properties\.mentions\[\d+\]: "La Habana" does not occur in the article$/
	},
	{
		name: 'an unknown evidence level',
		file: STORY_FILES.routes,
		edit: (j) => {
			route(j, 'soleimani-2019').properties.evidence = 'rumoured';
		},
		message:
			/^geo\/routes\.geojson: feature 'soleimani-2019': properties\.evidence: must be one of: documented, reported, announced, inferred, disputed$/
	},
	{
		name: 'an impossible date',
		file: STORY_FILES.routes,
		edit: (j) => {
			route(j, 'flotilla-voyage').properties.stops[0].date = '2022-09-31';
		},
		message:
			/^geo\/routes\.geojson: feature 'flotilla-voyage': properties\.stops\[0\]\.date: must be an ISO 8601 date/
	},
	{
		name: 'stops out of date order',
		file: STORY_FILES.routes,
		edit: (j) => {
			const stops = route(j, 'flotilla-voyage').properties.stops;
			stops[stops.length - 1].date = '2021-01-01';
		},
		message:
			/^geo\/routes\.geojson: feature 'flotilla-voyage': properties\.stops\[\d+\]\.date: 2021-01-01 is earlier than the stop before it/
	},
	{
		name: 'a stop naming an unknown place',
		file: STORY_FILES.routes,
		edit: (j) => {
			route(j, 'soleimani-2019').properties.stops[1].place = 'atlantis';
		},
		message:
			/^geo\/routes\.geojson: feature 'soleimani-2019': properties\.stops\[1\]\.place: names place "atlantis", which is not in geo\/places\.geojson$/
	},
	{
		name: 'a stop far off its route',
		file: STORY_FILES.routes,
		edit: (j) => {
			const stops = route(j, 'flotilla-voyage').properties.stops;
			const atSea = stops.find((s: Json) => s.at);
			atSea.at = [atSea.at[0] + 10, atSea.at[1] + 10];
		},
		message:
			/^geo\/routes\.geojson: feature 'flotilla-voyage': properties\.stops\[\d+\]: stop ".*" at .* is \d+ km from the route's line/
	},
	{
		name: 'a line with one point',
		file: STORY_FILES.routes,
		edit: (j) => {
			const g = route(j, 'soleimani-2019').geometry;
			g.coordinates = [g.coordinates[0]];
		},
		message:
			/^geo\/routes\.geojson: Expected to find two or more positions here \(line \d+, column \d+\)$/
	},
	{
		name: 'a source id that does not exist',
		file: STORY_FILES.routes,
		edit: (j) => {
			route(j, 'soleimani-2019').properties.sources.push('nobody-said-so');
		},
		message:
			/^geo\/routes\.geojson: feature 'soleimani-2019': properties\.sources\[\d+\]: names source "nobody-said-so", which is not in geo\/sources\.json$/
	},
	{
		name: 'a javascript: source URL',
		file: STORY_FILES.sources,
		edit: (j) => {
			j.sources[0].url = 'javascript:alert(1)';
		},
		message: /^geo\/sources\.json: sources\[0\]\.url: must be an absolute https:\/\/ URL$/
	},
	{
		name: 'a plain http source URL',
		file: STORY_FILES.sources,
		edit: (j) => {
			j.sources[1].url = 'http://example.com/story';
		},
		message: /^geo\/sources\.json: sources\[1\]\.url: must be an absolute https:\/\/ URL$/
	},
	{
		name: 'a timeline event pointing at a missing route',
		file: STORY_FILES.timeline,
		edit: (j) => {
			j.events[0].feature = { kind: 'route', id: 'ghost-ship' };
		},
		message:
			/^geo\/timeline\.json: feature '.*': events\[0\]\.feature: names route "ghost-ship", which does not exist$/
	},
	{
		name: 'a timeline event at a stop its route does not make',
		file: STORY_FILES.timeline,
		edit: (j) => {
			j.events[0].feature = { kind: 'route', id: 'flotilla-voyage' };
			j.events[0].at = 'havana';
		},
		message:
			/^geo\/timeline\.json: feature '.*': events\[0\]\.at: names stop "havana", which route "flotilla-voyage" does not stop at$/
	},
	{
		name: 'a timeline event at a stop of a place',
		file: STORY_FILES.timeline,
		edit: (j) => {
			j.events[0].feature = { kind: 'place', id: 'tehran' };
			j.events[0].at = 'cape-town';
		},
		message:
			/^geo\/timeline\.json: feature '.*': events\[0\]\.at: names stop "cape-town", but the event's feature is not a route$/
	},
	{
		name: 'a timeline event that names no source',
		file: STORY_FILES.timeline,
		edit: (j) => {
			j.events[1].sources = [];
		},
		message:
			/^geo\/timeline\.json: events\[1\]\.sources: names no source: where none is named, cite a sources\.json entry that says so$/
	}
];

function problemsFor(bad: BadInput): string[] {
	const original = good[bad.file] as string;
	let text: string;
	if (bad.text) text = bad.text(original);
	else {
		const json = JSON.parse(original);
		bad.edit(json);
		text = JSON.stringify(json, null, '\t');
	}
	try {
		validateStory({ ...good, [bad.file]: text }, land);
	} catch (e) {
		if (e instanceof StoryDataError) return e.problems.map(formatProblem);
		throw e;
	}
	return [];
}

describe('the bad-input corpus', () => {
	it('starts from data that passes', () => {
		expect(() => validateStory(good, land)).not.toThrow();
	});

	it.each(corpus.map((c) => [c.name, c] as const))(
		'rejects %s with its own message',
		(_name, bad) => {
			const problems = problemsFor(bad);
			expect(problems.length, 'the mistake was not caught').toBeGreaterThan(0);
			expect(
				problems.some((p) => bad.message.test(p)),
				problems.join('\n')
			).toBe(true);
		}
	);

	it('has at least 15 distinct mistakes, each said differently', () => {
		expect(corpus.length).toBeGreaterThanOrEqual(15);
		const firstMessages = corpus.map((c) => problemsFor(c).find((p) => c.message.test(p)));
		expect(new Set(firstMessages).size).toBe(corpus.length);
	});
});
