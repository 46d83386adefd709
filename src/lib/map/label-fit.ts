import { fitView, offsetFromCentre } from '../geo/web-mercator.ts';
import type { LabelledPoint } from '../story/extent.ts';
import { ZOOM_RANGE, type MapView } from '../url/view-hash.ts';
import { ARTICLE_LABEL_SIZE, LABEL_OFFSET_EM } from './story-layers.ts';

/** Noto Sans is about 0.55 em a character in mixed case: a little more, so no label is cut. */
const GLYPH_EM = 0.6;
/** The side padding may take at most this share of the map's width: the places come first. */
const MAX_SIDE_SHARE = 0.6;
/** Pixels between a label's far end and the map's side: its halo and a little air. */
const LABEL_MARGIN = 8;

/** Pixels from a place's dot to the map's side, for its label to fit beside the dot. */
export function labelReach({ name, size = ARTICLE_LABEL_SIZE }: LabelledPoint): number {
	return size * (LABEL_OFFSET_EM + GLYPH_EM * name.length) + LABEL_MARGIN;
}

/**
 * The north-up view of a map this size that fits a box ([west, south, east, north]; east may run
 * past 180 for a line across the antimeridian) with `padding` pixels spare on each side, and
 * room besides for each label on either side of its dot: MapLibre picks the side, and lets a
 * label run off the map's edge.
 */
export function fitWithLabels(
	size: { width: number; height: number },
	box: [number, number, number, number],
	labels: LabelledPoint[],
	padding: { x: number; y: number },
	maxZoom: number
): MapView {
	const sides = { top: padding.y, bottom: padding.y, left: padding.x, right: padding.x };
	const minZoom = ZOOM_RANGE[0];
	let view = fitView(box, size, sides, maxZoom, minZoom);
	// Widening one side moves every place, so the labels are measured again until they fit: each
	// round the overflow is what the last padding left (half of it when the map's height, not its
	// width, sets the zoom, as the box then only moves by half the padding added).
	const reaches = labels.map(labelReach);
	for (let round = 0; round < 12; round++) {
		let overLeft = 0;
		let overRight = 0;
		labels.forEach(({ lng, lat }, i) => {
			const x = size.width / 2 + offsetFromCentre(view, lng, lat).dx;
			overLeft = Math.max(overLeft, reaches[i] - x);
			overRight = Math.max(overRight, x + reaches[i] - size.width);
		});
		const room = MAX_SIDE_SHARE * size.width - sides.left - sides.right;
		if ((overLeft < 0.5 && overRight < 0.5) || room < 1) break;
		const share = Math.min(1, room / (overLeft + overRight));
		sides.left += overLeft * share;
		sides.right += overRight * share;
		view = fitView(box, size, sides, maxZoom, minZoom);
	}
	return {
		zoom: view.zoom,
		center: [view.lng, view.lat],
		bearing: 0,
		pitch: 0
	};
}
