import { error } from '@sveltejs/kit';
import { viewById } from '$lib/story/views';
import type { PageLoad } from './$types';

/** The place's panel, from the views the layout already sent: no request of its own. */
export const load: PageLoad = async ({ params, parent }) => {
	const place = viewById((await parent()).views?.places, params.id);
	if (!place) error(404, `No place called “${params.id}” in this story`);
	return { place };
};
