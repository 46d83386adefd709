import { getContext, setContext } from 'svelte';
import type { ResolvedPathname } from '$app/types';
import type { FeatureRef } from '../story/views.ts';

/**
 * A link to a place or a route (at a moment of its voyage, with `at`) that keeps what the reader
 * chose besides the selection: layers, period and embed mode. The layout makes it from the URL
 * and hands it to its own components; the panels inside a page get it through the context, so
 * none of them builds its own.
 */
export type FeatureLink = (ref: FeatureRef, at?: string) => ResolvedPathname;

const KEY = Symbol('feature-links');

export function provideFeatureLink(link: FeatureLink): void {
	setContext(KEY, link);
}

export function useFeatureLink(): FeatureLink {
	return getContext<FeatureLink>(KEY);
}
