import { describe, expect, it } from 'vitest';
import {
	embedAddress,
	formatSearch,
	parseStoryUrl,
	storySearch,
	type KnownIds
} from '../../src/lib/url/story-url';

const known: KnownIds = {
	places: new Set(['managua', 'havana']),
	routes: new Set(['flotilla-voyage', 'fuel-tankers-2020']),
	stops: new Map([['flotilla-voyage', new Set(['rio-de-janeiro', 'jakarta'])]])
};
const parse = (href: string, base = '') =>
	parseStoryUrl(new URL(href, 'https://example.org'), known, base);

describe('the URL scheme', () => {
	it('reads a selection, a moment, layers, a period and a view', () => {
		const state = parse(
			'/route/flotilla-voyage?at=rio-de-janeiro&hide=fuel-tankers-2020,places&from=2023-02&to=2023-04#4/-22.9/-43.2'
		);
		expect(state).toEqual({
			selection: { kind: 'route', id: 'flotilla-voyage' },
			at: 'rio-de-janeiro',
			hidden: ['fuel-tankers-2020', 'places'],
			period: { from: '2023-02', to: '2023-04' },
			embed: false,
			view: { zoom: 4, center: [-43.2, -22.9], bearing: 0, pitch: 0 }
		});
	});

	it('round-trips through the serializer', () => {
		const state = parse('/route/flotilla-voyage?at=2023-01-10&hide=places&from=2022&embed');
		const again = parse(`/route/flotilla-voyage${storySearch(state)}`);
		expect(again).toEqual(state);
		expect(storySearch(state)).toBe('?at=2023-01-10&hide=places&from=2022&embed');
	});

	it('reads and writes a period the wrong way round in order', () => {
		expect(parse('/?from=2023-03&to=2019').period).toEqual({ from: '2019', to: '2023-03' });
		const state = { ...parse('/'), period: { from: '2023', to: '2019-05' } };
		expect(storySearch(state)).toBe('?from=2019-05&to=2023');
		// Ends that overlap are not the wrong way round: 2023 starts before March 2023 ends.
		expect(storySearch({ ...state, period: { from: '2023', to: '2023-03' } })).toBe(
			'?from=2023&to=2023-03'
		);
	});

	it('writes nothing for the default state', () => {
		expect(storySearch(parse('/'))).toBe('');
	});

	it('honours a base path', () => {
		expect(parse('/story/place/havana', '/story').selection).toEqual({
			kind: 'place',
			id: 'havana'
		});
	});

	it.each([
		['/place/atlantis', 'unknown id'],
		['/place/<script>alert(1)</script>', 'markup in the path'],
		['/place/MANAGUA', 'not a slug'],
		['/thing/managua', 'unknown kind']
	])('selects nothing for %s (%s)', (path) => {
		expect(parse(path).selection).toBeNull();
	});

	it('drops hostile or malformed query values', () => {
		const state = parse(
			'/route/flotilla-voyage?at=%3Csvg%20onload%3Dalert(1)%3E&hide=<img>,places&from=javascript:alert(1)&to=2023-02-31'
		);
		expect(state.at).toBeNull();
		expect(state.hidden).toEqual(['places']);
		expect(state.period).toEqual({ from: null, to: null });
		expect(parse(`/?hide=${'places,'.repeat(1000)}`).hidden).toEqual([]);
	});

	it('keeps the moment only on a route, and only a stop of that route or a real date', () => {
		expect(parse('/place/managua?at=jakarta').at).toBeNull();
		expect(parse('/route/fuel-tankers-2020?at=jakarta').at).toBeNull();
		expect(parse('/route/flotilla-voyage?at=jakarta').at).toBe('jakarta');
		// A route the player does not play has no moments, not even a date.
		expect(parse('/route/fuel-tankers-2020?at=2020-05-01').at).toBeNull();
	});

	it('puts a period given backwards the right way round, by whole months and years', () => {
		expect(parse('/?from=2023-05&to=2022').period).toEqual({ from: '2022', to: '2023-05' });
		expect(parse('/?from=2023-05&to=2023').period).toEqual({ from: '2023-05', to: '2023' });
	});
});

describe('the search part the app writes', () => {
	it('keeps commas readable and `embed` a bare flag, wherever it falls', () => {
		expect(formatSearch(new URLSearchParams('hide=a,b&embed='))).toBe('?hide=a,b&embed');
		expect(formatSearch(new URLSearchParams('embed=&at=x'))).toBe('?embed&at=x');
		expect(formatSearch(new URLSearchParams('embed=1'))).toBe('?embed=1');
		expect(formatSearch(new URLSearchParams('notembed='))).toBe('?notembed=');
		expect(formatSearch(new URLSearchParams())).toBe('');
	});
});

describe('an address with or without the embed flag', () => {
	it('sets or takes away only the flag, keeping the rest as written', () => {
		const url = new URL('https://x.example/route/r?at=a&hide=p,q#4/1/2');
		expect(embedAddress(url, true)).toBe('/route/r?at=a&hide=p,q&embed#4/1/2');
		const embedded = new URL('https://x.example/place/p?embed&from=2023');
		expect(embedAddress(embedded, false)).toBe('/place/p?from=2023');
	});
});
