import { json } from '@sveltejs/kit';
import { countryAt } from '$lib/geo/countries.server';
import { getStory } from '$lib/story/story.server';
import { summaries } from '$lib/story/views';

export const prerender = true;

/**
 * Every place and route by id, name and kind: the list the pages show, for the 404 page, which
 * static hosts serve for any unknown address and which therefore has no page data of its own.
 */
export function GET() {
	return json(summaries(getStory(), countryAt));
}
