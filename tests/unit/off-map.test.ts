import { describe, expect, it } from 'vitest';
import { offMapIds, type OffMapInput } from '../../src/lib/story/off-map';
import { featureDates } from '../../src/lib/story/period';
import { stopPlacesByRoute } from '../../src/lib/story/named-places';
import { getStory } from '../../src/lib/story/story.server';
import { summaries, type FeatureRef } from '../../src/lib/story/views';

const story = getStory();
const base: OffMapInput = {
	features: summaries(story),
	dates: featureDates(story),
	stopPlaces: stopPlacesByRoute(story),
	hiddenLayers: [],
	period: { from: null, to: null },
	selected: null
};
const off = (change: Partial<OffMapInput>) => new Set(offMapIds({ ...base, ...change }));
const route = (id: string): FeatureRef => ({ kind: 'route', id });
const place = (id: string): FeatureRef => ({ kind: 'place', id });

describe('what the map leaves off', () => {
	it('leaves nothing off with no layer switched off and no period', () => {
		expect(off({}).size).toBe(0);
	});

	it('hides a switched-off layer, the selection on it too', () => {
		const hidden = off({ hiddenLayers: ['places'], selected: place('managua') });
		expect(hidden.has('managua')).toBe(true);
		expect(hidden.has('flotilla-voyage')).toBe(false);
	});

	it('keeps the selected route’s stops when the period leaves them out', () => {
		const period = { from: '2019', to: '2019' };
		expect(off({ period }).has('nouakchott')).toBe(true);
		const hidden = off({ period, selected: route('foreign-minister-tour') });
		for (const id of ['foreign-minister-tour', 'tehran', 'nouakchott', 'managua', 'havana']) {
			expect(hidden.has(id), id).toBe(false);
		}
	});

	it('keeps both ends of a route the period draws, so no line ends at nothing', () => {
		// March 2023: the Panama claim (Feb to Mar) is drawn; the canal itself is dated February.
		const hidden = off({ period: { from: '2023-03', to: '2023-03' } });
		expect(hidden.has('flotilla-panama-claim')).toBe(false);
		expect(hidden.has('panama-canal')).toBe(false);
		// The flotilla is drawn too, its ends at Bandar Abbas; Mumbai, called at in 2022, is not.
		expect(hidden.has('bandar-abbas')).toBe(false);
		expect(hidden.has('mumbai')).toBe(true);
		expect(hidden.has('soleimani-2019')).toBe(true);
	});
});
