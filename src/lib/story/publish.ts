import type { Feature, FeatureCollection, LineString, MultiLineString, Point } from 'geojson';
import { publishedGeometry } from '../geo/route-path.ts';
import { labelOrders } from './label-order.ts';
import type { Story } from './types.ts';
import { placeView, routeView, type PlaceView, type RouteView } from './views.ts';

/**
 * The story as published at /data/*.geojson: RFC 7946 geometry (flights as great-circle arcs,
 * lines split at the antimeridian) and, in properties, every passage, fact and source, so a
 * reuser gets the provenance with the shapes.
 */

type Published<V> = Omit<V, 'kind' | 'coordinates' | 'lines'>;

/** A published place: its view, and when the map places its label among the others. */
type PublishedPlace = Published<PlaceView> & { labelOrder: number };

export function publishedPlaces(story: Story): FeatureCollection<Point, PublishedPlace> {
	const orders = labelOrders(story);
	return {
		type: 'FeatureCollection',
		features: story.places.map((place): Feature<Point, PublishedPlace> => {
			const { kind: _kind, coordinates: _c, ...view } = placeView(story, place.id)!;
			const properties = { ...view, labelOrder: orders.get(place.id)! };
			return { type: 'Feature', id: place.id, geometry: place.geometry, properties };
		})
	};
}

export function publishedRoutes(
	story: Story
): FeatureCollection<LineString | MultiLineString, Published<RouteView>> {
	return {
		type: 'FeatureCollection',
		features: story.routes.map((route) => {
			const { kind: _kind, lines: _lines, ...properties } = routeView(story, route.id)!;
			return {
				type: 'Feature',
				id: route.id,
				geometry: publishedGeometry({ mode: route.properties.mode, geometry: route.geometry }),
				properties
			};
		})
	};
}
