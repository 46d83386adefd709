import { json } from '@sveltejs/kit';
import { getStory } from '$lib/story/story.server';
import { panelViews } from '$lib/story/views';

export const prerender = true;

/** Every place's and route's panel, by id: what a selection shows (see story/panel-views.ts). */
export function GET() {
	return json(panelViews(getStory()));
}
