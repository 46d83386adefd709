import type { Position } from 'geojson';
import type { LabelledPoint } from '../story/extent.ts';
import type { MapView } from '../url/view-hash.ts';
import { offsetFromCentre } from '../geo/web-mercator.ts';
import { fitWithLabels, labelReach } from './label-fit.ts';
import { ARTICLE_LABEL_SIZE, LABEL_OFFSET_EM } from './story-layers.ts';

type Box = [number, number, number, number];

/** A route is shown no closer than this: its places still among their neighbours. */
const ROUTE_MAX_ZOOM = 6;
/** Longitudes a route may span and still be fitted; wider, it goes round the world. */
export const WORLD_ROUTE_SPAN = 270;
/** Pixels kept clear round the line: at most 48, less on a short or narrow map. */
const PADDING = 48;
const PADDING_SHARE = 0.1;

export interface RoutePlace extends LabelledPoint {
	/** Named at any zoom while the route is selected: an article's place, or one of its stops. */
	named: boolean;
}

/** Pixels from a dot to the far edge of a label above or below it. */
const LABEL_RISE = ARTICLE_LABEL_SIZE * (LABEL_OFFSET_EM + 1.2);

/** Where a place's dot is on a map this size, in pixels from its top left corner. */
function pixelAt(size: { width: number; height: number }, view: MapView, place: LabelledPoint) {
	const centre = { zoom: view.zoom, lng: view.center[0], lat: view.center[1] };
	const { dx, dy } = offsetFromCentre(centre, place.lng, place.lat);
	return { x: size.width / 2 + dx, y: size.height / 2 + dy };
}

/**
 * Whether the map's side would cut a place's name: the view shows the place, by its dot or by its
 * label on any side of the dot, but has no room for the label on both sides.
 */
function nameCut(size: { width: number; height: number }, view: MapView, place: LabelledPoint) {
	const { x, y } = pixelAt(size, view, place);
	const reach = labelReach(place);
	const shown =
		x + reach > 0 && x - reach < size.width && y + LABEL_RISE > 0 && y - LABEL_RISE < size.height;
	const room = x >= reach && x <= size.width - reach && y >= 0 && y <= size.height;
	return shown && !room;
}

/**
 * Whether the map's side cuts a place's name where MapLibre tries it first, on its dot's right:
 * part of it on the map, part past a side.
 */
function firstChoiceCut(
	size: { width: number; height: number },
	view: MapView,
	place: LabelledPoint
) {
	const { x, y } = pixelAt(size, view, place);
	const end = x + labelReach(place);
	// fitWithLabels leaves a name within half a pixel of its room.
	const past = end - size.width > 0.5;
	return end > 0 && x <= size.width && (x < 0 || past) && y >= 0 && y <= size.height;
}

/** [west, south, east, north] around some points. */
function boxAround(points: Position[]): Box {
	const lngs = points.map((p) => p[0]);
	const lats = points.map((p) => p[1]);
	return [Math.min(...lngs), Math.min(...lats), Math.max(...lngs), Math.max(...lats)];
}

/**
 * A route's view on a map this size: the whole line (its points unwrapped across the
 * antimeridian), and the names of the places in it. A named place past the line whose name the
 * map's side would cut gets room for it too, the view widening to take the place in, but never
 * to the width of the world. A voyage round the world fits only at a zoom where the world
 * repeats: it gets the article's places instead (`articleBox`), and where the voyage starts,
 * widened for a stop whose name that frame cuts where the map has room for them all; null
 * without that box.
 */
export function routeView(
	size: { width: number; height: number },
	points: Position[],
	places: RoutePlace[],
	articleBox: Box | null
): MapView | null {
	let box = boxAround(points);
	const roundTheWorld = box[2] - box[0] >= WORLD_ROUTE_SPAN;
	if (roundTheWorld) {
		if (!articleBox) return null;
		box = boxAround([[articleBox[0], articleBox[1]], [articleBox[2], articleBox[3]], points[0]]);
	}
	const [west, south, east, north] = box;
	const labels: LabelledPoint[] = [];
	let outside: RoutePlace[] = [];
	for (const place of places) {
		// The place's longitude on the same turn of the world as the (unwrapped) line.
		const lng = place.lng + 360 * Math.floor((east - place.lng) / 360);
		if (lng >= west && place.lat >= south && place.lat <= north) labels.push({ ...place, lng });
		else if (place.named) outside.push(place);
	}
	const padding = {
		x: Math.min(PADDING, PADDING_SHARE * size.width),
		y: Math.min(PADDING, PADDING_SHARE * size.height)
	};
	// Round the world, only names as MapLibre first draws them count: a stop past the right side
	// keeps its name there, on the far side of the world from the story's frame.
	const isCut = roundTheWorld ? firstChoiceCut : nameCut;
	const frame = fitWithLabels(size, box, labels, padding, ROUTE_MAX_ZOOM);
	let view = frame;
	// Each round takes at least one place off the list, so this ends.
	for (;;) {
		const cut = outside.filter((place) => isCut(size, view, place));
		if (!cut.length) break;
		outside = outside.filter((place) => !cut.includes(place));
		for (const place of cut) {
			// The copy of the place nearest the view's centre, the one it shows.
			const lng = place.lng + 360 * Math.round((view.center[0] - place.lng) / 360);
			const wider = boxAround([
				[box[0], box[1]],
				[box[2], box[3]],
				[lng, place.lat]
			]);
			// As wide as the world, a view shows it only at a zoom where it repeats.
			if (wider[2] - wider[0] >= WORLD_ROUTE_SPAN) continue;
			labels.push({ ...place, lng });
			box = wider;
		}
		view = fitWithLabels(size, box, labels, padding, ROUTE_MAX_ZOOM);
	}
	// The story's frame made smaller and still cutting a name (a phone's map is too narrow for
	// every stop of a voyage round the world) is no better: it stays as it was.
	const stillCut = roundTheWorld && labels.some((place) => isCut(size, view, place));
	return stillCut ? frame : view;
}
