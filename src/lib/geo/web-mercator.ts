/** The width in CSS pixels of one copy of the world at a zoom: MapLibre's world is 512 at zoom 0. */
export function worldWidth(zoom: number): number {
	return 512 * 2 ** zoom;
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
	const mx = (x: number) => ((x + 180) / 360) * world;
	const my = (y: number) => {
		const s = Math.sin((y * Math.PI) / 180);
		return (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * world;
	};
	let dx = mx(lng) - mx(view.lng);
	if (dx > world / 2) dx -= world;
	if (dx < -world / 2) dx += world;
	return { dx, dy: my(lat) - my(view.lat) };
}
