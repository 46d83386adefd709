import { browser } from '$app/environment';
import { page } from '$app/state';

/**
 * The address the reader sees, re-read on every navigation. SvelteKit's `page.url` is the URL of
 * the last navigation, and Back or Forward to an entry we rewrote in place (the view in the hash,
 * the voyage moment in `?at=`, see replace.ts) gives `page.url` as it was before the rewrite: the
 * browser's own address still has them. Call it inside `$derived` or `$effect`: reading
 * `page.url` is what makes it re-run when the reader navigates.
 */
export function currentAddress(): URL {
	const navigated = page.url;
	return browser ? new URL(location.href) : navigated;
}
