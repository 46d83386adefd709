import { error, json } from '@sveltejs/kit';
import { getStory } from '$lib/story/story.server';
import { placeView, routeView } from '$lib/story/views';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

/** One place's or route's panel: what a prerendered page of it carries (see story/panel-views.ts). */
export const GET: RequestHandler = ({ params }) => {
	const story = getStory();
	const view =
		params.kind === 'place'
			? placeView(story, params.id)
			: params.kind === 'route'
				? routeView(story, params.id)
				: undefined;
	if (!view) error(404, `No ${params.kind} called “${params.id}” in this story`);
	return json(view);
};

export const entries: EntryGenerator = () => {
	const story = getStory();
	return [
		...story.places.map((p) => ({ kind: 'place', id: p.id })),
		...story.routes.map((r) => ({ kind: 'route', id: r.id }))
	];
};
