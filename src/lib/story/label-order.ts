import { distance } from '@turf/turf';
import type { Story } from './types.ts';

/**
 * The order in which the map places each place's label, 0 first, as `labelOrder` in the published
 * places (see story-layers): the most crowded place first, among the places of its role (the map
 * labels each role in a layer of its own). MapLibre places labels one by one, each on the first
 * side of its dot that is free: taken in the file's order, Managua, Havana and Caracas had used
 * the room round Panama between them, and on a phone its name was left off the map. Crowding is
 * the sum of the inverse distances to the others, so it ranks the same at every zoom.
 */
export function labelOrders(story: Story): Map<string, number> {
	const crowding = story.places.map((place) => ({
		id: place.id,
		crowding: story.places.reduce((sum, other) => {
			if (other === place || other.properties.role !== place.properties.role) return sum;
			const km = distance(place.geometry.coordinates, other.geometry.coordinates);
			return sum + 1 / Math.max(km, 1);
		}, 0)
	}));
	crowding.sort((a, b) => b.crowding - a.crowding || a.id.localeCompare(b.id));
	return new Map(crowding.map(({ id }, order) => [id, order]));
}
