import type { Page } from '@playwright/test';
import { clickManaguaOnMap, expect, mapIdle, standInOnlineBasemap, test } from './fixtures';
import { ONLINE_BASEMAP_ORIGIN, ONLINE_BUILD_URL, requireOnlineBuild } from './servers';

interface Violation {
	directive: string;
	blocked: string;
	source: string;
	sample: string;
}

declare global {
	interface Window {
		__cspViolations?: Violation[];
	}
}

/** Records every CSP violation of the page (and of its same-document frames) on window. */
function recordViolations() {
	window.__cspViolations = [];
	document.addEventListener(
		'securitypolicyviolation',
		(e) => {
			window.__cspViolations!.push({
				directive: e.effectiveDirective,
				blocked: e.blockedURI,
				source: `${e.sourceFile}:${e.lineNumber}`,
				sample: e.sample
			});
		},
		true
	);
}

const violations = (page: Page) => page.evaluate(() => window.__cspViolations ?? []);

/** The map's label fonts, registered by MapLibre through the CSS Font Loading API. */
const mapFontFaces = (page: Page) =>
	page.evaluate(() =>
		[...document.fonts]
			.filter((f) => f.family.replace(/"/g, '').startsWith('maplibre-gl-font-face'))
			.map((f) => f.status)
	);

/** MapLibre fetches the label fonts (connect-src) and hands FontFace an ArrayBuffer. */
async function expectLabelFontsLoaded(page: Page) {
	await expect.poll(() => mapFontFaces(page)).toContainEqual('loaded');
	expect(await mapFontFaces(page)).not.toContainEqual('error');
}

/** The requests to any origin but these (blob: URLs carry the origin that made them). */
const requestsElsewhere = (requests: string[], origins: string[]) =>
	requests.filter((url) => !origins.includes(new URL(url.replace(/^blob:/, '')).origin));

test('a tour of the site breaks no CSP rule and asks only its own origin', async ({
	page,
	baseURL
}) => {
	// Four full page loads, each waiting for the map: more than one test's usual budget.
	test.setTimeout(120_000);
	const origin = new URL(baseURL!).origin;
	const requests: string[] = [];
	page.on('request', (r) => requests.push(r.url()));
	await page.addInitScript(recordViolations);

	// The home page, the policy itself, and a click on the map.
	await page.goto('/#4/12/-80');
	await mapIdle(page);
	const policy = await page
		.locator('meta[http-equiv="content-security-policy"]')
		.getAttribute('content');
	expect(policy).toContain("script-src 'self'");
	expect(policy).not.toContain('unsafe-eval');
	expect(policy).toMatch(/object-src 'none'/);
	await expectLabelFontsLoaded(page);

	await clickManaguaOnMap(page);
	expect(await violations(page)).toEqual([]);

	// A deep link, loaded afresh.
	await page.goto('/place/havana');
	await expect(page.getByRole('heading', { level: 1, name: 'Havana' })).toBeVisible();
	await mapIdle(page);
	expect(await violations(page)).toEqual([]);

	// A route, with its voyage player and a share control where the page has them.
	await page.goto('/route/flotilla-voyage');
	await mapIdle(page);
	const play = page.getByRole('button', { name: 'Play', exact: true });
	if ((await play.count()) > 0) {
		await play.first().click();
		await page.waitForTimeout(1500);
	}
	const share = page.getByRole('button', { name: /share|copy link/i });
	if ((await share.count()) > 0) {
		await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
		await share.first().click();
		await page.waitForTimeout(300);
	}
	// A client-side navigation from the list, which renders SvelteKit's route announcer.
	await page
		.getByRole('navigation', { name: 'Places and routes' })
		.getByRole('link', { name: 'Caracas' })
		.click();
	await expect(page.getByRole('heading', { level: 1, name: 'Caracas' })).toBeVisible();
	await page.waitForTimeout(300);
	expect(await violations(page)).toEqual([]);

	expect(requests.length).toBeGreaterThan(10);
	expect(requests.filter((url) => url.startsWith('data:'))).toEqual([]);
	expect(requestsElsewhere(requests, [origin])).toEqual([]);
});

test.describe('a build with an online basemap configured', () => {
	test.use({ baseURL: ONLINE_BUILD_URL });
	test.beforeEach(requireOnlineBuild);

	test('draws the basemap from its host, lets in only that origin, and breaks no CSP rule', async ({
		page,
		baseURL
	}) => {
		const origin = new URL(baseURL!).origin;
		const requests: string[] = [];
		page.on('request', (r) => requests.push(r.url()));
		await page.addInitScript(recordViolations);
		const online = await standInOnlineBasemap(page);

		await page.goto('/#4/12/-80');
		await mapIdle(page);
		const policy = await page
			.locator('meta[http-equiv="content-security-policy"]')
			.getAttribute('content');
		expect(policy).toContain(`connect-src 'self' ${ONLINE_BASEMAP_ORIGIN};`);
		expect(policy).toMatch(/script-src 'self' 'sha256-[^']+';/);
		// The style and its tiles came from the online host, not from this site.
		expect(online).toContain('/map/style.json');
		expect(online.some((p) => /^\/map\/tiles\/4\/\d+\/\d+\.pbf$/.test(p))).toBe(true);
		const own = requests.filter((url) => new URL(url).origin === origin);
		expect(own.filter((url) => /\/map\/(style|tiles)/.test(url))).toEqual([]);
		// That style names no font faces: the labels' font still comes from this site.
		expect(own.some((url) => url.includes('/map/fonts/noto-sans-latin-400-normal.woff2'))).toBe(
			true
		);
		await expectLabelFontsLoaded(page);

		// The story is drawn over it and answers the pointer.
		await clickManaguaOnMap(page);
		expect(await violations(page)).toEqual([]);
		expect(requestsElsewhere(requests, [origin, ONLINE_BASEMAP_ORIGIN])).toEqual([]);
	});
});
