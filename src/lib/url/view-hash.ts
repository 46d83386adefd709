import { wrapLongitude } from '../geo/antimeridian.ts';

/**
 * The map view in the URL hash, in MapLibre's own `#zoom/lat/lng[/bearing/pitch]` format, so a
 * link opens the same view here and in any MapLibre page with `hash: true`.
 */
export interface MapView {
	zoom: number;
	/** [lng, lat] */
	center: [number, number];
	bearing: number;
	pitch: number;
}

/**
 * Below zoom 0 the whole world is narrower than 512 px: on a 320 px phone, the article's places
 * and their labels only fit at about -0.1 (MapLibre draws down to -2).
 */
export const ZOOM_RANGE = [-1, 18] as const;
const MAX_LAT = 85.0511;
const MAX_PITCH = 60;

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

function wrapBearing(b: number): number {
	const w = ((((b + 180) % 360) + 360) % 360) - 180;
	return w === -180 ? 180 : w;
}

const NUMBER = /^-?(?:\d+(?:\.\d*)?|\.\d+)$/;

/**
 * Reads a hash such as `#4.5/12.13/-86.25` or `#4.5/12.13/-86.25/30/45`. Anything that is not a
 * view (another hash, text, huge or non-numeric values, a latitude past a pole) gives null;
 * values out of range are clamped or wrapped into range (a latitude nearer a pole than the map
 * shows, a longitude past the antimeridian).
 */
export function parseViewHash(hash: string): MapView | null {
	const body = hash.startsWith('#') ? hash.slice(1) : hash;
	if (body.length === 0 || body.length > 80) return null;
	const parts = body.split('/');
	if (parts.length < 3 || parts.length > 5 || !parts.every((p) => NUMBER.test(p))) return null;
	const [zoom, lat, lng, bearing = 0, pitch = 0] = parts.map(Number);
	if (![zoom, lat, lng, bearing, pitch].every(Number.isFinite)) return null;
	if (Math.abs(lat) > 90 || Math.abs(lng) > 1e6 || Math.abs(bearing) > 1e6) return null;
	return {
		zoom: clamp(zoom, ZOOM_RANGE[0], ZOOM_RANGE[1]),
		center: [wrapLongitude(lng), clamp(lat, -MAX_LAT, MAX_LAT)],
		bearing: wrapBearing(bearing),
		pitch: clamp(pitch, 0, MAX_PITCH)
	};
}

const round = (v: number, digits: number) => {
	const f = 10 ** digits;
	return String(Math.round(v * f) / f);
};

/** Writes the hash MapLibre would write: just enough digits for the zoom, bearing and pitch only when set. */
export function formatViewHash(view: MapView): string {
	const digits = Math.ceil((view.zoom * Math.LN2 + Math.log(512 / 360 / 0.5)) / Math.LN10);
	const parts = [
		round(view.zoom, 2),
		round(view.center[1], digits),
		round(wrapLongitude(view.center[0]), digits)
	];
	const bearing = wrapBearing(view.bearing);
	if (Math.round(bearing * 10) !== 0 || Math.round(view.pitch) !== 0) {
		parts.push(round(bearing, 1));
		if (Math.round(view.pitch) !== 0) parts.push(String(Math.round(view.pitch)));
	}
	return `#${parts.join('/')}`;
}
