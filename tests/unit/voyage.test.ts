import { describe, expect, it } from 'vitest';
import { getStory } from '../../src/lib/story/story.server';
import { routeView } from '../../src/lib/story/views';
import {
	buildVoyage,
	dayNumber,
	dayOfMoment,
	isoDay,
	momentOf,
	nauticalMiles,
	positionAt,
	stopDay
} from '../../src/lib/voyage/voyage';
import { TRAVEL_WORDS } from '../../src/lib/voyage/travel-words';

const story = getStory();
const voyage = buildVoyage(routeView(story, 'flotilla-voyage')!)!;
const stop = (id: string) => voyage.stops.find((s) => s.id === id)!;

describe('the flotilla’s voyage in time', () => {
	it('runs from departure on 20 Sep 2022 to the return on 20 May 2023', () => {
		expect(isoDay(voyage.start)).toBe('2022-09-20');
		expect(isoDay(voyage.end)).toBe('2023-05-20');
		expect(nauticalMiles(voyage.totalKm)).toBeGreaterThan(25_000);
	});

	it('places stops in order along the line, the return at the very end', () => {
		const kms = voyage.stops.map((s) => s.km);
		expect([...kms].sort((a, b) => a - b)).toEqual(kms);
		expect(stop('bandar-abbas-return').km).toBeCloseTo(voyage.totalKm, 0);
	});

	it('is at Rio de Janeiro from 26 Feb to 4 Mar 2023, with the sourced dates', () => {
		for (const date of ['2023-02-26', '2023-03-01', '2023-03-04']) {
			const at = positionAt(voyage, dayNumber(date));
			expect(at.atStop?.id).toBe('rio-de-janeiro');
			expect(at.estimated).toBe(false);
		}
		const rio = positionAt(voyage, dayNumber('2023-02-26')).point;
		expect(rio[0]).toBeCloseTo(-43.18, 0);
		expect(rio[1]).toBeCloseTo(-22.9, 0);
	});

	it('marks undated stops and positions between stops as estimates', () => {
		expect(stop('mumbai').estimated).toBe(true);
		expect(stop('jakarta').estimated).toBe(false);
		expect(stop('mumbai').arrive).toBeGreaterThan(voyage.start);
		expect(stop('mumbai').arrive).toBeLessThan(stop('jakarta').arrive);
		const between = positionAt(voyage, dayNumber('2023-03-15'));
		expect(between.atStop).toBeNull();
		expect(between.previous.id).toBe('rio-de-janeiro');
		expect(between.next.id).toBe('cape-town');
		expect(between.estimated).toBe(true);
	});

	it('moves forward as days pass, never backwards', () => {
		let last = -1;
		for (let day = voyage.start; day <= voyage.end; day += 0.5) {
			const { km } = positionAt(voyage, day);
			expect(km).toBeGreaterThanOrEqual(last - 1e-6);
			last = km;
		}
	});

	it('crosses the Pacific without a jump', () => {
		const before = positionAt(voyage, dayNumber('2022-12-10'));
		const after = positionAt(voyage, dayNumber('2022-12-11'));
		const dLon = Math.abs(((after.point[0] - before.point[0] + 540) % 360) - 180);
		expect(dLon).toBeLessThan(10);
	});

	it('reads and writes the moment in the URL', () => {
		expect(dayOfMoment(voyage, 'rio-de-janeiro')).toBe(dayNumber('2023-02-26'));
		expect(dayOfMoment(voyage, '2023-01-01')).toBe(dayNumber('2023-01-01'));
		expect(dayOfMoment(voyage, '1999-01-01')).toBe(voyage.start);
		expect(dayOfMoment(voyage, 'atlantis')).toBeNull();
		expect(dayOfMoment(voyage, '2023-02-30')).toBeNull();
		expect(dayOfMoment(voyage, '2022-11-31')).toBeNull();
		expect(dayOfMoment(voyage, null)).toBeNull();
		expect(momentOf(voyage, dayNumber('2023-02-26'))).toBe('rio-de-janeiro');
		expect(momentOf(voyage, dayNumber('2023-01-10'))).toBe('2023-01-10');
	});

	it('jumps stop to stop', () => {
		const rio = stop('rio-de-janeiro').arrive;
		expect(stopDay(voyage, rio, 1)).toBe(stop('cape-town').arrive);
		expect(stopDay(voyage, rio, -1)).toBe(stop('tip-of-south-america').arrive);
		expect(stopDay(voyage, voyage.end, 1)).toBe(voyage.end);
	});

	it('plays the foreign minister’s tour too', () => {
		const tour = buildVoyage(routeView(story, 'foreign-minister-tour')!)!;
		expect(tour.stops.map((s) => s.id)).toEqual([
			'tehran',
			'nouakchott',
			'managua',
			'caracas',
			'havana'
		]);
		expect(positionAt(tour, dayNumber('2023-02-01')).atStop?.id).toBe('managua');
	});

	it('reaches every stop of every playable route, in order, by its own link', () => {
		const voyages = getStory()
			.routes.map((r) => buildVoyage(routeView(story, r.id)!))
			.filter((v) => v !== null);
		expect(voyages.map((v) => v.routeId)).toEqual(['foreign-minister-tour', 'flotilla-voyage']);
		for (const v of voyages) {
			const visited = [positionAt(v, v.start).atStop?.id];
			for (let day = v.start; day < v.end;) {
				day = stopDay(v, day, 1);
				visited.push(positionAt(v, day).atStop?.id);
			}
			expect(visited, v.routeId).toEqual(v.stops.map((s) => s.id));
			for (const s of v.stops) {
				const day = dayOfMoment(v, s.id)!;
				expect(positionAt(v, day).atStop?.id, `${v.routeId} ${s.id}`).toBe(s.id);
				expect(momentOf(v, day)).toBe(s.id);
			}
		}
	});

	it('gives stops on one day their own moments in it, on that day', () => {
		const tour = buildVoyage(routeView(story, 'foreign-minister-tour')!)!;
		const at = (id: string) => tour.stops.find((s) => s.id === id)!;
		// Tehran and Nouakchott on 31 Jan; Caracas on 2 Feb, the day the minister left Managua.
		expect(isoDay(at('nouakchott').arrive)).toBe('2023-01-31');
		expect(at('nouakchott').arrive).toBeGreaterThan(at('tehran').depart);
		expect(isoDay(at('caracas').arrive)).toBe('2023-02-02');
		expect(at('caracas').arrive).toBeGreaterThan(at('managua').depart);
		expect(isoDay(at('caracas').depart)).toBe('2023-02-03');
	});
});

describe('the sailed part of the line', () => {
	it('ends at the ship, continuous with the line even past the antimeridian', async () => {
		const { sailedParts } = await import('../../src/lib/voyage/sailed');
		for (const date of ['2022-10-15', '2022-12-20', '2023-02-01', '2023-04-20']) {
			const at = positionAt(voyage, dayNumber(date));
			const { passed, leg } = sailedParts(voyage, at.km, at.point);
			expect(voyage.vertexKm[passed]).toBeLessThanOrEqual(at.km + 1e-6);
			expect(leg[0]).toEqual(voyage.line[passed]);
			expect(Math.abs(leg[1][0] - leg[0][0])).toBeLessThan(60);
		}
	});
});

describe('the player’s words for each journey it plays', () => {
	const playable = story.routes.flatMap((r) => {
		const played = buildVoyage(routeView(story, r.id)!);
		return played ? [{ id: r.id, mode: played.mode, voyage: played }] : [];
	});
	/** All the player says of a journey between two stops and of the distance covered. */
	const said = (id: string) => {
		const { mode, voyage: v } = playable.find((p) => p.id === id)!;
		const words = TRAVEL_WORDS[mode];
		const covered = words.covered(v.totalKm);
		return [
			words.player,
			words.journey,
			words.between(v.stops[0].name, v.stops[1].name),
			covered.short,
			covered.spoken
		].join(' | ');
	};

	it('include a flight and a sea voyage, and nothing that was only announced', () => {
		expect(new Set(playable.map((p) => p.mode))).toEqual(new Set(['sea', 'flight']));
		// The shipping link was announced, not sailed; the flotilla never went on to Panama.
		for (const id of ['iran-brazil-shipping', 'flotilla-panama-claim']) {
			expect(routeView(story, id), id).not.toBeNull();
			expect(buildVoyage(routeView(story, id)!), id).toBeNull();
		}
	});

	it('has the flotilla at sea, its distance in nautical miles sailed', () => {
		expect(said('flotilla-voyage')).toMatch(/at sea between .*nmi sailed.*nautical miles sailed/);
	});

	it('never has the foreign minister at sea or sailing: his flights are in km flown', () => {
		const tour = said('foreign-minister-tour');
		expect(tour).not.toMatch(/sea|sail|nmi|nautical|voyage/i);
		expect(tour).toMatch(/km flown.*kilometres flown/);
	});
});
