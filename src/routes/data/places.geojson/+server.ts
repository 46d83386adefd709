import { json } from '@sveltejs/kit';
import { publishedPlaces } from '$lib/story/publish';
import { getStory } from '$lib/story/story.server';

export const prerender = true;

export function GET() {
	return json(publishedPlaces(getStory()), {
		headers: { 'content-type': 'application/geo+json' }
	});
}
