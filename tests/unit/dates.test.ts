import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/lib/format/dates';
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
