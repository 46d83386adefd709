import type { FeatureRef } from '../story/views.ts';

/**
 * How far from a dot or a line, in CSS pixels, the pointer still hits it, so small dots and thin
 * dotted lines are easy to click and touch without invisible wide layers to draw.
 */
export const HIT_TOLERANCE = 8;

type ScreenPoint = { x: number; y: number };

/** The box around the pointer to query the map's rendered features in. */
export function hitBox(
	at: ScreenPoint,
	tolerance = HIT_TOLERANCE
): [[number, number], [number, number]] {
	return [
		[at.x - tolerance, at.y - tolerance],
		[at.x + tolerance, at.y + tolerance]
	];
}

export interface HitCandidate {
	ref: FeatureRef;
	/** Where a place's dot is drawn; routes have none. */
	at?: ScreenPoint;
}

/**
 * What the pointer picked among the features in its box: the place whose dot is nearest (a dot
 * sits over the lines), else the first route (the topmost, in the order the map returns them).
 * `worldWidth` is the width of one world copy in pixels: a dot drawn on the copy next door is as
 * near as its twin on this one.
 */
export function pickHit(
	candidates: HitCandidate[],
	pointer: ScreenPoint,
	worldWidth: number
): FeatureRef | undefined {
	let best: { ref: FeatureRef; distance: number } | undefined;
	for (const { ref, at } of candidates) {
		if (ref.kind !== 'place' || !at) continue;
		const raw = at.x - pointer.x;
		const dx = raw - Math.round(raw / worldWidth) * worldWidth;
		const distance = Math.hypot(dx, at.y - pointer.y);
		if (!best || distance < best.distance) best = { ref, distance };
	}
	return best?.ref ?? candidates.find((c) => c.ref.kind === 'route')?.ref;
}
