import { resolve } from '$app/paths';
import { error } from '@sveltejs/kit';
import { SLUG } from './slug';
import { viewById, type PanelViews, type PlaceView, type RouteView } from './views';

/**
 * Every panel's view, fetched once per visit and then kept: after it, a selection made in the
 * browser fetches nothing, even on a slow network or with none. The first view of the story does
 * not carry them (they were most of its HTML); the layout fetches them once the map is idle.
 */
let loadedViews: PanelViews | undefined;
/** Every view is on its way, or has come. */
let loading: Promise<void> | undefined;
/** The layout asked for every view: a failed attempt is made again at the next selection. */
let everyViewWanted = false;

/**
 * A place's or route's panel. Until every view is here, it asks for this one alone: that is what
 * a prerendered page of the place or route carries inline (Kit replays the answer when the page
 * hydrates, with no request), and a small request for a selection made before the map is idle
 * or while every view is on its way (one that stalls, on a slow or dropping connection, would
 * hold the selection up as long as it does).
 */
export async function panelView(
	fetch: typeof globalThis.fetch,
	kind: 'place',
	id: string
): Promise<PlaceView | undefined>;
export async function panelView(
	fetch: typeof globalThis.fetch,
	kind: 'route',
	id: string
): Promise<RouteView | undefined>;
export async function panelView(
	fetch: typeof globalThis.fetch,
	kind: 'place' | 'route',
	id: string
): Promise<PlaceView | RouteView | undefined> {
	// Anything but a slug names nothing, and must not become another path (`..%2F..%2Fviews`).
	if (!SLUG.test(id)) return undefined;
	if (loadedViews) return viewById<PlaceView | RouteView>(loadedViews[`${kind}s`], id);
	if (everyViewWanted) preloadPanelViews();
	const path = resolve('/data/views/[kind]/[id].json', { kind, id });
	return fetchJson<PlaceView | RouteView | undefined>(fetch, path, true);
}

/** Every view, in the background (the layout calls this once the map is idle). */
export function preloadPanelViews() {
	everyViewWanted = true;
	loading ??= fetchJson<PanelViews>(globalThis.fetch, resolve('/data/views.json')).then(
		(views) => void (loadedViews = views),
		() => (loading = undefined)
	);
}

async function fetchJson<T>(fetch: typeof globalThis.fetch, path: string, missingIsEmpty = false) {
	let response: Response;
	try {
		response = await fetch(path);
	} catch {
		error(503, 'The story’s text could not be loaded: the network is unreachable. Try again.');
	}
	if (missingIsEmpty && response.status === 404) return undefined as T;
	if (!response.ok) error(503, `The story’s text could not be loaded (HTTP ${response.status}).`);
	return (await response.json()) as T;
}
