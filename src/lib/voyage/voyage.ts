import {
	along,
	bearing,
	distance,
	length,
	lineSliceAlong,
	lineString,
	nearestPointOnLine
} from '@turf/turf';
import type { Position } from 'geojson';
import { wrapLongitude } from '../geo/antimeridian.ts';
import type { RouteView, StopView } from '../story/views.ts';
import { isIsoDate } from '../story/vocab.ts';
import type { RouteMode } from '../story/schema.ts';

/**
 * A route as a voyage in time: where the ship is on any day, how far it has sailed, and which
 * stop it is at. Only stops with a day-precise date anchor the clock; between anchors the ship is
 * taken to move at a steady speed, and every date read off that is marked as an estimate.
 */

export const KM_PER_NAUTICAL_MILE = 1.852;
const DAY_MS = 86_400_000;

export interface VoyageStop {
	id: string;
	name: string;
	index: number;
	/** Distance along the route, km. */
	km: number;
	/**
	 * Day number (days since 1970-01-01, UTC) of arrival and departure; a fraction of a day
	 * orders stops that share one.
	 */
	arrive: number;
	depart: number;
	/** True when the sources give no day for this stop and the day is ours, by distance. */
	estimated: boolean;
	stop: StopView;
}

export interface Voyage {
	routeId: string;
	/** How it was travelled, for the player's words. */
	mode: PlayedMode;
	/** The drawn line, continuous across the antimeridian. */
	line: Position[];
	/** Distance along the line at each of its vertices, km. */
	vertexKm: number[];
	totalKm: number;
	start: number;
	end: number;
	stops: VoyageStop[];
}

export interface VoyagePosition {
	day: number;
	km: number;
	point: Position;
	/** Heading in degrees clockwise from north. */
	heading: number;
	/** The stop the ship is at, if any. */
	atStop: VoyageStop | null;
	/** The last stop reached and the next one ahead (equal while at a stop). */
	previous: VoyageStop;
	next: VoyageStop;
	/** True unless the ship is at a stop the sources date: positions between stops are ours. */
	estimated: boolean;
}

const DAY_PRECISE = /^\d{4}-\d{2}-\d{2}$/;

export function dayNumber(iso: string): number {
	return Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
}

export function isoDay(day: number): string {
	return new Date(Math.floor(day) * DAY_MS).toISOString().slice(0, 10);
}

function sourcedDays(date: string | undefined): [number, number] | null {
	if (!date) return null;
	const [start, end = start] = date.split('/');
	if (!DAY_PRECISE.test(start) || !DAY_PRECISE.test(end)) return null;
	return [dayNumber(start), dayNumber(end)];
}

function alongKm(line: Position[], afterKm: number, point: Position): number {
	const total = length(lineString(line));
	if (afterKm >= total) return total;
	const rest =
		afterKm > 0
			? lineSliceAlong(lineString(line), afterKm, total).geometry
			: lineString(line).geometry;
	const nearest = nearestPointOnLine(rest, point, { units: 'kilometers' });
	return afterKm + (nearest.properties.location ?? 0);
}

/** A journey someone made: an announced link between two countries is none. */
export type PlayedMode = Exclude<RouteMode, 'link'>;

/**
 * The voyage of a route drawn as one line with ordered stops; null if it cannot be played. An
 * announced route, or a link, was never travelled: a ship moving along it would show a journey
 * that did not happen, dated by the day it was announced.
 */
export function buildVoyage(route: RouteView): Voyage | null {
	const { mode } = route;
	if (mode === 'link' || route.evidence === 'announced') return null;
	if (route.lines.length !== 1 || route.stops.length < 2) return null;
	const line = route.lines[0];
	const vertexKm = [0];
	for (let i = 1; i < line.length; i++) {
		vertexKm.push(vertexKm[i - 1] + distance(line[i - 1], line[i], { units: 'kilometers' }));
	}
	const totalKm = vertexKm[vertexKm.length - 1];
	let previousKm = 0;
	const placed = route.stops.map((stop, index) => {
		const km = index === 0 ? 0 : alongKm(line, previousKm, stop.coordinates);
		previousKm = km;
		return { stop, index, km, days: sourcedDays(stop.date) };
	});
	const anchors = placed.filter((p) => p.days !== null);
	if (anchors.length < 2) return null;

	const stops: VoyageStop[] = placed.map((p) => {
		if (p.days) {
			return { ...base(p), arrive: p.days[0], depart: p.days[1], estimated: false };
		}
		const before = [...anchors].reverse().find((a) => a.index < p.index) ?? anchors[0];
		const after = anchors.find((a) => a.index > p.index) ?? anchors[anchors.length - 1];
		const from = (before.days as [number, number])[1];
		const to = (after.days as [number, number])[0];
		const span = after.km - before.km;
		const t = span > 0 ? (p.km - before.km) / span : 0;
		const day = Math.round(from + t * (to - from));
		return { ...base(p), arrive: day, depart: day, estimated: true };
	});
	spreadSharedDays(stops);
	return {
		routeId: route.id,
		mode,
		line,
		vertexKm,
		totalKm,
		start: stops[0].depart,
		end: stops[stops.length - 1].arrive,
		stops
	};

	function base(p: (typeof placed)[number]) {
		return { id: p.stop.id, name: p.stop.name, index: p.index, km: p.km, stop: p.stop };
	}
}

/**
 * Stops the sources put on the day the one before them leaves (the minister left Tehran and
 * reached Nouakchott on 31 Jan) each get their own moment in that day, a quarter-day apart (the
 * short voyages' slider step), so each can be stepped to, shown and linked.
 */
function spreadSharedDays(stops: VoyageStop[]) {
	for (let i = 1; i < stops.length; i++) {
		const day = stops[i - 1].depart;
		let end = i;
		while (end < stops.length && stops[end].arrive <= day) end++;
		const share = Math.min(0.25, 1 / (end - i + 1));
		for (let k = i; k < end; k++) {
			const at = day + (k - i + 1) * share;
			stops[k].arrive = at;
			stops[k].depart = Math.max(stops[k].depart, at);
		}
		i = Math.max(i, end - 1);
	}
}

function clampDay(voyage: Voyage, day: number): number {
	return Math.min(voyage.end, Math.max(voyage.start, day));
}

/** Where the ship is on a day (fractional days move it between stops). */
export function positionAt(voyage: Voyage, rawDay: number): VoyagePosition {
	const day = clampDay(voyage, rawDay);
	const { stops } = voyage;
	let previous = stops[0];
	let next = stops[stops.length - 1];
	let km = next.km;
	let atStop: VoyageStop | null = null;
	for (let i = 0; i < stops.length; i++) {
		const s = stops[i];
		if (day >= s.arrive && day <= s.depart) {
			atStop = s;
			previous = next = s;
			km = s.km;
			break;
		}
		if (day > s.depart && i + 1 < stops.length && day < stops[i + 1].arrive) {
			previous = s;
			next = stops[i + 1];
			const t = (day - s.depart) / (next.arrive - s.depart);
			km = s.km + t * (next.km - s.km);
			break;
		}
	}
	const lineFeature = lineString(voyage.line);
	const [lon, lat] = along(lineFeature, km, { units: 'kilometers' }).geometry.coordinates;
	const point = [wrapLongitude(lon), lat];
	const ahead = along(lineFeature, Math.min(voyage.totalKm, km + 1), { units: 'kilometers' })
		.geometry.coordinates;
	const behind = along(lineFeature, Math.max(0, km - 1), { units: 'kilometers' }).geometry
		.coordinates;
	return {
		day,
		km,
		point,
		heading: bearing(behind, ahead),
		atStop,
		previous,
		next,
		estimated: atStop ? atStop.estimated : true
	};
}

/** The day a moment in the URL names: a stop id (its arrival) or an ISO date; null if neither. */
export function dayOfMoment(voyage: Voyage, at: string | null): number | null {
	if (!at) return null;
	const stop = voyage.stops.find((s) => s.id === at);
	if (stop) return stop.arrive;
	// A real day only, as the address's own reading has it: the 30th of February is not rolled
	// over to March, which the address would then drop while the player showed it.
	if (!DAY_PRECISE.test(at) || !isIsoDate(at)) return null;
	const day = dayNumber(at);
	return Number.isFinite(day) ? clampDay(voyage, day) : null;
}

/** The moment to write in the URL for a day: the stop's id while at a stop, else the date. */
export function momentOf(voyage: Voyage, day: number): string {
	const position = positionAt(voyage, day);
	if (position.atStop && Math.floor(day) === Math.floor(position.atStop.arrive)) {
		return position.atStop.id;
	}
	return isoDay(day);
}

/**
 * The next stop's arrival after `day`, or the previous one's before it (PageUp, PageDown: up is
 * later, as PageUp raises a slider's value).
 */
export function stopDay(voyage: Voyage, day: number, direction: 1 | -1): number {
	const days = voyage.stops.map((s) => s.arrive);
	if (direction > 0) return days.find((d) => d > day + 1e-9) ?? voyage.end;
	return [...days].reverse().find((d) => d < day - 1e-9) ?? voyage.start;
}

export function nauticalMiles(km: number): number {
	return km / KM_PER_NAUTICAL_MILE;
}
