/** The width in CSS pixels of one copy of the world at a zoom: MapLibre's world is 512 at zoom 0. */
export function worldWidth(zoom: number): number {
	return 512 * 2 ** zoom;
}

/** Web Mercator x of a longitude, as a fraction of the world's width from its west edge. */
const mercatorX = (lng: number) => (lng + 180) / 360;
/** Web Mercator y of a latitude, as a fraction of the world's height from its north edge. */
function mercatorY(lat: number): number {
	const s = Math.sin((lat * Math.PI) / 180);
	return 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI);
}

/**
 * How far from the centre of a north-up view a longitude/latitude is drawn, in CSS pixels, the
 * way MapLibre projects it (a 512-pixel world at zoom 0). For tests and the benchmark, which
 * click on features by where the map draws them.
 */
export function offsetFromCentre(
	view: { zoom: number; lng: number; lat: number },
	lng: number,
	lat: number
): { dx: number; dy: number } {
	const world = worldWidth(view.zoom);
	const mx = (x: number) => mercatorX(x) * world;
	const my = (y: number) => mercatorY(y) * world;
	let dx = mx(lng) - mx(view.lng);
	if (dx > world / 2) dx -= world;
	if (dx < -world / 2) dx += world;
	return { dx, dy: my(lat) - my(view.lat) };
}

/** Pixels to keep clear on each side of a map. */
export interface Padding {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

/**
 * The north-up view that fits a box of longitudes and latitudes ([west, south, east, north]; a
 * line across the antimeridian has its east past 180) in a map of this size with `padding` pixels
 * to spare on each side, as MapLibre's fitBounds would: centred on the box in Mercator within the
 * room the padding leaves, as close in as both sides allow, within the zoom range given.
 */
export function fitView(
	box: [number, number, number, number],
	size: { width: number; height: number },
	padding: Padding,
	maxZoom: number,
	minZoom = -Infinity
): { lng: number; lat: number; zoom: number } {
	const [west, south, east, north] = box;
	const x = [mercatorX(west), mercatorX(east)];
	const y = [mercatorY(north), mercatorY(south)];
	// Spans in pixels of the 512-pixel world at zoom 0; a single point fits at any zoom.
	const spanX = Math.max((x[1] - x[0]) * worldWidth(0), 1e-9);
	const spanY = Math.max((y[1] - y[0]) * worldWidth(0), 1e-9);
	const room = (side: number, a: number, b: number) => Math.max(side - a - b, 1);
	const fits = Math.min(
		Math.log2(room(size.width, padding.left, padding.right) / spanX),
		Math.log2(room(size.height, padding.top, padding.bottom) / spanY)
	);
	const zoom = Math.max(Math.min(fits, maxZoom), minZoom);
	// The box sits in the middle of the room, which is off the map's centre when the padding is
	// uneven: the map's centre is that far the other way from the box's.
	const world = worldWidth(zoom);
	const midX = (x[0] + x[1]) / 2 - (padding.left - padding.right) / 2 / world;
	const midY = (y[0] + y[1]) / 2 - (padding.top - padding.bottom) / 2 / world;
	return {
		lng: midX * 360 - 180,
		lat: (Math.atan(Math.sinh(Math.PI * (1 - 2 * midY))) * 180) / Math.PI,
		zoom
	};
}
