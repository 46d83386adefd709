import { error } from '@sveltejs/kit';
import { panelView } from '$lib/story/panel-views';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ params, fetch }) => {
	const route = await panelView(fetch, 'route', params.id);
	if (!route) error(404, `No route called “${params.id}” in this story`);
	return { route };
};
