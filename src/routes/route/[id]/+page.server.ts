import { error } from '@sveltejs/kit';
import { getStory } from '$lib/story/story.server';
import { routeView } from '$lib/story/views';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => getStory().routes.map((r) => ({ id: r.id }));

export const load: PageServerLoad = ({ params }) => {
	const route = routeView(getStory(), params.id);
	if (!route) error(404, `No route called “${params.id}” in this story`);
	return { route };
};
