import { isIsoDate, isIsoDateOrRange } from './vocab.ts';
import type { Story } from './types.ts';
import type { FeatureRef } from './views.ts';

/** A period as the URL carries it (`?from=&to=`): ISO dates at year, month or day precision. */
export interface Period {
	from: string | null;
	to: string | null;
}

export interface DateBounds {
	/** First day covered, YYYY-MM-DD. */
	start: string;
	/** Last day covered, YYYY-MM-DD. */
	end: string;
}

function pad(n: number, width = 2): string {
	return String(n).padStart(width, '0');
}

function firstDay(iso: string): string {
	const [y, m = '01', d = '01'] = iso.split('-');
	return `${y}-${m}-${d}`;
}

function lastDay(iso: string): string {
	const [y, m, d] = iso.split('-');
	if (d) return iso;
	if (!m) return `${y}-12-31`;
	const days = new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate();
	return `${y}-${m}-${pad(days)}`;
}

/**
 * The days an ISO date or range covers: a partial date covers all of it, so "2023-02" runs
 * from 2023-02-01 to 2023-02-28 and "2019-03/2019-04" from 2019-03-01 to 2019-04-30.
 */
export function dateBounds(dates: string): DateBounds {
	const [start, end = start] = dates.split('/');
	return { start: firstDay(start), end: lastDay(end) };
}

/**
 * Orders ISO dates or ranges by first day, then last day. YYYY-MM-DD strings sort by code unit;
 * `localeCompare` would give the same order but starts the browser's collator, which costs tens
 * of milliseconds on a first call.
 */
export function compareDates(a: string, b: string): number {
	const [x, y] = [dateBounds(a), dateBounds(b)];
	if (x.start !== y.start) return x.start < y.start ? -1 : 1;
	if (x.end !== y.end) return x.end < y.end ? -1 : 1;
	return 0;
}

/**
 * Whether a date or range overlaps a period. Each end of the period is itself a whole day,
 * month or year ("from 2023-02 to 2023-03" is 1 February to 31 March); a missing end is open,
 * an end that is not an ISO date is ignored, and ends given the wrong way round are swapped.
 * A value that is not an ISO date or range cannot be placed in time and counts as inside.
 */
export function inPeriod(dates: string, period: Period): boolean {
	if (!isIsoDateOrRange(dates)) return true;
	const iso = (end: string | null) => (end !== null && isIsoDate(end) ? end : null);
	const ordered = periodInOrder({ from: iso(period.from), to: iso(period.to) });
	const from = ordered.from ? dateBounds(ordered.from) : null;
	const to = ordered.to ? dateBounds(ordered.to) : null;
	const { start, end } = dateBounds(dates);
	if (from && end < from.start) return false;
	if (to && start > to.end) return false;
	return true;
}

/** The period with its ends the right way round: a "from" after its "to" is swapped with it. */
export function periodInOrder(period: Period): Period {
	const { from, to } = period;
	if (from && to && dateBounds(from).start > dateBounds(to).end) return { from: to, to: from };
	return period;
}

/** Whether a period sets any bound at all. */
export function hasPeriod(period: Period): boolean {
	return period.from !== null || period.to !== null;
}

export interface FeatureDates extends FeatureRef {
	/** ISO dates or ranges, earliest first; empty when nothing dates the feature. */
	dates: string[];
}

/**
 * Each stop's dates: its own, or for a stop the sources do not date (Mumbai), the days it can
 * have been on: no earlier than any stop before it began, no later than any stop after it ended,
 * within the route's own dates. The voyage player's estimate for such a stop falls within them.
 */
function stopDates(route: Story['routes'][number]): string[] {
	const { stops, dates } = route.properties;
	const bounds = stops.map((s) => (s.date ? dateBounds(s.date) : null));
	const span = dateBounds(dates);
	return stops.map((stop, i) => {
		if (stop.date) return stop.date;
		const before = bounds.slice(0, i).flatMap((b) => (b ? [b.start] : []));
		const after = bounds.slice(i + 1).flatMap((b) => (b ? [b.end] : []));
		const start = [span.start, ...before].sort().at(-1)!;
		const end = [span.end, ...after].sort()[0];
		return start <= end ? `${start}/${end}` : dates;
	});
}

/**
 * When each place and route is in the story, for the period filter:
 * - a route: its `properties.dates`;
 * - a place: the dates of the route stops made there (a stop with no date of its own lies
 *   between the dated stops either side of it, or its route's ends: see `stopDates`), of its
 *   context facts, and of the timeline events that select it. The dates stay
 *   separate ranges, not one span, so Caracas (2019, 2020, 2023) is not shown for 2021.
 * A place with no dates at all is on no route and has no dated fact: it counts as always
 * visible (see `featureInPeriod`).
 */
export function featureDates(story: Story): FeatureDates[] {
	const sorted = (dates: (string | undefined)[]) =>
		[...new Set(dates.filter((d): d is string => d !== undefined))].sort(compareDates);
	const places = story.places.map((p): FeatureDates => ({
		kind: 'place',
		id: p.id,
		dates: sorted([
			...story.routes.flatMap((r) =>
				stopDates(r).filter((_, i) => r.properties.stops[i].place === p.id)
			),
			...p.properties.context.map((c) => c.date),
			...story.timeline
				.filter((e) => e.feature?.kind === 'place' && e.feature.id === p.id)
				.map((e) => e.date)
		])
	}));
	const routes = story.routes.map((r): FeatureDates => ({
		kind: 'route',
		id: r.id,
		dates: [r.properties.dates]
	}));
	return [...places, ...routes];
}

/** Whether a feature shows in a period: any of its dates overlaps it; undated ones always do. */
export function featureInPeriod(dates: string[], period: Period): boolean {
	if (!hasPeriod(period) || dates.length === 0) return true;
	return dates.some((d) => inPeriod(d, period));
}
