import {
	AttributionControl,
	Map as MapLibreMap,
	Marker,
	NavigationControl,
	prewarm,
	setWorkerUrl,
	type GeoJSONSource,
	type StyleSpecification
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { FeatureCollection, Geometry, Position } from 'geojson';
import { unwrapLine } from '../geo/antimeridian.ts';
import { worldWidth } from '../geo/web-mercator.ts';
import type { ArticleExtent } from '../story/extent.ts';
import type { FeatureRef } from '../story/views.ts';
import { PLACE_COLOURS } from '../style/story-marks.ts';
import { ZOOM_RANGE, type MapView } from '../url/view-hash.ts';
import { withStory } from './compose-style.ts';
import { FONT_FACES } from './basemap-style.ts';
import { withFontUrlsResolved, withRelativeUrlsResolved } from './style-urls.ts';
import { hitBox, pickHit } from './hit-test.ts';
import { homeView } from './home-view.ts';
import type { routeView } from './route-view.ts';
import type { VoyageLayer } from './voyage-layer.ts';
import {
	DOT_SPACE_IMAGE,
	PLACE_DOT_LAYER,
	PLACES_SOURCE,
	ROUTE_LINE_LAYERS,
	ROUTES_SOURCE,
	HIDDEN_STATE,
	NAMED_STATE,
	SELECTED_STATE,
	labelSize,
	VOYAGE_STATE
} from './story-layers.ts';

setWorkerUrl(workerUrl);
// The worker (520 kB) starts loading now, in parallel with the map's WebGL set-up, instead of at
// the end of the map's constructor: MapLibre asks for the first tiles only once it runs.
prewarm();

/** What failed to load: basemap tiles, the story's data, the online style, or our own code. */
export type LoadFailure = 'basemap' | 'story' | 'online basemap' | 'code';

export interface StoryMapOptions {
	container: HTMLElement;
	/** Absolute URL of the basemap style document (e.g. https://host/map/style.json). */
	styleUrl: string;
	/**
	 * Absolute URL of the embedded basemap's style, when `styleUrl` is an online one: the story's
	 * label fonts load from beside it, and the map falls back to it if the online style fails.
	 */
	embeddedStyleUrl?: string;
	placesUrl: string;
	routesUrl: string;
	initialView?: MapView;
	initialFocus?: FeatureRef | null;
	/** Without an initial view, the map opens on the article's places, labels and all. */
	homeExtent?: ArticleExtent | null;
	cooperativeGestures?: boolean;
	/**
	 * What the map shows and how to do without it: the accessible name of MapLibre's canvas, the
	 * map's one region and what keyboard focus lands on (in place of MapLibre's bare "Map").
	 */
	label: string;
	onSelect: (ref: FeatureRef) => void;
	/** After every camera move, with the view to keep in the URL. */
	onView: (view: MapView) => void;
	/** First idle with every story layer drawn. */
	onReady: () => void;
	/**
	 * A basemap tile or the story data failed to load, or the online basemap's style did and the
	 * embedded basemap is shown instead, or a part of the map's own code did (after a new deploy,
	 * a page opened before it asks for files the host no longer has).
	 */
	onLoadError: (what: LoadFailure, message: string) => void;
	/** The reader moved the map by hand (drag, wheel, keys), e.g. to stop following the ship. */
	onUserMove: () => void;
	/** The pointer came onto a place or route: a chance to fetch its text before the click. */
	onHover?: (ref: FeatureRef) => void;
	/** The browser took the map's WebGL context away ('lost') or gave it back, redrawn ('restored'). */
	onGraphics?: (state: 'lost' | 'restored') => void;
}

export interface StoryMapController extends Omit<VoyageLayer, 'placesChanged'> {
	getView(): MapView;
	showView(view: MapView): void;
	/** Moves the camera to a place or a route; `animate` false jumps there. */
	focus(ref: FeatureRef, animate: boolean): void;
	/** Moves the camera back to the first view of a link without a view or a selection. */
	focusHome(animate: boolean): void;
	setSelected(ref: FeatureRef | null): void;
	/** Labels these places at every zoom (the selection's: see story-layers). */
	setNamed(ids: string[]): void;
	/** Hides these places and routes (switched-off layers, outside the period). */
	setHidden(ids: string[]): void;
	destroy(): void;
}

const PLACE_ZOOM = 5;
/** How long an online basemap's style may take before the embedded basemap is drawn instead. */
const ONLINE_STYLE_TIMEOUT = 10_000;
/** The basemap's vector source in the published style. */
const BASEMAP_SOURCE = 'basemap';

/** The route framing's one function, loaded with the first route pointed at. */
type RouteFraming = { routeView: typeof routeView };

type StoryData = FeatureCollection<
	Geometry,
	{ id: string; name: string; role?: string; stops?: { place?: string }[] }
>;

/** A line's points from its start, made continuous across the antimeridian; null for others. */
function linePoints(geometry: Geometry): Position[] | null {
	if (geometry.type === 'LineString') return unwrapLine(geometry.coordinates);
	if (geometry.type === 'MultiLineString') return unwrapLine(geometry.coordinates.flat());
	return null;
}

export function createStoryMap(options: StoryMapOptions): StoryMapController {
	/** The map's size in CSS pixels, which the views that fit places and labels depend on. */
	const mapSize = () => ({
		width: options.container.clientWidth,
		height: options.container.clientHeight
	});
	const home = () => homeView(mapSize(), options.homeExtent ?? null);
	const view = options.initialView ?? home();
	const embeddedStyleUrl = options.embeddedStyleUrl ?? options.styleUrl;
	const storyFontFaces = withFontUrlsResolved(FONT_FACES, embeddedStyleUrl);
	let styleUrl = options.styleUrl;
	const transformStyle = (_previous: unknown, next: StyleSpecification): StyleSpecification => {
		// Not a style at all: left as it is, for MapLibre's own check to report.
		if (!next?.sources || !Array.isArray(next.layers)) return next;
		// After a lost WebGL context MapLibre reloads its own snapshot, which has the story already.
		return next.sources[PLACES_SOURCE]
			? next
			: withStory(withRelativeUrlsResolved(next, styleUrl), {
					placesUrl: options.placesUrl,
					routesUrl: options.routesUrl,
					fontFaces: storyFontFaces
				});
	};
	const map = new MapLibreMap({
		container: options.container,
		style: options.styleUrl,
		center: view.center,
		zoom: view.zoom,
		bearing: view.bearing,
		pitch: view.pitch,
		// The lowest zoom a link's hash can hold, so the view written to the URL reopens as it was.
		minZoom: ZOOM_RANGE[0],
		maxZoom: 12,
		cooperativeGestures: options.cooperativeGestures ?? false,
		locale: { 'Map.Title': options.label },
		attributionControl: false,
		// The story's data is fetched here first (loadStoryData): the worker then takes that copy
		// from the browser's cache instead of asking the host again on the way to the first idle.
		transformRequest: (url) =>
			url === options.placesUrl || url === options.routesUrl
				? { url, cache: 'force-cache' }
				: undefined,
		transformStyle
	});
	map.keyboard.enable();
	// Zoom buttons: for a reader with no wheel, no pinch and no keyboard, the only way to zoom.
	map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
	// Open on the first view, the sources' credit folds to its button at the next move of the camera,
	// whoever makes it (MapLibre folds it on a drag only): open, it covers labels at the map's foot,
	// such as the voyage's current port on a phone as the player follows the ship.
	const attribution = new AttributionControl({ compact: true });
	map.addControl(attribution);
	map.once('idle', () => map.once('movestart', attribution._updateCompactMinimize));
	// Resolved again after a lost WebGL context, which takes the style's images with it.
	map.setMissingStyleImageResolver((id) => {
		if (id === DOT_SPACE_IMAGE) map.addImage(id, { width: 1, height: 1, data: new Uint8Array(4) });
	});

	/**
	 * Whether the current style's sources and layers exist. Not `map.isStyleLoaded()`: that is
	 * false again whenever tiles are loading, long after the one 'style.load' a change could wait
	 * for, which then never comes. A lost WebGL context takes the style away until it is restored.
	 */
	let styled = false;
	map.on('style.load', () => (styled = true));

	/** What the story layers show, to put back after the browser gives a lost WebGL context back. */
	let selected: FeatureRef | null = null;
	let hiddenIds: string[] = [];
	let namedIds: string[] = [];

	const data: Partial<Record<'place' | 'route', StoryData>> = {};
	/** The places' request has been answered or has failed: a route's view waits for it too. */
	let placesSettled = false;
	let pendingFocus: FeatureRef | null = options.initialView ? null : (options.initialFocus ?? null);

	function featureGeometry(ref: FeatureRef): Geometry | undefined {
		return data[ref.kind]?.features.find((f) => f.properties.id === ref.id)?.geometry;
	}

	/** How a route is framed: code a first visit of the story does without. */
	let routeFraming: RouteFraming | null = null;
	let routeFramingLoad: Promise<void> | null = null;
	/**
	 * Loads it once: when a route is first pointed at, or is to be shown. A browser never fetches
	 * a module again once it failed, so without it routes are shown on the story's frame, as the
	 * voyage round the world is.
	 */
	function loadRouteFraming(): Promise<void> {
		routeFramingLoad ??= import('./route-view.ts').then(
			(m) => void (routeFraming = m),
			(e: Error) => {
				routeFraming = { routeView: () => null };
				options.onLoadError('code', `the route's framing did not load: ${e.message}`);
			}
		);
		return routeFramingLoad;
	}
	if (pendingFocus?.kind === 'route') void loadRouteFraming();

	function focus(ref: FeatureRef, animate: boolean) {
		const geometry = featureGeometry(ref);
		const framing = routeFraming;
		// A route's view makes room for the names of the places along it, which come with the places.
		if (!geometry || (ref.kind === 'route' && !(placesSettled && framing))) {
			pendingFocus = ref;
			if (ref.kind === 'route' && !framing) {
				void loadRouteFraming().then(() => {
					if (pendingFocus && !removed) focus(pendingFocus, animate);
				});
			}
			return;
		}
		pendingFocus = null;
		const motion = { duration: animate ? 1200 : 0, essential: false };
		if (geometry.type === 'Point') {
			const [lng, lat] = geometry.coordinates;
			map.easeTo({ center: [lng, lat], zoom: Math.max(map.getZoom(), PLACE_ZOOM), ...motion });
			return;
		}
		const points = linePoints(geometry);
		if (framing && points?.length) {
			map.easeTo({ ...viewOfRoute(framing, ref.id, points), ...motion });
		}
	}

	/** A route's view: its line, and room for the names of its stops and the article's places. */
	function viewOfRoute(framing: RouteFraming, id: string, points: Position[]): MapView {
		const route = data.route?.features.find((f) => f.properties.id === id);
		const stops = new Set(route?.properties.stops?.map((s) => s.place));
		const places = (data.place?.features ?? []).flatMap(({ geometry, properties }) => {
			if (geometry.type !== 'Point') return [];
			const [lng, lat] = geometry.coordinates;
			const named = properties.role === 'article' || stops.has(properties.id);
			return [{ lng, lat, name: properties.name, size: labelSize(properties.role), named }];
		});
		return framing.routeView(mapSize(), points, places, options.homeExtent?.box ?? null) ?? home();
	}

	async function loadStoryData(kind: 'place' | 'route', url: string) {
		try {
			// The connection lost, the copy this browser saved on an earlier visit (of any age): the
			// map's worker draws that one anyway (force-cache, above), so the framing uses it too and
			// no failure is claimed. A host that answers with an error has the browser drop its copy.
			const response = await fetch(url).catch(() => fetch(url, { cache: 'force-cache' }));
			if (!response.ok) throw new Error(`${url} answered ${response.status}`);
			data[kind] = (await response.json()) as StoryData;
		} catch (e) {
			options.onLoadError('story', (e as Error).message);
		}
		if (kind === 'place') placesSettled = true;
		if (pendingFocus) focus(pendingFocus, false);
	}
	// The same URLs as the map's own sources, which take these copies from the browser's cache
	// (transformRequest).
	void loadStoryData('place', options.placesUrl);
	void loadStoryData('route', options.routesUrl);

	/**
	 * A hovered place gets a ring drawn in HTML over its dot. Restyling the dot through feature
	 * state would make MapLibre redraw the whole map; with a software-rendered GPU that redraw
	 * is still running when the reader clicks, and delays the panel the click opens. A route has
	 * no one point to ring, so a hovered route still widens in the map itself.
	 */
	let hoverRing: Marker | null = null;
	/** Where the pointer was last over the map: which copy of the world it points at. */
	let pointer: { x: number; y: number } | null = null;
	function ringPlace(id: string | null) {
		hoverRing?.remove();
		hoverRing = null;
		const geometry = id === null ? undefined : featureGeometry({ kind: 'place', id });
		if (geometry?.type !== 'Point') return;
		const [lng, lat] = geometry.coordinates;
		// Zoomed out, the dot under the pointer can be on a copy of the world beside the first.
		const copy = pointer
			? Math.round((pointer.x - map.project([lng, lat]).x) / worldWidth(map.getZoom()))
			: 0;
		// A new marker each time: a moved one stays on the copy it was on before.
		hoverRing = new Marker({ element: ringElement(id === selected?.id) })
			.setLngLat([lng + 360 * copy, lat])
			.addTo(map);
	}

	let hoverRef: { source: string; id: string } | null = null;
	/** Shows what is under the pointer as hovered; whether that changed what is hovered. */
	function setHover(next: { source: string; id: string } | null): boolean {
		// No style (so no feature state) while the WebGL context is lost: nothing to hover.
		if (!map.style) next = null;
		const changed = hoverRef?.id !== next?.id || hoverRef?.source !== next?.source;
		if (changed) {
			if (hoverRef?.source === ROUTES_SOURCE && map.style) {
				map.setFeatureState(hoverRef, { hover: false });
			}
			if (next?.source === ROUTES_SOURCE) map.setFeatureState(next, { hover: true });
			ringPlace(next?.source === PLACES_SOURCE ? next.id : null);
		}
		hoverRef = next;
		map.getCanvas().style.cursor = next ? 'pointer' : '';
		return changed;
	}

	function hitAt(point: { x: number; y: number }): FeatureRef | undefined {
		const layers = [PLACE_DOT_LAYER, ...ROUTE_LINE_LAYERS].filter((id) => map.getLayer(id));
		if (layers.length === 0) return undefined;
		const hits = map.queryRenderedFeatures(hitBox(point), { layers }).map((f) => ({
			ref: {
				kind: f.source === PLACES_SOURCE ? ('place' as const) : ('route' as const),
				id: String(f.properties.id)
			},
			at:
				f.geometry.type === 'Point'
					? map.project(f.geometry.coordinates as [number, number])
					: undefined
		}));
		return pickHit(hits, point, worldWidth(map.getZoom()));
	}

	const sourceOf = (ref: FeatureRef) => (ref.kind === 'place' ? PLACES_SOURCE : ROUTES_SOURCE);

	map.on('mousemove', (e) => {
		pointer = e.point;
		const hit = hitAt(e.point);
		if (setHover(hit ? { source: sourceOf(hit), id: hit.id } : null) && hit) {
			if (hit.kind === 'route') void loadRouteFraming();
			options.onHover?.(hit);
		}
	});
	map.getCanvas().addEventListener('mouseleave', () => setHover(null));
	map.on('click', (e) => {
		const hit = hitAt(e.point);
		if (hit) options.onSelect(hit);
	});

	function getView(): MapView {
		const c = map.getCenter();
		return {
			zoom: map.getZoom(),
			center: [c.lng, c.lat],
			bearing: map.getBearing(),
			pitch: map.getPitch()
		};
	}
	/**
	 * The container says while the camera moves (`data-camera-moving`): the view in the address is
	 * written only once a move ends, so a script reading it (the browser tests) knows to wait.
	 */
	map.on('moveend', () => {
		options.container.removeAttribute('data-camera-moving');
		options.onView(getView());
	});
	map.on('movestart', (e) => {
		options.container.setAttribute('data-camera-moving', '');
		if ((e as { originalEvent?: Event }).originalEvent) options.onUserMove();
	});

	/** The route whose voyage is shown ('' for none), to put back after a lost WebGL context. */
	let voyageId = '';
	/** The voyage's drawing code once loaded: each frame's ship then moves without waiting. */
	let voyageLayer: VoyageLayer | null = null;
	let voyageLoad: Promise<VoyageLayer | null> | null = null;
	/** Calls still waiting for the load: later ones queue behind them, to keep their order. */
	let waiting = 0;
	/** After `destroy`: a voyage's code that loads late has no map to draw on. */
	let removed = false;
	function withVoyageLayer(apply: (layer: VoyageLayer) => void) {
		if (removed) return;
		if (voyageLayer && waiting === 0) return apply(voyageLayer);
		voyageLoad ??= import('./voyage-layer.ts').then(
			(m) =>
				m.createVoyageLayer(map, {
					styled: () => styled,
					onFollow: () => (pendingFocus = null),
					offMap: (placeId) => hiddenIds.includes(placeId)
				}),
			(e: Error) => {
				options.onLoadError('code', `the voyage's drawing did not load: ${e.message}`);
				return null;
			}
		);
		waiting++;
		void voyageLoad.then((layer) => {
			waiting--;
			if (!layer || removed) return;
			voyageLayer = layer;
			apply(layer);
		});
	}

	function ringElement(aroundSelected: boolean): HTMLElement {
		const el = document.createElement('div');
		el.className = aroundSelected ? 'place-hover-ring selected' : 'place-hover-ring';
		el.setAttribute('aria-hidden', 'true');
		// Its shape and size are in StoryMap's stylesheet; its colours are the map's own.
		Object.assign(el.style, {
			border: `2.5px solid ${PLACE_COLOURS.label}`,
			boxShadow: `0 0 0 1.5px ${PLACE_COLOURS.stroke}`
		});
		return el;
	}

	/**
	 * MapLibre loads a basemap tile that answers 404 as an empty tile, without an error event (the
	 * way sparse tile sets work). This basemap publishes every tile, even the empty ones, so a tile
	 * that came back with no data at all (no feature index, unlike an empty tile) is one that
	 * failed to load. `tile` is MapLibre's own tile object, hence the loose typing.
	 */
	let missingTileReported = false;
	map.on('sourcedata', (e) => {
		if (missingTileReported || e.sourceId !== BASEMAP_SOURCE) return;
		const tile = (
			e as { tile?: { state?: string; latestFeatureIndex?: unknown; aborted?: boolean } }
		).tile;
		if (tile && tile.state === 'loaded' && !tile.aborted && !tile.latestFeatureIndex) {
			missingTileReported = true;
			options.onLoadError('basemap', 'a basemap tile was not found');
		}
	});

	map.on('webglcontextlost', () => {
		styled = false;
		setHover(null);
		options.onGraphics?.('lost');
	});
	map.on('webglcontextrestored', () => {
		// MapLibre rebuilds the style from its snapshot: the global state starts from its defaults.
		whenStyled(() => {
			map.setGlobalStateProperty(SELECTED_STATE, selected?.id ?? '');
			map.setGlobalStateProperty(HIDDEN_STATE, hiddenIds);
			map.setGlobalStateProperty(NAMED_STATE, namedIds);
			// The voyage's lines are in the snapshot (its source's data); which route plays is not.
			map.setGlobalStateProperty(VOYAGE_STATE, voyageId);
		});
		options.onGraphics?.('restored');
	});

	/**
	 * An online basemap whose style cannot be fetched, is not a valid style, or does not answer
	 * in time is replaced by the embedded one, so the story is always drawn on a map. Until its
	 * style has loaded, an error that names no source is the style's own.
	 */
	let onlineStylePending = styleUrl !== embeddedStyleUrl;
	const styleTimer = onlineStylePending
		? setTimeout(
				() => fallBackToEmbedded(`no answer from ${styleUrl} in ${ONLINE_STYLE_TIMEOUT} ms`),
				ONLINE_STYLE_TIMEOUT
			)
		: undefined;
	map.once('style.load', () => {
		onlineStylePending = false;
		clearTimeout(styleTimer);
	});
	function fallBackToEmbedded(message: string) {
		if (!onlineStylePending) return;
		onlineStylePending = false;
		clearTimeout(styleTimer);
		styleUrl = embeddedStyleUrl;
		// With a transformStyle, MapLibre would wait for the failed style to finish loading
		// before replacing it: it never does. Removed first, it is replaced at once.
		map.setStyle(null, { diff: false, transformStyle: undefined });
		map.setStyle(styleUrl, { diff: false });
		options.onLoadError('online basemap', message);
	}

	map.on('error', (e) => {
		const source = (e as { sourceId?: string }).sourceId;
		const message = e.error?.message ?? 'unknown error';
		if (!source && onlineStylePending) {
			// A style that fails MapLibre's check reports each problem in turn, in this same task:
			// once it is swapped out, the rest would reach no listener and be logged as errors.
			queueMicrotask(() => fallBackToEmbedded(message));
			return;
		}
		if (source === PLACES_SOURCE || source === ROUTES_SOURCE) options.onLoadError('story', message);
		else options.onLoadError('basemap', message);
	});

	const storySourcesLoaded = () =>
		map.getSource<GeoJSONSource>(PLACES_SOURCE) !== undefined &&
		map.isSourceLoaded(PLACES_SOURCE) &&
		map.isSourceLoaded(ROUTES_SOURCE);
	const onIdle = () => {
		if (!storySourcesLoaded()) return;
		map.off('idle', onIdle);
		options.onReady();
	};
	map.on('idle', onIdle);

	function whenStyled(apply: () => void) {
		if (styled) apply();
		else map.once('style.load', apply);
	}

	return {
		getView,
		showView(v) {
			// A view asked for beats a selection's view still waiting for its data.
			pendingFocus = null;
			map.jumpTo({ center: v.center, zoom: v.zoom, bearing: v.bearing, pitch: v.pitch });
		},
		focus,
		focusHome(animate) {
			pendingFocus = null;
			map.easeTo({ ...home(), duration: animate ? 1200 : 0, essential: false });
		},
		setVoyage(voyage) {
			voyageId = voyage?.routeId ?? '';
			// Nothing to hide before a voyage was ever shown: its code need not load for that.
			if (voyage || voyageLoad) withVoyageLayer((layer) => layer.setVoyage(voyage));
		},
		setShip(position, camera) {
			withVoyageLayer((layer) => layer.setShip(position, camera));
		},
		setSelected(ref) {
			selected = ref;
			whenStyled(() => map.setGlobalStateProperty(SELECTED_STATE, selected?.id ?? ''));
			// A selected dot is larger: a ring around it grows with it.
			if (hoverRef?.source === PLACES_SOURCE) ringPlace(hoverRef.id);
		},
		setNamed(ids) {
			namedIds = ids;
			whenStyled(() => map.setGlobalStateProperty(NAMED_STATE, namedIds));
		},
		setHidden(ids) {
			// A new selection works the same ids out again: MapLibre would redraw the map for them,
			// in the frame that paints the selection's text.
			if (ids.length === hiddenIds.length && ids.every((id, i) => id === hiddenIds[i])) return;
			hiddenIds = ids;
			whenStyled(() => map.setGlobalStateProperty(HIDDEN_STATE, hiddenIds));
			// A place or route hidden under the resting pointer is no longer hovered (nor ringed).
			if (hoverRef && ids.includes(hoverRef.id)) setHover(null);
			voyageLayer?.placesChanged();
		},
		destroy() {
			removed = true;
			clearTimeout(styleTimer);
			map.remove();
		}
	};
}
