import { resolve } from '$app/paths';
import type { ResolvedPathname } from '$app/types';
import type { FeatureRef } from '../story/views.ts';

/**
 * The selection a page stands for, from SvelteKit's route id and params: the URL's path is the
 * single source of truth for what is selected.
 */
export function selectionFromRoute(
	routeId: string | null,
	params: Partial<Record<string, string>>
): FeatureRef | null {
	if (!params.id) return null;
	if (routeId === '/place/[id]') return { kind: 'place', id: params.id };
	if (routeId === '/route/[id]') return { kind: 'route', id: params.id };
	return null;
}

/** The page of a place or a route, under the app's base path. */
export function featureHref(ref: FeatureRef): ResolvedPathname {
	return ref.kind === 'place'
		? resolve('/place/[id]', { id: ref.id })
		: resolve('/route/[id]', { id: ref.id });
}
