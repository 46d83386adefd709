import { replaceState } from '$app/navigation';
import { navigating, page } from '$app/state';

/**
 * Rewrites parts of the current history entry without adding one. Built on `location`, not on
 * `page.url`: SvelteKit's shallow `replaceState` leaves `page.url` at the last navigation, so two
 * writers (the view in the hash, the voyage moment in `?at=`) would undo each other's changes.
 */

/** Browsers refuse bursts of history writes; camera moves and playback come in bursts. */
const MIN_INTERVAL_MS = 300;
let lastWrite = 0;
let pending: ReturnType<typeof setTimeout> | null = null;
let next: { search?: URLSearchParams; hash?: string } = {};
/**
 * The page a pending write belongs to. Taken from `page`, not `location`: on Back or Forward the
 * browser moves `location` to the entry being entered at once, while Kit still shows (and records
 * with every `replaceState`) the page being left until its navigation completes.
 */
let scheduledFor = '';

/**
 * Writes only once no navigation is in flight, into the entry of the page it was meant for.
 * Otherwise Kit would stamp the entry being entered with the page being left, and a later
 * Forward to that entry would open the wrong page.
 */
function write() {
	pending = null;
	if (navigating.to || location.pathname !== scheduledFor) {
		next = {};
		return;
	}
	lastWrite = performance.now();
	const search = next.search ?? new URLSearchParams(location.search);
	const hash = next.hash ?? location.hash;
	next = {};
	const query = search.toString().replaceAll('%2C', ',');
	const url = `${location.pathname}${query ? `?${query}` : ''}${hash}`;
	if (url !== `${location.pathname}${location.search}${location.hash}`)
		replaceState(url, page.state);
}

function schedule() {
	if (pending) return;
	scheduledFor = page.url.pathname;
	const wait = Math.max(0, MIN_INTERVAL_MS - (performance.now() - lastWrite));
	pending = setTimeout(write, wait);
}

/** Keeps the map view in the hash. */
export function replaceHash(hash: string) {
	next.hash = hash;
	schedule();
}

/** Sets or removes one query parameter, e.g. the voyage moment `at`. */
export function replaceParam(name: string, value: string | null) {
	const search = next.search ?? new URLSearchParams(location.search);
	if (value === null) search.delete(name);
	else search.set(name, value);
	next.search = search;
	schedule();
}

/**
 * Drops writes not yet made: called when the reader navigates, so that a view meant for the page
 * being left is never written into the entry being entered.
 */
export function dropPendingWrites() {
	if (pending) clearTimeout(pending);
	pending = null;
	next = {};
}
