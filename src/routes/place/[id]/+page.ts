import { error } from '@sveltejs/kit';
import { panelViewsFrom } from '$lib/story/panel-views';
import { viewById } from '$lib/story/views';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ params, fetch }) => {
	const place = viewById((await panelViewsFrom(fetch)).places, params.id);
	if (!place) error(404, `No place called “${params.id}” in this story`);
	return { place };
};
