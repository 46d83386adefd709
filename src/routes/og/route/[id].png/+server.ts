import { error } from '@sveltejs/kit';
import { pngResponse, routeImage } from '$lib/share/render-png.server';
import { getStory } from '$lib/story/story.server';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => getStory().routes.map((r) => ({ id: r.id }));

/** A route's share image (og:image), rendered at build time. */
export const GET: RequestHandler = ({ params }) => {
	const png = routeImage(getStory(), params.id);
	if (!png) error(404, `No route called “${params.id}” in this story`);
	return pngResponse(png);
};
