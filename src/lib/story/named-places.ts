import type { Story } from './types.ts';
import type { FeatureRef } from './views.ts';

/** The places each route stops at, by route id: built with the story, sent with the page. */
export function stopPlacesByRoute(story: Story): Record<string, string[]> {
	return Object.fromEntries(
		story.routes.map((r) => [r.id, r.properties.stops.flatMap((s) => (s.place ? [s.place] : []))])
	);
}

/** The places the map names at every zoom for a selection: a place itself, or a route's stops. */
export function namedPlaces(
	selected: FeatureRef | null,
	stopPlaces: Record<string, string[]>
): string[] {
	if (!selected) return [];
	return selected.kind === 'place' ? [selected.id] : (stopPlaces[selected.id] ?? []);
}
