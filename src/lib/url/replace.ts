import { replaceState } from '$app/navigation';
import { page } from '$app/state';
import { formatSearch } from './story-url.ts';

/**
 * Rewrites parts of the current history entry without adding one. Built on `location`, not on
 * `page.url`: SvelteKit's shallow `replaceState` leaves `page.url` at the last navigation, so two
 * writers (the view in the hash, the voyage moment in `?at=`) would undo each other's changes.
 *
 * Nothing is written while a navigation is in flight. On Back or Forward the browser moves
 * `location` to the entry being entered at once, while Kit still shows the page being left, and
 * records that page (its URL, its place in history) with every `replaceState` until the
 * navigation completes: a write then would make a later Forward to that entry open the wrong page.
 */

/** Browsers refuse bursts of history writes; camera moves and playback come in bursts. */
const MIN_INTERVAL_MS = 300;
let lastWrite = 0;
let pending: ReturnType<typeof setTimeout> | null = null;
let next: { search?: URLSearchParams; hash?: string } = {};
/** The page the changes in `next` belong to: the one Kit shows, not the one `location` names. */
let scheduledFor = '';
/** Navigations begun and not yet completed or given up. */
let inFlight = 0;
/** Told after each write: what shows the address (the embed code) keeps up with it. */
let onWrite: (() => void) | undefined;

function dropPending() {
	if (pending) clearTimeout(pending);
	pending = null;
	next = {};
}

/** The changes to write, started afresh when the last ones were meant for another page. */
function changes() {
	if (scheduledFor !== page.url.pathname) {
		dropPending();
		scheduledFor = page.url.pathname;
	}
	return next;
}

function write() {
	pending = null;
	const { search = new URLSearchParams(location.search), hash = location.hash } = next;
	next = {};
	if (inFlight > 0 || location.pathname !== scheduledFor) return;
	lastWrite = performance.now();
	const url = `${location.pathname}${formatSearch(search)}${hash}`;
	if (url === `${location.pathname}${location.search}${location.hash}`) return;
	replaceState(url, page.state);
	onWrite?.();
}

/** Sets the one thing told after each write of the address, or none. */
export function followWrites(listener?: () => void) {
	onWrite = listener;
}

function schedule() {
	if (pending) return;
	const wait = Math.max(0, MIN_INTERVAL_MS - (performance.now() - lastWrite));
	pending = setTimeout(write, wait);
}

/**
 * Makes the writes held back by the burst limit now. For a navigation that starts from the
 * address (a layer or period change): it would otherwise drop them and take the address as it
 * was up to 300 ms before, winding the camera and a playing voyage back to it.
 */
export function flushWrites() {
	if (!pending) return;
	clearTimeout(pending);
	write();
}

/**
 * The address as the page shows it now, the writes held back made first: for what reads it to
 * hand on (a copied link, the embed's link to the full page, a layer or period change), which
 * would otherwise take the moment or view from before the last step or move.
 */
export function addressNow(): URL {
	flushWrites();
	return new URL(location.href);
}

/**
 * Keeps the map view in the hash. A view reported during a navigation belongs to the page being
 * left and is ignored: the page being entered reports its own once its camera has moved.
 */
export function replaceHash(hash: string) {
	if (inFlight > 0) return;
	changes().hash = hash;
	schedule();
}

/** Sets or removes one query parameter, e.g. the voyage moment `at`; ignored during navigations. */
export function replaceParam(name: string, value: string | null) {
	if (inFlight > 0) return;
	const pendingChanges = changes();
	const search = pendingChanges.search ?? new URLSearchParams(location.search);
	if (value === null) search.delete(name);
	else search.set(name, value);
	pendingChanges.search = search;
	schedule();
}

/**
 * For Kit's `beforeNavigate`: drops the writes not yet made and makes none until the navigation
 * has completed, been cancelled or been overtaken by another (`complete` settles in every case).
 * Leaving the document (closing the tab, a link to another site) is not a navigation within it:
 * its `complete` never settles, and the page may stay (a download) or come back from the
 * back-forward cache.
 */
export function navigationStarted(navigation: {
	type: string;
	willUnload: boolean;
	complete: Promise<void>;
}) {
	if (navigation.willUnload) return;
	dropPending();
	inFlight++;
	const settled = () => {
		inFlight--;
	};
	navigation.complete.then(settled, settled);
}

/**
 * A page opened at its address with a trailing slash (/place/managua/, which many static hosts
 * serve as /place/managua) is shown by Kit at the address without it: the address bar is set to
 * match, with its query and hash, so the writes above (which check that the two agree) go on, and
 * a copied link is the canonical one.
 */
export function settleTrailingSlash() {
	const shown = page.url.pathname;
	if (location.pathname === shown || location.pathname.replace(/\/+$/, '') !== shown) return;
	replaceState(`${shown}${location.search}${location.hash}`, page.state);
}
