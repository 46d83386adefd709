import { error } from '@sveltejs/kit';
import { viewById } from '$lib/story/views';
import type { PageLoad } from './$types';

/** The route's panel, from the views the layout already sent: no request of its own. */
export const load: PageLoad = async ({ params, parent }) => {
	const route = viewById((await parent()).views?.routes, params.id);
	if (!route) error(404, `No route called “${params.id}” in this story`);
	return { route };
};
