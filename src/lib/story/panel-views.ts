import { browser } from '$app/environment';
import { resolve } from '$app/paths';
import { error } from '@sveltejs/kit';
import type { PanelViews } from './views';

let cached: Promise<PanelViews> | undefined;

/**
 * Every panel's view, fetched once per visit and then kept: after the first, a selection made in
 * the browser fetches nothing, even on a slow network or with none. The pages without a selection
 * do not carry them (they are most of the data), so the first view of the story is lighter; a
 * prerendered place or route page has them inlined by Kit, from this same fetch.
 */
export function panelViewsFrom(fetch: typeof globalThis.fetch): Promise<PanelViews> {
	// While prerendering, every page must make the request itself for Kit to inline its answer.
	if (!browser) return fetchViews(fetch);
	cached ??= fetchViews(fetch).catch((e: unknown) => {
		cached = undefined;
		throw e;
	});
	return cached;
}

async function fetchViews(fetch: typeof globalThis.fetch): Promise<PanelViews> {
	let response: Response;
	try {
		response = await fetch(resolve('/data/views.json'));
	} catch {
		error(503, 'The story’s text could not be loaded: the network is unreachable. Try again.');
	}
	if (!response.ok) error(503, `The story’s text could not be loaded (HTTP ${response.status}).`);
	return response.json();
}
