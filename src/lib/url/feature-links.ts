import { getContext, setContext } from 'svelte';
import type { ResolvedPathname } from '$app/types';
import type { FeatureRef } from '../story/views.ts';
import { featureHref } from './selection.ts';

/**
 * A link to a place or a route (at a moment of its voyage, with `at`) that keeps what the reader
 * chose besides the selection: layers, period and embed mode. The layout makes it from the URL;
 * panels and lists deep in a page use it through the context, so none of them builds its own.
 */
export type FeatureLink = (ref: FeatureRef, at?: string) => ResolvedPathname;

const KEY = Symbol('feature-links');

/** Without the layout (a component rendered on its own), a link keeps nothing else. */
const bare: FeatureLink = (ref, at) =>
	`${featureHref(ref)}${at ? `?at=${encodeURIComponent(at)}` : ''}` as ResolvedPathname;

export function provideFeatureLink(link: FeatureLink): void {
	setContext(KEY, link);
}

export function useFeatureLink(): FeatureLink {
	return getContext<FeatureLink | undefined>(KEY) ?? bare;
}
