import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/**
 * The map view and the voyage moment are written into the current history entry. These tests
 * play SvelteKit's order of events on Back and Forward: the browser moves `location` to the
 * entry being entered first; Kit calls `beforeNavigate`, loads, then shows the page (`page`)
 * and settles the navigation's `complete`.
 */
const kit = vi.hoisted(() => ({
	replaceState: vi.fn(),
	page: { url: new URL('https://example.org/'), state: {} }
}));
vi.mock('$app/navigation', () => ({ replaceState: kit.replaceState }));
vi.mock('$app/state', () => ({ page: kit.page }));

const address = { pathname: '/', search: '', hash: '' };

function moveAddress(href: string) {
	const url = new URL(href, 'https://example.org');
	Object.assign(address, { pathname: url.pathname, search: url.search, hash: url.hash });
	return url;
}

/** Where the reader is: the address bar and the page Kit shows agree. */
function showPage(href: string) {
	kit.page.url = moveAddress(href);
}

let replace: typeof import('../../src/lib/url/replace');

/**
 * Back or Forward to `href` has begun: the browser is on the entry and Kit has called
 * `beforeNavigate`, but still shows the page being left. Returns how the navigation ends.
 */
function backTo(href: string) {
	moveAddress(href);
	let complete!: () => void;
	let cancel!: () => void;
	const done = new Promise<void>((resolve, reject) => {
		complete = () => {
			kit.page.url = new URL(href, 'https://example.org');
			resolve();
		};
		cancel = () => reject(new Error('navigation aborted'));
	});
	replace.navigationStarted({ type: 'popstate', willUnload: false, complete: done });
	return { complete, cancel, done: done.catch(() => {}) };
}

/** Lets time pass, completes the navigation, lets more pass: nothing may have been written. */
async function finishWithoutWriting(navigation: ReturnType<typeof backTo>) {
	vi.advanceTimersByTime(1000);
	navigation.complete();
	await navigation.done;
	vi.advanceTimersByTime(1000);
	expect(kit.replaceState).not.toHaveBeenCalled();
}

beforeEach(async () => {
	vi.useFakeTimers();
	vi.stubGlobal('location', address);
	kit.replaceState.mockClear();
	vi.resetModules();
	replace = await import('../../src/lib/url/replace');
	showPage('/place/havana');
});

afterEach(() => {
	vi.useRealTimers();
	vi.unstubAllGlobals();
});

describe('writes into the history entry', () => {
	it('keeps the view of the page the reader is on, once per burst of camera moves', () => {
		replace.replaceHash('#4/23.1/-82.4');
		replace.replaceHash('#5/23.1/-82.4');
		vi.advanceTimersByTime(1000);
		expect(kit.replaceState.mock.calls).toEqual([['/place/havana#5/23.1/-82.4', {}]]);
	});

	it('writes a held-back view and moment at once when asked, before a layer change reads them', () => {
		showPage('/route/flotilla-voyage#3/0/0');
		replace.replaceHash('#4/-6.1/106.9');
		replace.replaceParam('at', 'jakarta');
		replace.flushWrites();
		const written = [['/route/flotilla-voyage?at=jakarta#4/-6.1/106.9', {}]];
		expect(kit.replaceState.mock.calls).toEqual(written);
		vi.advanceTimersByTime(1000);
		expect(kit.replaceState.mock.calls).toEqual(written);
	});

	it('sets the voyage moment next to the view', () => {
		showPage('/route/flotilla-voyage#3/0/0');
		replace.replaceParam('at', 'rio-de-janeiro');
		vi.advanceTimersByTime(1000);
		expect(kit.replaceState.mock.calls).toEqual([
			['/route/flotilla-voyage?at=rio-de-janeiro#3/0/0', {}]
		]);
	});

	it('never stamps the entry being entered by Back with the page being left', async () => {
		showPage('/route/flotilla-voyage');
		const back = backTo('/place/havana');
		// The route page's camera, still flying, reports a view during the navigation.
		replace.replaceHash('#3/10/-60');
		await finishWithoutWriting(back);
	});

	it('does the same between two entries of one page (a voyage moment and the route)', async () => {
		showPage('/route/flotilla-voyage?at=rio-de-janeiro');
		const back = backTo('/route/flotilla-voyage');
		replace.replaceParam('at', 'cape-town');
		replace.replaceHash('#3/10/-60');
		await finishWithoutWriting(back);
	});

	it('drops a view scheduled before Back once the browser is on another entry', () => {
		showPage('/route/flotilla-voyage');
		replace.replaceHash('#3/10/-60');
		// The browser has moved; Kit's popstate handler has not run yet.
		moveAddress('/place/havana');
		vi.advanceTimersByTime(1000);
		expect(kit.replaceState).not.toHaveBeenCalled();
	});

	it('writes the entered page’s view right after it is shown, even within the burst limit', async () => {
		showPage('/route/flotilla-voyage');
		replace.replaceHash('#3/10/-60');
		vi.advanceTimersByTime(1000);
		kit.replaceState.mockClear();
		replace.replaceHash('#3/11/-61');
		const back = backTo('/place/havana');
		back.complete();
		await back.done;
		replace.replaceHash('#6/23.1/-82.4');
		vi.advanceTimersByTime(1000);
		expect(kit.replaceState.mock.calls).toEqual([['/place/havana#6/23.1/-82.4', {}]]);
	});

	it('writes again after a navigation that was given up', async () => {
		showPage('/place/havana');
		const abandoned = backTo('/place/managua');
		abandoned.cancel();
		await abandoned.done;
		moveAddress('/place/havana');
		replace.replaceHash('#6/23.1/-82.4');
		vi.advanceTimersByTime(1000);
		expect(kit.replaceState.mock.calls).toEqual([['/place/havana#6/23.1/-82.4', {}]]);
	});

	it('keeps writing when the reader leaves the document and stays (a download)', () => {
		replace.navigationStarted({ type: 'leave', willUnload: true, complete: new Promise(() => {}) });
		replace.replaceHash('#6/23.1/-82.4');
		vi.advanceTimersByTime(1000);
		expect(kit.replaceState.mock.calls).toEqual([['/place/havana#6/23.1/-82.4', {}]]);
	});

	it('keeps writing after a link to another site, once Back brings the page back', () => {
		// Kit calls it a link navigation, and its `complete` never settles: the document unloads.
		replace.navigationStarted({ type: 'link', willUnload: true, complete: new Promise(() => {}) });
		replace.replaceHash('#6/23.1/-82.4');
		vi.advanceTimersByTime(1000);
		expect(kit.replaceState.mock.calls).toEqual([['/place/havana#6/23.1/-82.4', {}]]);
	});
});
