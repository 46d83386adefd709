import { homeImage, pngResponse } from '$lib/share/render-png.server';
import { getStory } from '$lib/story/story.server';

export const prerender = true;

/** The home page's share image (og:image), rendered at build time. */
export function GET() {
	return pngResponse(homeImage(getStory()));
}
