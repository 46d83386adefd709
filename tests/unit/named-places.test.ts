import { describe, expect, it } from 'vitest';
import { namedPlaces, stopPlacesByRoute } from '../../src/lib/story/named-places';
import { getStory } from '../../src/lib/story/story.server';

const stopPlaces = stopPlacesByRoute(getStory());

describe('the places a selection names on the map', () => {
	it('are none without a selection', () => {
		expect(namedPlaces(null, stopPlaces)).toEqual([]);
	});

	it('are a selected place itself', () => {
		expect(namedPlaces({ kind: 'place', id: 'cape-town' }, stopPlaces)).toEqual(['cape-town']);
	});

	it('are the places a selected route stops at, not its points at sea', () => {
		const named = namedPlaces({ kind: 'route', id: 'flotilla-voyage' }, stopPlaces);
		expect(named).toEqual(
			expect.arrayContaining(['bandar-abbas', 'mumbai', 'jakarta', 'rio-de-janeiro', 'cape-town'])
		);
		// The voyage also passes named points at sea (the Strait of Malacca): no place of the map.
		expect(named).not.toContain('strait-of-malacca');
		expect(named.every((id) => getStory().places.some((p) => p.id === id))).toBe(true);
	});

	it('are none for a route the story does not have', () => {
		expect(namedPlaces({ kind: 'route', id: 'no-such-route' }, stopPlaces)).toEqual([]);
	});
});
