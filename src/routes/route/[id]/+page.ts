import { error } from '@sveltejs/kit';
import { panelViewsFrom } from '$lib/story/panel-views';
import { viewById } from '$lib/story/views';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ params, fetch }) => {
	const route = viewById((await panelViewsFrom(fetch)).routes, params.id);
	if (!route) error(404, `No route called “${params.id}” in this story`);
	return { route };
};
