import { describe, expect, it } from 'vitest';
import {
	dateBounds,
	featureDates,
	featureInPeriod,
	inPeriod,
	type Period
} from '../../src/lib/story/period';
import { getStory } from '../../src/lib/story/story.server';

const period = (from: string | null, to: string | null): Period => ({ from, to });

describe('dates in a period', () => {
	it.each([
		['2023-02', '2023-02-01', '2023-02-28'],
		['2024-02', '2024-02-01', '2024-02-29'],
		['1979', '1979-01-01', '1979-12-31'],
		['2023-02-26', '2023-02-26', '2023-02-26'],
		['2019-03/2019-04', '2019-03-01', '2019-04-30'],
		['2022-09-20/2023-05', '2022-09-20', '2023-05-31']
	])('%s covers %s to %s', (iso, start, end) => {
		expect(dateBounds(iso)).toEqual({ start, end });
	});

	it.each([
		['2023-02-26', period(null, null), true],
		['2023-02-26', period('2023-02', null), true],
		['2023-01-31', period('2023-02', null), false],
		['2023-02', period('2023-02-28', '2023-02-28'), true],
		['2023-02', period(null, '2023-01-31'), false],
		['2023-02', period('2023-03', null), false],
		['1979-07', period('1979', '1979'), true],
		['1980', period('1979', '1979'), false],
		['2022-09-20/2023-05-20', period('2023-04', '2023-04'), true],
		['2022-09-20/2023-05-20', period('2023-05-21', null), false],
		['2019-03/2019-04', period('2019-04-30', '2019-04-30'), true],
		['2019-03/2019-04', period('2019-05', '2020'), false],
		['2023-04-10', period('2023-05', '2023-04'), true],
		['2023-04-10', period('2023-13', 'nonsense'), true],
		['not a date', period('2023', '2023'), true]
	])('%s in %j: %s', (dates, p, expected) => {
		expect(inPeriod(dates, p)).toBe(expected);
	});
});

describe('the story’s features in time', () => {
	const story = getStory();
	const dates = featureDates(story);
	const of = (kind: string, id: string) =>
		dates.find((d) => d.kind === kind && d.id === id)?.dates ?? [];

	it('dates every place and route', () => {
		expect(dates).toHaveLength(story.places.length + story.routes.length);
		for (const r of story.routes) expect(of('route', r.id)).toEqual([r.properties.dates]);
	});

	it('keeps a place’s separate visits apart', () => {
		const caracas = of('place', 'caracas');
		expect(caracas).toEqual(expect.arrayContaining(['2019-03/2019-04', '2023-02-02/2023-02-03']));
		expect(featureInPeriod(caracas, period('2021', '2021'))).toBe(false);
		expect(featureInPeriod(caracas, period('2019', '2019'))).toBe(true);
		expect(caracas).toEqual(
			[...caracas].sort((a, b) => dateBounds(a).start.localeCompare(dateBounds(b).start))
		);
	});

	it('dates an undated stop between the dated stops either side, and timeline events their place', () => {
		// Mumbai: after Bandar Abbas (20 Sep 2022), before Jakarta (9 Nov 2022), where the player
		// puts it; not the whole voyage, which ran to May 2023.
		expect(of('place', 'mumbai')).toEqual(['2022-09-20/2022-11-09']);
		expect(featureInPeriod(of('place', 'mumbai'), period('2023-03', '2023-03'))).toBe(false);
		expect(featureInPeriod(of('place', 'mumbai'), period('2022-10', '2022-10'))).toBe(true);
		expect(of('place', 'tehran')).toContain('1979-02');
	});

	it('always shows what nothing dates', () => {
		expect(featureInPeriod([], period('2023', '2023'))).toBe(true);
		expect(featureInPeriod(['1979'], period(null, null))).toBe(true);
	});
});
