import { error } from '@sveltejs/kit';
import { getStory } from '$lib/story/story.server';
import { placeView } from '$lib/story/views';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => getStory().places.map((p) => ({ id: p.id }));

export const load: PageServerLoad = ({ params }) => {
	const place = placeView(getStory(), params.id);
	if (!place) error(404, `No place called “${params.id}” in this story`);
	return { place };
};
