import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/**
 * The map view and the voyage moment are written into the current history entry. These tests
 * play the order of events of Back and Forward in SvelteKit: the browser moves `location` to
 * the entry being entered first; Kit's `page` and `navigating` follow while it navigates.
 */
const kit = vi.hoisted(() => ({
	replaceState: vi.fn(),
	page: { url: new URL('https://example.org/'), state: {} },
	navigating: { to: null as null | { url: URL } }
}));
vi.mock('$app/navigation', () => ({ replaceState: kit.replaceState }));
vi.mock('$app/state', () => ({ page: kit.page, navigating: kit.navigating }));

const address = { pathname: '/', search: '', hash: '' };

/** Where the reader is: the address bar and the page Kit shows agree. */
function showPage(href: string) {
	const url = new URL(href, 'https://example.org');
	kit.page.url = url;
	Object.assign(address, { pathname: url.pathname, search: url.search, hash: url.hash });
}

/** Back or Forward has begun: the browser is on the entry, Kit has not shown its page yet. */
function browserEnters(href: string) {
	const url = new URL(href, 'https://example.org');
	Object.assign(address, { pathname: url.pathname, search: url.search, hash: url.hash });
	kit.navigating.to = { url };
}

let replace: typeof import('../../src/lib/url/replace');

beforeEach(async () => {
	vi.useFakeTimers();
	vi.stubGlobal('location', address);
	kit.replaceState.mockClear();
	kit.navigating.to = null;
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

	it('sets the voyage moment next to the view', () => {
		showPage('/route/flotilla-voyage#3/0/0');
		replace.replaceParam('at', 'rio-de-janeiro');
		vi.advanceTimersByTime(1000);
		expect(kit.replaceState.mock.calls).toEqual([
			['/route/flotilla-voyage?at=rio-de-janeiro#3/0/0', {}]
		]);
	});

	it('never stamps the entry being entered by Back with the page being left', () => {
		showPage('/route/flotilla-voyage');
		browserEnters('/place/havana');
		// The camera of the route page, still flying, reports a view during the navigation.
		replace.replaceHash('#3/10/-60');
		vi.advanceTimersByTime(1000);
		expect(kit.replaceState).not.toHaveBeenCalled();
	});

	it('drops a view scheduled before Back once the browser is on another entry', () => {
		showPage('/route/flotilla-voyage');
		replace.replaceHash('#3/10/-60');
		browserEnters('/place/havana');
		vi.advanceTimersByTime(1000);
		expect(kit.replaceState).not.toHaveBeenCalled();
	});

	it('writes again once the entered page is shown', () => {
		showPage('/route/flotilla-voyage');
		browserEnters('/place/havana');
		replace.replaceHash('#3/10/-60');
		vi.advanceTimersByTime(1000);
		kit.navigating.to = null;
		showPage('/place/havana');
		replace.replaceHash('#6/23.1/-82.4');
		vi.advanceTimersByTime(1000);
		expect(kit.replaceState.mock.calls).toEqual([['/place/havana#6/23.1/-82.4', {}]]);
	});
});
