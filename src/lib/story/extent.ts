import { bbox, featureCollection } from '@turf/turf';
import type { Story } from './types.ts';

/** A place's dot and the name written beside it, which needs room inside the map too. */
export interface LabelledPoint {
	lng: number;
	lat: number;
	name: string;
	/** The label's size in pixels, if not an article place's. */
	size?: number;
}

/** What the map opens on: the box around the article's places, and their labels. */
export interface ArticleExtent {
	/** [west, south, east, north] */
	box: [number, number, number, number];
	labels: LabelledPoint[];
}

/**
 * The box around the article's own places, not the voyages' other stops. Null for a story
 * without them. Not across the antimeridian: for places on both sides of it (Fiji and Samoa),
 * the box would span the world, west to east.
 */
export function articleExtent(story: Story): ArticleExtent | null {
	const places = story.places.filter((p) => p.properties.role === 'article');
	if (places.length === 0) return null;
	const [west, south, east, north] = bbox(featureCollection(places));
	return {
		box: [west, south, east, north],
		labels: places.map(({ geometry: { coordinates }, properties: { name } }) => ({
			lng: coordinates[0],
			lat: coordinates[1],
			name
		}))
	};
}
