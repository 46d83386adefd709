import { PLACES_LAYER } from '../url/story-url.ts';
import { sameRef } from './article-links.ts';
import { featureInPeriod, type FeatureDates, type Period } from './period.ts';
import type { FeatureRef } from './views.ts';

export interface OffMapInput {
	features: FeatureRef[];
	dates: FeatureDates[];
	/** The places each route stops at, in order. */
	stopPlaces: Record<string, string[]>;
	/** Layers switched off: `places`, or a route's id. */
	hiddenLayers: string[];
	period: Period;
	selected: FeatureRef | null;
}

/** The layer a place or route is on: every place on one, each route on its own. */
export function layerOf(ref: FeatureRef): string {
	return ref.kind === 'place' ? PLACES_LAYER : ref.id;
}

/**
 * The ids of the places and routes the map leaves off:
 * - a layer switched off hides what is on it, the selection too (the panel says so);
 * - a period hides what falls outside it, except the selection (the map would frame something it
 *   did not draw), the selected route's stops, and the two ends of every route still drawn (a
 *   line would end at nothing).
 */
export function offMapIds(input: OffMapInput): string[] {
	const { features, dates, stopPlaces, hiddenLayers, period, selected } = input;
	const isSelected = (f: FeatureRef) => sameRef(selected, f);
	const layerOff = (f: FeatureRef) => hiddenLayers.includes(layerOf(f));
	const inPeriod = (f: FeatureRef) =>
		featureInPeriod(dates.find((d) => d.kind === f.kind && d.id === f.id)?.dates ?? [], period);

	const drawnRoutes = features.filter(
		(f) => f.kind === 'route' && !layerOff(f) && (isSelected(f) || inPeriod(f))
	);
	const needed = new Set(
		drawnRoutes.flatMap((r) => {
			const stops = stopPlaces[r.id] ?? [];
			return isSelected(r) ? stops : [stops[0], stops[stops.length - 1]];
		})
	);
	return features
		.filter((f) =>
			f.kind === 'route'
				? !drawnRoutes.includes(f)
				: layerOff(f) || !(isSelected(f) || inPeriod(f) || needed.has(f.id))
		)
		.map((f) => f.id);
}
