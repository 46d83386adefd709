import { describe, expect, it } from 'vitest';
import { formatDate, formatPeriod } from '../../src/lib/format/dates';
import { isIsoDateOrRange } from '../../src/lib/story/schema';

describe('dates as readers see them', () => {
	it.each([
		['2023-02-26', '26 Feb 2023'],
		['2023-02', 'Feb 2023'],
		['1979', '1979'],
		['2023-02-01/2023-02-02', '1–2 Feb 2023'],
		['2023-02-26/2023-03-04', '26 Feb – 4 Mar 2023'],
		['2019-03/2019-04', 'Mar – Apr 2019'],
		['2022-09-20/2023-05-20', '20 Sep 2022 – 20 May 2023']
	])('%s reads as %s', (iso, text) => {
		expect(formatDate(iso)).toBe(text);
	});

	it.each(['2023-02-26', '2023-02', '2023', '2023-02-26/2023-03-04', '2020-02-29'])(
		'accepts %s',
		(d) => expect(isIsoDateOrRange(d)).toBe(true)
	);

	it.each([
		'2023-02-30',
		'2023-13',
		'26 Feb 2023',
		'2023/02/26',
		'2023-03-04/2023-02-26',
		'2021-02-29',
		''
	])('rejects %s', (d) => expect(isIsoDateOrRange(d)).toBe(false));
});

describe('a period as the timeline says it', () => {
	it('names a single year or month once', () => {
		expect(formatPeriod('2021', '2021')).toBe('2021');
		expect(formatPeriod('2023-02', '2023-02')).toBe('Feb 2023');
	});

	it('says where a bare year ends when the start is in that year', () => {
		expect(formatPeriod('2023-01', '2023')).toBe('from Jan 2023 to the end of 2023');
		expect(formatPeriod('2021', '2023')).toBe('from 2021 to 2023');
		expect(formatPeriod('2019-03', '2023-04')).toBe('from Mar 2019 to Apr 2023');
	});

	it('has one side, or none', () => {
		expect(formatPeriod('2019', null)).toBe('from 2019');
		expect(formatPeriod(null, '2023-03')).toBe('to Mar 2023');
		expect(formatPeriod(null, null)).toBeNull();
	});
});
