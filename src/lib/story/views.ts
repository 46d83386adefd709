import type { Position } from 'geojson';
import { drawnParts } from '../geo/route-path.ts';
import type { Evidence, PassageRef, RouteMode, Source, TimelineEvent } from './schema.ts';
import type { Story } from './types.ts';

/** What the panel shows; built at build time so the browser only receives what it displays. */

export interface PassageView {
	paragraph: number;
	text: string;
	/** The whole paragraph the passage comes from, for context. */
	paragraphText: string;
}

export interface ContextView {
	text: string;
	date?: string;
	evidence: Evidence;
	sources: Source[];
}

export interface FeatureRef {
	kind: 'place' | 'route';
	id: string;
}

export interface FeatureSummary extends FeatureRef {
	name: string;
	/** Place kind or route mode, for the list's icons. */
	type: string;
	evidence?: Evidence;
	role?: string;
	dates?: string;
	/** Other words the article uses for a place ("Nicaragua" for Managua): the search finds them. */
	aliases?: string[];
	/** The country a place is in (Natural Earth's name): the search finds it by that too. */
	country?: string;
}

export interface PlaceView extends FeatureRef {
	kind: 'place';
	name: string;
	placeKind: string;
	role: string;
	coordinates: Position;
	precision: 'exact' | 'approximate';
	locationSources: Source[];
	locationNote?: string;
	/**
	 * Words of the article other than its name that link here ("Nicaragua" for Managua); its name
	 * spelled without an accent ("Brasilia") is not another word.
	 */
	aliases: string[];
	passages: PassageView[];
	context: ContextView[];
	routes: { id: string; name: string }[];
}

export interface StopView {
	id: string;
	name: string;
	place?: string;
	coordinates: Position;
	date?: string;
	dateNote?: string;
	evidence: Evidence;
	sources: Source[];
	note?: string;
	/** What the article says about this stop of this voyage (often nothing). */
	passages: PassageView[];
	/**
	 * A stop the article is silent on, at a place it does speak of elsewhere (Tehran, as a
	 * departure): the place to open for those words, which are not about this stop.
	 */
	quotedElsewhere?: string;
	/** Announced routes that start here but were never sailed, like the Panama claim at Rio. */
	branches: { id: string; name: string }[];
}

export interface RouteView extends FeatureRef {
	kind: 'route';
	name: string;
	shortName: string;
	mode: RouteMode;
	evidence: Evidence;
	dates: string;
	sources: Source[];
	passages: PassageView[];
	context: ContextView[];
	stops: StopView[];
	/** The drawn line(s), continuous across the antimeridian: longitudes may run past ±180. */
	lines: Position[][];
}

function passageViews(story: Story, refs: PassageRef[] | undefined): PassageView[] {
	return (refs ?? []).map((p) => ({
		paragraph: p.paragraph,
		text: p.text,
		paragraphText: story.article.paragraphs[p.paragraph - 1]
	}));
}

function sourceList(story: Story, ids: string[]): Source[] {
	return ids.map((id) => story.sources[id]);
}

function contextViews(
	story: Story,
	context: { text: string; date?: string; evidence: Evidence; sources: string[] }[]
): ContextView[] {
	return context.map((c) => ({ ...c, sources: sourceList(story, c.sources) }));
}

/** A timeline event as the strip shows it, with its sources by publication. */
export interface TimelineView extends Omit<TimelineEvent, 'sources'> {
	sources: string[];
}

export function timelineViews(story: Story): TimelineView[] {
	return story.timeline.map((event) => ({
		...event,
		sources: sourceList(story, event.sources).map((s) => s.publication)
	}));
}

/** Every panel's view, by id (served as /data/views.json, see panel-views.ts). */
export interface PanelViews {
	places: Record<string, PlaceView>;
	routes: Record<string, RouteView>;
}

export function panelViews(story: Story): PanelViews {
	return {
		places: Object.fromEntries(story.places.map((p) => [p.id, placeView(story, p.id)!])),
		routes: Object.fromEntries(story.routes.map((r) => [r.id, routeView(story, r.id)!]))
	};
}

/** A view by id from a record, never from its prototype (`constructor`, `__proto__`, …). */
export function viewById<V>(views: Record<string, V> | undefined, id: string): V | undefined {
	return views && Object.hasOwn(views, id) ? views[id] : undefined;
}

/**
 * What the list shows and searches. `countryAt` names the country at a point: a server-side
 * lookup in Natural Earth, which the browser never loads.
 */
export function summaries(
	story: Story,
	countryAt: (point: Position) => string | null = () => null
): FeatureSummary[] {
	return [
		...story.places.map((p): FeatureSummary => {
			const aliases = aliasesOf(p);
			const country = countryAt(p.geometry.coordinates);
			return {
				kind: 'place',
				id: p.id,
				name: p.properties.name,
				type: p.properties.kind,
				role: p.properties.role,
				...(aliases.length ? { aliases } : {}),
				...(country ? { country } : {})
			};
		}),
		...story.routes.map((r): FeatureSummary => ({
			kind: 'route',
			id: r.id,
			name: r.properties.name,
			type: r.properties.mode,
			evidence: r.properties.evidence,
			dates: r.properties.dates
		}))
	];
}

/** The search folds accents away, so the list needs no more words than the panel says. */
function aliasesOf(place: Story['places'][number]): string[] {
	const { name, mentions } = place.properties;
	return mentions.filter((m) => m.localeCompare(name, 'en', { sensitivity: 'base' }) !== 0);
}

export function placeView(story: Story, id: string): PlaceView | undefined {
	const place = story.places.find((p) => p.id === id);
	if (!place) return undefined;
	const p = place.properties;
	return {
		kind: 'place',
		id,
		name: p.name,
		placeKind: p.kind,
		role: p.role,
		coordinates: place.geometry.coordinates,
		precision: p.precision,
		locationSources: sourceList(story, p.locationSources),
		locationNote: p.locationNote,
		aliases: aliasesOf(place),
		passages: passageViews(story, p.passages),
		context: contextViews(story, p.context),
		routes: story.routes
			.filter((r) => r.properties.stops.some((s) => s.place === id))
			.map((r) => ({ id: r.id, name: r.properties.name }))
	};
}

export function routeView(story: Story, id: string): RouteView | undefined {
	const route = story.routes.find((r) => r.id === id);
	if (!route) return undefined;
	const r = route.properties;
	const placeById = new Map(story.places.map((p) => [p.id, p]));
	return {
		kind: 'route',
		id,
		name: r.name,
		shortName: r.shortName,
		mode: r.mode,
		evidence: r.evidence,
		dates: r.dates,
		sources: sourceList(story, r.sources),
		passages: passageViews(story, r.passages),
		context: contextViews(story, r.context),
		stops: r.stops.map((s) => {
			const place = s.place ? placeById.get(s.place) : undefined;
			return {
				id: s.id,
				name: place?.properties.name ?? s.name ?? s.id,
				place: s.place,
				coordinates: place?.geometry.coordinates ?? (s.at as Position),
				date: s.date,
				dateNote: s.dateNote,
				evidence: s.evidence,
				sources: sourceList(story, s.sources),
				note: s.note,
				passages: passageViews(story, s.passages),
				quotedElsewhere:
					!s.passages?.length && place?.properties.passages.length ? s.place : undefined,
				branches: story.routes
					.filter(
						(other) =>
							other.id !== id &&
							other.properties.evidence === 'announced' &&
							other.properties.mode === r.mode &&
							s.place !== undefined &&
							other.properties.stops[0].place === s.place
					)
					.map((other) => ({ id: other.id, name: other.properties.name }))
			};
		}),
		lines: drawnParts({ mode: r.mode, geometry: route.geometry })
	};
}
