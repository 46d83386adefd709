import { error } from '@sveltejs/kit';
import { panelView } from '$lib/story/panel-views';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ params, fetch }) => {
	const place = await panelView(fetch, 'place', params.id);
	if (!place) error(404, `No place called “${params.id}” in this story`);
	return { place };
};
