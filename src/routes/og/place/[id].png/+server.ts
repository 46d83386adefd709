import { error } from '@sveltejs/kit';
import { placeImage, pngResponse } from '$lib/share/render-png.server';
import { getStory } from '$lib/story/story.server';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => getStory().places.map((p) => ({ id: p.id }));

/** A place's share image (og:image), rendered at build time. */
export const GET: RequestHandler = ({ params }) => {
	const png = placeImage(getStory(), params.id);
	if (!png) error(404, `No place called “${params.id}” in this story`);
	return pngResponse(png);
};
