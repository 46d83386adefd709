import type { Page, Route } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import config from '../../playwright.config';
import {
	ARTICLE_RED,
	canvasColours,
	canvasPixelsOf,
	clickManaguaOnMap,
	expect,
	hashView,
	MANAGUA,
	MAPLIBRE_STYLESHEET,
	projectToPage,
	settledView,
	standInOnlineBasemap,
	test as base
} from './fixtures';
import { getStory } from '../../src/lib/story/story.server';
import { flakyHost } from './flaky-host';
import { ONLINE_BUILD_URL, requireOnlineBuild } from './servers';

/**
 * Failure drills: the map without WebGL or without JavaScript, losing its WebGL context, a
 * basemap that answers 404, a part of the map's code gone after a deploy, and hostile URLs.
 * Whatever fails, the list, the text and the panels keep working.
 */

/** Console errors a drill causes on purpose (a failed request is logged by the browser itself). */
const test = base.extend<{ allowedConsole: RegExp | null; pageErrors: string[] }>({
	allowedConsole: [null, { option: true }],
	// Overrides the fixtures' check (still automatic) to let those expected messages through.
	pageErrors: async ({ page, allowedConsole }, use) => {
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
		page.on('console', (m) => {
			if (m.type() !== 'error') return;
			if (allowedConsole?.test(m.text())) return;
			errors.push(`console: ${m.text()}`);
		});
		await use(errors);
		expect(errors, 'errors in the page').toEqual([]);
	}
});

// SwiftShader draws on the CPU of a shared, busy machine: give the map room.
test.describe.configure({ timeout: 120_000 });

/** The fixtures' mapIdle, with a longer wait for a loaded machine. */
async function mapIdle(page: Page) {
	await page.waitForFunction(() => performance.getEntriesByName('map:idle').length > 0, null, {
		timeout: 75_000
	});
}

const MANAGUA_WORDS = 'Managua opposed “US efforts to expand influence in Latin America';

/** Picks Managua in the list and checks its panel opens with the article's words. */
async function openManaguaFromList(page: Page) {
	await page
		.getByRole('navigation', { name: 'Places and routes' })
		.getByRole('link', { name: 'Managua', exact: true })
		.click();
	await expect(page).toHaveURL(/\/place\/managua(\?[^#]*)?(#.*)?$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Managua' })).toBeVisible();
	await expect(page.locator('.article-words')).toContainText(MANAGUA_WORDS);
}

test('without WebGL the page says the map needs it, and the list, text and panels still work', async ({
	playwright,
	baseURL
}) => {
	// A browser of its own, launched like the configured one but with WebGL switched off.
	const launch = config.use?.launchOptions ?? {};
	const browser = await playwright.chromium.launch({
		...launch,
		args: [...(launch.args ?? []), '--disable-webgl', '--disable-3d-apis']
	});
	try {
		const page = await browser.newPage({ baseURL, viewport: config.use?.viewport });
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
		page.on('console', (m) => {
			if (m.type() === 'error') errors.push(`console: ${m.text()}`);
		});
		await page.goto('/');
		// The browser really has no WebGL: the drill is not testing a working map.
		expect(
			await page.evaluate(() => {
				const c = document.createElement('canvas');
				return (c.getContext('webgl2') ?? c.getContext('webgl')) === null;
			})
		).toBe(true);
		const alert = page.locator('.map-wrap').getByRole('alert');
		await expect(alert).toContainText('it needs WebGL');
		await expect(page.locator('.map-wrap').getByRole('status')).toHaveCount(0);
		const article = page.getByRole('region', { name: 'The article' });
		await expect(article).toBeVisible();
		await expect(article).toContainText('Managua');
		await openManaguaFromList(page);
		await expect(alert).toContainText('it needs WebGL');

		await page.goto('/place/managua');
		await expect(page.getByRole('heading', { level: 1, name: 'Managua' })).toBeVisible();
		await expect(page.locator('.article-words')).toContainText(MANAGUA_WORDS);
		await expect(page.locator('.map-wrap').getByRole('alert')).toContainText('it needs WebGL');
		expect(errors, 'errors in the page').toEqual([]);
	} finally {
		await browser.close();
	}
});

test.describe('JavaScript switched off', () => {
	test.use({ javaScriptEnabled: false });

	test('the map says it needs JavaScript instead of loading forever; the text is all there', async ({
		page
	}) => {
		for (const path of ['/', '/route/flotilla-voyage']) {
			await page.goto(path);
			const map = page.locator('.map-wrap');
			// Playwright's text locators skip <noscript>, which a browser without scripting shows.
			const states = map.locator('p.state');
			await expect(states.filter({ hasText: 'The map needs JavaScript' }), path).toBeVisible();
			await expect(states.filter({ hasText: 'Loading the map' }), path).toBeHidden();
			await expect(page.getByRole('region', { name: 'The article', exact: true })).toContainText(
				'Managua'
			);
		}
	});
});

test('losing the WebGL context shows a message, and restoring it draws the map again', async ({
	page
}) => {
	await page.goto('/#4/12/-80');
	await mapIdle(page);
	// The pointer rests on Managua's dot, hovered, when the context goes.
	const managua = await projectToPage(page, -86.2504, 12.1328);
	await page.mouse.move(managua.x, managua.y);
	await expect(page.locator('.maplibregl-canvas')).toHaveCSS('cursor', 'pointer');
	const banner = page.getByText('The map’s graphics were interrupted');
	await expect(banner).toHaveCount(0);
	const lost = await page.evaluate(() => {
		const canvas = document.querySelector<HTMLCanvasElement>('.maplibregl-canvas')!;
		// The map's own context: getContext gives back the one already created.
		const gl = canvas.getContext('webgl2');
		const ext = gl?.getExtension('WEBGL_lose_context');
		if (!ext) return false;
		(window as unknown as { __loseContext: WEBGL_lose_context }).__loseContext = ext;
		ext.loseContext();
		return true;
	});
	expect(lost, 'WEBGL_lose_context is available').toBe(true);
	await expect(banner).toBeVisible();
	await expect(banner).toHaveAttribute('role', 'status');
	// Moving the pointer over the map without graphics is harmless.
	await page.mouse.move(managua.x + 40, managua.y + 40);
	await page.mouse.move(managua.x, managua.y);

	await page.evaluate(() =>
		(window as unknown as { __loseContext: WEBGL_lose_context }).__loseContext.restoreContext()
	);
	await expect(banner).toHaveCount(0);
	await expect
		.poll(async () => (await canvasColours(page)).distinct, { timeout: 20_000 })
		.toBeGreaterThan(40);
	// The story is back on the map: its dots answer the pointer again, and nothing failed.
	await page.mouse.move(managua.x + 40, managua.y + 40);
	await expect(page.locator('.maplibregl-canvas')).not.toHaveCSS('cursor', 'pointer');
	await expect
		.poll(
			async () => {
				await page.mouse.move(managua.x, managua.y);
				return page.locator('.maplibregl-canvas').evaluate((c) => getComputedStyle(c).cursor);
			},
			{ timeout: 20_000 }
		)
		.toBe('pointer');
	await expect(page.getByRole('alert')).toHaveCount(0);
	await openManaguaFromList(page);
	// The restored map still follows the selection.
	await expect
		.poll(async () => (await hashView(page)).lng, { timeout: 10_000 })
		.toBeCloseTo(-86.25, 0);
});

test.describe('the panels’ text unreachable', () => {
	test.use({ allowedConsole: /Failed to load resource: net::ERR_INTERNET_DISCONNECTED/ });

	test('a selection says the text could not be loaded, and works once it can', async ({ page }) => {
		await page.route('**/data/views**', (route) => route.abort('internetdisconnected'));
		// Once the map is idle, every panel's text is fetched in the background: that fails first.
		const backgroundLoad = page.waitForRequest('**/data/views.json', { timeout: 75_000 });
		await page.goto('/');
		await backgroundLoad;
		const list = page.getByRole('navigation', { name: 'Places and routes' });
		await list.getByRole('link', { name: 'Managua', exact: true }).click();
		await expect(page.getByText('The story’s text could not be loaded')).toBeVisible();
		// The article stays readable meanwhile.
		await expect(page.locator('.article-pane')).toContainText('Amir-Abdollahian');
		await page.unroute('**/data/views**');
		await openManaguaFromList(page);
	});
});

test('a request for every panel’s text that stalls holds no selection up', async ({ page }) => {
	// Once the map is idle every panel's text is fetched in the background: it never answers.
	const stalled = new Promise<Route>((held) => page.route('**/data/views.json', held));
	await page.goto('/');
	const held = await stalled;
	await openManaguaFromList(page);
	await page.getByRole('link', { name: 'Caracas', exact: true }).first().click();
	await expect(page.getByRole('heading', { level: 1, name: 'Caracas' })).toBeVisible();
	await held.continue();
});

/**
 * Answers 404 for the file of build/ that one of our modules was built into (found in Vite's
 * manifest of the last build), as a host does once a new deploy has replaced it.
 */
async function goneAfterDeploy(page: Page, source: string) {
	const manifest = JSON.parse(
		readFileSync('.svelte-kit/output/client/.vite/manifest.json', 'utf8')
	) as Record<string, { file: string }>;
	const file = manifest[source]?.file;
	if (!file || !existsSync(`build/${file}`)) {
		throw new Error(`${source} is not in build/ as the last build left it: run \`npm run build\``);
	}
	await page.route(`**/${file}`, (route) => route.fulfill({ status: 404 }));
}

test.describe('a part of the map’s code the host no longer has (a page opened before a deploy)', () => {
	test.use({ allowedConsole: /Failed to load resource: .*status of 404/ });
	const reload = (page: Page) => page.getByRole('alert').filter({ hasText: 'reload the page' });

	test('a route picked in the list still brings the map onto it, and a banner says to reload', async ({
		page
	}) => {
		await goneAfterDeploy(page, 'src/lib/map/route-view.ts');
		await page.goto('/#5/12/-86');
		await mapIdle(page);
		await page
			.getByRole('navigation', { name: 'Places and routes' })
			.getByRole('link', { name: /Soleimani/ })
			.click();
		await expect(page).toHaveURL(/\/route\/soleimani-2019/);
		await expect(page.getByRole('heading', { level: 1, name: /Soleimani/ })).toBeVisible();
		await expect(reload(page)).toBeVisible();
		// Without the framing's code, the story's frame: the map leaves Managua for the whole route.
		const view = await settledView(page);
		expect(view.zoom).toBeLessThan(3);
		const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
		const ends = getStory().places.filter((p) => p.id === 'tehran' || p.id === 'caracas');
		expect(ends).toHaveLength(2);
		for (const [lng, lat] of ends.map((p) => p.geometry.coordinates)) {
			const at = await projectToPage(page, lng, lat, view);
			expect(at.x).toBeGreaterThan(box.x);
			expect(at.x).toBeLessThan(box.x + box.width);
			expect(at.y).toBeGreaterThan(box.y);
			expect(at.y).toBeLessThan(box.y + box.height);
		}
	});

	test('the voyage says to reload when its ship cannot be drawn, and its text stays', async ({
		page
	}) => {
		await goneAfterDeploy(page, 'src/lib/map/voyage-layer.ts');
		await page.goto('/route/flotilla-voyage?at=rio-de-janeiro');
		await expect(reload(page)).toBeVisible();
		await expect(
			page.locator('.stop-card').getByRole('heading', { name: 'Rio de Janeiro' })
		).toBeVisible();
		await expect(page.locator('.article-words').first()).toContainText('Rio de Janeiro');
	});

	for (const [what, gone] of [
		[
			'MapLibre’s stylesheet',
			(page: Page) => page.route(MAPLIBRE_STYLESHEET, (route) => route.fulfill({ status: 404 }))
		],
		['the map’s own code', (page: Page) => goneAfterDeploy(page, 'src/lib/map/create-map.ts')]
	] as const) {
		test(`without ${what}, the map says it could not be loaded, to reload, and the list and text work`, async ({
			page
		}) => {
			await gone(page);
			await page.goto('/');
			const alert = page.locator('.map-wrap').getByRole('alert');
			await expect(alert).toContainText('could not be loaded');
			await expect(alert).toContainText('reload the page');
			// Not the message for a browser without WebGL, which reloading would not help.
			await expect(alert).not.toContainText('WebGL');
			await openManaguaFromList(page);
		});
	}
});

test.describe('the connection lost after the story has loaded', () => {
	test.use({ allowedConsole: /ERR_INTERNET_DISCONNECTED/ });

	test('a route whose map code has not come says to reconnect, not to reload', async ({
		page,
		context
	}) => {
		await page.goto('/#5/12/-86');
		await mapIdle(page);
		await context.setOffline(true);
		await page
			.getByRole('navigation', { name: 'Places and routes' })
			.getByRole('link', { name: /Soleimani/ })
			.click();
		const banner = page
			.locator('.map-wrap')
			.getByRole('alert')
			.filter({ hasText: 'Part of the map could not be loaded' });
		await expect(banner).toContainText('you seem to be offline. Reconnect, then reload the page.');
		// Reloading offline would lose the page: nothing on it says to do that first.
		await expect(page.getByText(/updated/)).toHaveCount(0);
	});
});

test.describe('the connection dropping for the story’s data the browser saved on an earlier visit', () => {
	test.use({ allowedConsole: /Failed to load resource: net::ERR_EMPTY_RESPONSE/ });

	test('the map draws and frames the saved copy, and claims no failure', async ({ page }) => {
		const host = await flakyHost(config.use!.baseURL!);
		try {
			await page.goto(`${host.origin}/`);
			await mapIdle(page);
			host.fail('/data/places.geojson', '/data/routes.geojson');
			await page.goto(`${host.origin}/place/managua`);
			await mapIdle(page);
			await expect
				.poll(async () => (await hashView(page)).lng, { timeout: 10_000 })
				.toBeCloseTo(MANAGUA.lng, 0);
			expect(await canvasPixelsOf(page, ARTICLE_RED)).toBeGreaterThan(20);
			await expect(page.getByText(/could not be loaded/)).toHaveCount(0);
		} finally {
			await host.close();
		}
	});
});

test.describe('basemap tiles answering 404', () => {
	test.use({ allowedConsole: /Failed to load resource: .*status of 404/ });

	test('a banner says so, and places and routes still work', async ({ page }) => {
		await page.route('**/map/tiles/**', (route) => route.fulfill({ status: 404 }));
		await page.goto('/#4/12/-80');
		const banner = page.getByRole('alert').filter({ hasText: 'Some basemap tiles failed to load' });
		await expect(banner).toBeVisible();
		await mapIdle(page);
		// The story's own layers are drawn and answer the pointer without a basemap.
		const managua = await projectToPage(page, -86.2504, 12.1328);
		await page.mouse.move(managua.x, managua.y);
		await expect(page.locator('.maplibregl-canvas')).toHaveCSS('cursor', 'pointer');
		await openManaguaFromList(page);
		await page
			.getByRole('navigation', { name: 'Places and routes' })
			.getByRole('link', { name: /86th Flotilla/ })
			.click();
		await expect(page).toHaveURL(/\/route\/flotilla-voyage/);
		await expect(page.getByRole('heading', { level: 1 })).toContainText('86th Flotilla');
		await expect(banner).toBeVisible();
	});
});

test.describe('an online basemap that fails', () => {
	test.use({
		baseURL: ONLINE_BUILD_URL,
		allowedConsole: /Failed to load resource: net::ERR_CONNECTION_REFUSED/
	});
	test.beforeEach(requireOnlineBuild);

	for (const host of ['refuses', 'sends no style', 'never answers'] as const) {
		test(`whose host ${host}: the map falls back to the embedded basemap, says so, and the story works`, async ({
			page
		}) => {
			const online = await standInOnlineBasemap(page, host);
			const embedded: string[] = [];
			page.on('request', (r) => {
				if (new URL(r.url()).pathname.includes('/map/tiles/')) embedded.push(r.url());
			});
			await page.goto('/#4/12/-80');
			const banner = page
				.getByRole('alert')
				.filter({ hasText: 'The online basemap could not be loaded' });
			await expect(banner).toBeVisible({ timeout: 20_000 });
			await mapIdle(page);
			expect(online).toEqual(['/map/style.json']);
			expect(embedded.length).toBeGreaterThan(0);
			await expect(page.getByRole('alert').filter({ hasText: 'basemap tiles' })).toHaveCount(0);
			const colours = await canvasColours(page);
			expect(colours.distinct).toBeGreaterThan(4);
			await clickManaguaOnMap(page);
			await expect(page.locator('.article-words')).toContainText(MANAGUA_WORDS);
		});
	}
});

test.describe('hostile URLs', () => {
	// Addresses that match no page get the 404 page: Chromium logs its 404 status, and SvelteKit's
	// router logs the unmatched path (a path with a slash inside the payload has no route at all).
	test.use({ allowedConsole: /status of 404|^\w*: ?Not found: \// });

	const corpus = [
		'/place/<script>alert(1)</script>',
		'/place/%3Cscript%3Ealert(1)%3C%2Fscript%3E',
		'/place/constructor',
		'/route/__proto__',
		'/place/..%2F..%2Fviews',
		'/route/..%2F..%2Ffeatures',
		'/?hide=<img src=x onerror=alert(1)>',
		'/?from=javascript:alert(1)&to=<svg onload=alert(1)>',
		'/route/flotilla-voyage?at=%3Csvg%20onload%3Dalert(1)%3E',
		'/#<img src=x onerror=alert(1)>',
		'/#1e999/NaN/Infinity',
		'/#99999999/-999/99999',
		'/place/managua#4/12/-86/99999/99999',
		'/?at=2023-02-31',
		`/?hide=${'x'.repeat(5000)}`,
		`/?${'a'.repeat(5000)}`
	];
	test('a hostile place id followed inside the page is the 404 page', async ({ page }) => {
		await page.goto('/');
		await mapIdle(page);
		// A link inside the page is followed by the app's own router, not by the static host.
		await page.evaluate(() => {
			const a = document.createElement('a');
			a.href = '/place/..%2F..%2Fviews';
			a.textContent = 'hostile';
			document.querySelector('.panel-slot')?.append(a);
		});
		await page.getByRole('link', { name: 'hostile' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Not found' })).toBeVisible();
	});

	for (const url of corpus) {
		test(`${url.slice(0, 50)}${url.length > 50 ? '…' : ''}`, async ({ page }) => {
			const dialogs: string[] = [];
			page.on('dialog', (d) => {
				dialogs.push(d.message());
				void d.dismiss();
			});
			const response = await page.goto(url);
			expect(response?.status()).toBeLessThan(500);
			await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
			// A place or route that does not exist is the 404 page, never another error.
			if (/^\/(place|route)\/(?!managua\b|flotilla-voyage\b)/.test(url)) {
				await expect(page.getByRole('heading', { level: 1, name: 'Not found' })).toBeVisible();
			}
			if ((await page.locator('.map-wrap').count()) > 0) {
				await mapIdle(page);
				// Whatever the hash held, once the map is up it holds a view within range (one the
				// map can show and a link can reopen), or nothing when the address had no hash.
				const hadHash = url.includes('#');
				await expect
					.poll(
						async () => {
							const hash = new URL(page.url()).hash;
							if (!hadHash && hash === '') return true;
							const { zoom, lat, lng } = await hashView(page);
							return (
								/^#-?[\d.]+\/-?[\d.]+\/-?[\d.]+(\/-?[\d.]+){0,2}$/.test(hash) &&
								zoom >= 0 &&
								zoom <= 12 &&
								Math.abs(lat) <= 85.06 &&
								Math.abs(lng) <= 180
							);
						},
						{ message: `a view within range in ${page.url().slice(0, 200)}` }
					)
					.toBe(true);
			}
			for (const selector of ['img[src=x]', '[onerror]', '[onload]', 'a[href^="javascript:"]']) {
				await expect(page.locator(selector), selector).toHaveCount(0);
			}
			await expect(page.locator('script', { hasText: 'alert(1)' })).toHaveCount(0);
			const html = await page.content();
			for (const payload of [
				'onerror=alert',
				'onload=alert',
				'javascript:alert',
				'<script>alert'
			]) {
				expect(html, payload).not.toContain(payload);
			}
			expect(dialogs, 'dialogs').toEqual([]);
		});
	}
});

test.describe('the connection dropped after the story map loaded', () => {
	test.use({ allowedConsole: /Failed to load resource: net::ERR_INTERNET_DISCONNECTED/ });

	test('a route first opened after the connection dropped says so, and opens once it is back', async ({
		page,
		context
	}) => {
		await page.goto('/');
		await mapIdle(page);
		await context.setOffline(true);
		const list = page.getByRole('navigation', { name: 'Places and routes' });
		// From the keyboard: a pointer's hover would have Kit fetch it ahead, and fail, first.
		const link = list.getByRole('link', { name: /Soleimani’s visit/ });
		await link.focus();
		await link.press('Enter');
		const panel = page.locator('#story-panel');
		await expect(panel.getByRole('heading', { level: 1 })).toHaveText('Something went wrong');
		await expect(panel).toContainText('you seem to be offline');
		await expect(page).toHaveURL(/\/route\/soleimani-2019$/);
		await context.setOffline(false);
		await panel.getByRole('button', { name: 'Try again' }).click();
		await expect(page.locator('#story-panel h1')).toHaveText(/Soleimani’s visit to Venezuela/);
	});
});
