import { json } from '@sveltejs/kit';
import { publishedRoutes } from '$lib/story/publish';
import { getStory } from '$lib/story/story.server';

export const prerender = true;

export function GET() {
	return json(publishedRoutes(getStory()), {
		headers: { 'content-type': 'application/geo+json' }
	});
}
