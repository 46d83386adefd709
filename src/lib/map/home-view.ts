import type { ArticleExtent } from '../story/extent.ts';
import type { MapView } from '../url/view-hash.ts';
import { fitWithLabels } from './label-fit.ts';

/** The Atlantic between Iran and Latin America: the first view of a story without places. */
const WORLD_VIEW: MapView = { zoom: 1.6, center: [-30, 12], bearing: 0, pitch: 0 };
/** Closer than this, a first view would no longer show where its places are in the world. */
const HOME_MAX_ZOOM = 4;

/**
 * The first view of a map this size, without a view or a selection in the link: every one of the
 * article's places in sight, with its label. The benchmark's bare MapLibre page opens on the
 * same view.
 */
export function homeView(
	size: { width: number; height: number },
	extent: ArticleExtent | null
): MapView {
	if (!extent || size.width <= 0 || size.height <= 0) return WORLD_VIEW;
	const padding = { x: Math.min(96, 0.16 * size.width), y: Math.min(40, 0.08 * size.height) };
	return fitWithLabels(size, extent.box, extent.labels, padding, HOME_MAX_ZOOM);
}
