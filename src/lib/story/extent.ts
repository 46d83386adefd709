import { bbox, featureCollection } from '@turf/turf';
import type { Story } from './types.ts';

/**
 * The box around the article's own places ([west, south, east, north]), not the voyages' other
 * stops: what the map opens on. Null for a story without them. Not across the antimeridian: for
 * places on both sides of it (Fiji and Samoa), the box would span the world, west to east.
 */
export function articleExtent(story: Story): [number, number, number, number] | null {
	const places = story.places.filter((p) => p.properties.role === 'article');
	if (places.length === 0) return null;
	const [west, south, east, north] = bbox(featureCollection(places));
	return [west, south, east, north];
}
