import { fitView, offsetFromCentre } from '../geo/web-mercator.ts';
import type { ArticleExtent } from '../story/extent.ts';
import { ZOOM_RANGE, type MapView } from '../url/view-hash.ts';
import { ARTICLE_LABEL_SIZE, LABEL_OFFSET_EM } from './story-layers.ts';

/** The Atlantic between Iran and Latin America: the first view of a story without places. */
const WORLD_VIEW: MapView = { zoom: 1.6, center: [-30, 12], bearing: 0, pitch: 0 };
/** Closer than this, a first view would no longer show where its places are in the world. */
const HOME_MAX_ZOOM = 4;
/** Noto Sans is about 0.55 em a character in mixed case: a little more, so no label is cut. */
const GLYPH_EM = 0.6;
/** The side padding may take at most this share of the map's width: the places come first. */
const MAX_SIDE_SHARE = 0.6;

/** Pixels between a label's far end and the map's side: its halo and a little air. */
const LABEL_MARGIN = 8;

/** Pixels from a place's dot to the map's side, for its label to fit beside the dot. */
function labelReach(name: string): number {
	return ARTICLE_LABEL_SIZE * (LABEL_OFFSET_EM + GLYPH_EM * name.length) + LABEL_MARGIN;
}

/**
 * The first view of a map this size, without a view or a selection in the link: every one of the
 * article's places in sight, and room for each one's label on either side of its dot (MapLibre
 * picks the side, and lets a label run off the map's edge). The benchmark's bare MapLibre page
 * opens on the same view.
 */
export function homeView(
	size: { width: number; height: number },
	extent: ArticleExtent | null
): MapView {
	if (!extent || size.width <= 0 || size.height <= 0) return WORLD_VIEW;
	const vertical = Math.min(40, 0.08 * size.height);
	const padding = { top: vertical, bottom: vertical, left: 0, right: 0 };
	padding.left = padding.right = Math.min(96, 0.16 * size.width);
	let view = fitView(extent.box, size, padding, HOME_MAX_ZOOM);
	// Widening one side moves every place, so the labels are measured again, a few times at most:
	// each round the overflow is what the previous padding's smaller zoom still leaves.
	for (let round = 0; round < 4; round++) {
		let overLeft = 0;
		let overRight = 0;
		for (const { lng, lat, name } of extent.labels) {
			const x = size.width / 2 + offsetFromCentre(view, lng, lat).dx;
			overLeft = Math.max(overLeft, labelReach(name) - x);
			overRight = Math.max(overRight, x + labelReach(name) - size.width);
		}
		const room = MAX_SIDE_SHARE * size.width - padding.left - padding.right;
		if ((overLeft < 0.5 && overRight < 0.5) || room < 1) break;
		const share = Math.min(1, room / (overLeft + overRight));
		padding.left += overLeft * share;
		padding.right += overRight * share;
		view = fitView(extent.box, size, padding, HOME_MAX_ZOOM);
	}
	return {
		zoom: Math.max(view.zoom, ZOOM_RANGE[0]),
		center: [view.lng, view.lat],
		bearing: 0,
		pitch: 0
	};
}
