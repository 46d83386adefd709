import { periodInOrder } from '../story/period.ts';
import { isIsoDate } from '../story/vocab.ts';
import type { FeatureRef } from '../story/views.ts';
import { parseViewHash, type MapView } from './view-hash.ts';

/**
 * The one URL scheme of the app, read and written here only:
 *
 *   /                     the story
 *   /place/<id>           a place selected
 *   /route/<id>?at=<stop id | YYYY-MM-DD>   a route, and a moment of its voyage
 *   ?hide=<layer>,<layer> layers switched off (`places` or a route id)
 *   ?from=<date>&to=<date> only what happened in that period
 *   ?embed                minimal chrome, for an iframe
 *   #zoom/lat/lng[/bearing/pitch]  the map view
 *
 * Unknown or hostile values are dropped, never echoed: every value that survives is an id from
 * the story, an ISO date, or a number.
 */
export interface StoryUrlState {
	selection: FeatureRef | null;
	/** A stop id of the selected route, or a date on its voyage. */
	at: string | null;
	hidden: string[];
	period: { from: string | null; to: string | null };
	embed: boolean;
	view: MapView | null;
}

export interface KnownIds {
	places: ReadonlySet<string>;
	routes: ReadonlySet<string>;
	/** Stop ids of each route the voyage player plays: a moment means nothing on another route. */
	stops: ReadonlyMap<string, ReadonlySet<string>>;
}

/** Layer ids that can be hidden: the places, and each route by its id. */
export const PLACES_LAYER = 'places';

const MAX_PARAM = 200;

function selectionFromPath(path: string, known: KnownIds): FeatureRef | null {
	const m = /^\/(place|route)\/([a-z0-9-]{1,80})\/?$/.exec(path);
	if (!m) return null;
	const kind = m[1] as FeatureRef['kind'];
	const id = m[2];
	const ids = kind === 'place' ? known.places : known.routes;
	return ids.has(id) ? { kind, id } : null;
}

function param(url: URL, name: string): string | null {
	const v = url.searchParams.get(name);
	return v === null || v.length > MAX_PARAM ? null : v;
}

function dateParam(url: URL, name: string): string | null {
	const v = param(url, name);
	return v !== null && isIsoDate(v) ? v : null;
}

/** Reads a URL (its path relative to the app's base) into the app's state. */
export function parseStoryUrl(url: URL, known: KnownIds, base = ''): StoryUrlState {
	const path = url.pathname.startsWith(base) ? url.pathname.slice(base.length) : url.pathname;
	const selection = selectionFromPath(path, known);
	const atRaw = param(url, 'at');
	let at: string | null = null;
	if (selection?.kind === 'route' && atRaw !== null) {
		const stops = known.stops.get(selection.id);
		if (stops && (stops.has(atRaw) || isIsoDate(atRaw))) at = atRaw;
	}
	const layerIds = new Set([PLACES_LAYER, ...known.routes]);
	const hidden = [...new Set((param(url, 'hide') ?? '').split(','))].filter((id) =>
		layerIds.has(id)
	);
	return {
		selection,
		at,
		hidden: hidden.sort(),
		period: periodInOrder({ from: dateParam(url, 'from'), to: dateParam(url, 'to') }),
		embed: url.searchParams.has('embed'),
		view: parseViewHash(url.hash)
	};
}

/**
 * The search part (`?…` or '') of these parameters as the app writes them: commas between layer
 * ids left readable, and `embed` a bare flag (URLSearchParams would write `embed=`).
 */
export function formatSearch(params: URLSearchParams): string {
	const query = params
		.toString()
		.replaceAll('%2C', ',')
		.replace(/(^|&)embed=(?=&|$)/, '$1embed');
	return query ? `?${query}` : '';
}

/** The path, search and hash of an address, with the embed flag set or taken away. */
export function embedAddress(address: URL, embed: boolean): string {
	const params = new URLSearchParams(address.search);
	if (embed) params.set('embed', '');
	else params.delete('embed');
	return `${address.pathname}${formatSearch(params)}${address.hash}`;
}

/** The search part (`?…` or '') for a state; the path comes from the selection. */
export function storySearch(state: Omit<StoryUrlState, 'selection' | 'view'>): string {
	const params = new URLSearchParams();
	if (state.at) params.set('at', state.at);
	if (state.hidden.length) params.set('hide', [...state.hidden].sort().join(','));
	// In order, whatever the selects were set to: the address a reader copies reads forwards.
	const { from, to } = periodInOrder(state.period);
	if (from) params.set('from', from);
	if (to) params.set('to', to);
	if (state.embed) params.set('embed', '');
	return formatSearch(params);
}
