import type { Page } from '@playwright/test';
import type { IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serveBuild } from '../../scripts/serve';
import { homeView } from '../../src/lib/map/home-view';
import { articleExtent } from '../../src/lib/story/extent';
import { getStory } from '../../src/lib/story/story.server';
import {
	ARTICLE_RED,
	canvasColours,
	canvasPixelsOf,
	clickManaguaOnMap,
	expect,
	hashView,
	labelInkAcross,
	labelInkBeside,
	MANAGUA,
	MAPLIBRE_STYLESHEET,
	mapIdle,
	pointOnRoute,
	projectToPage,
	settledView,
	test
} from './fixtures';

test('the story’s data is asked of the host once: the map takes the page’s copy', async ({
	browser
}) => {
	// A server of its own, to count what reaches the host (routing a request in the browser would
	// switch its cache off).
	const server = await serveBuild(0);
	const asked: string[] = [];
	server.on('request', (req: IncomingMessage) => asked.push(req.url ?? ''));
	const { port } = server.address() as AddressInfo;
	const context = await browser.newContext({ baseURL: `http://127.0.0.1:${port}` });
	try {
		const page = await context.newPage();
		await page.goto('/place/managua');
		// Idle with both story sources loaded.
		await mapIdle(page);
		for (const file of ['/data/places.geojson', '/data/routes.geojson']) {
			expect(
				asked.filter((url) => url === file),
				file
			).toHaveLength(1);
		}
	} finally {
		await context.close();
		server.close();
	}
});

test('the map draws the basemap and the story', async ({ page }) => {
	await page.goto('/#1.6/10/-30');
	await mapIdle(page);
	const { distinct, top } = await canvasColours(page);
	// Water, land, borders, labels, routes and places: far more than a blank or one-colour canvas.
	expect(distinct).toBeGreaterThan(40);
	const [biggest, second] = top;
	expect(biggest[1]).toBeGreaterThan(second[1] * 0.05);
	expect(second[1]).toBeGreaterThan(500);
});

test('the article is painted before MapLibre’s stylesheet comes, and the map is made once it has', async ({
	page
}) => {
	let release = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route(MAPLIBRE_STYLESHEET, async (route) => {
		await held;
		await route.continue();
	});
	await page.goto('/', { waitUntil: 'commit' });
	// A stylesheet linked from the HTML would hold the first paint back until it came.
	await page.waitForFunction(
		() => performance.getEntriesByName('first-contentful-paint').length > 0,
		null,
		{ timeout: 15_000 }
	);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(page.locator('.map-wrap').getByRole('status')).toContainText('Loading the map');
	await expect(page.locator('.maplibregl-canvas')).toHaveCount(0);

	release();
	await mapIdle(page);
	// MapLibre's styles apply to what it makes: the zoom button shows its icon.
	const icon = await page
		.locator('.maplibregl-ctrl-zoom-in .maplibregl-ctrl-icon')
		.evaluate((el) => getComputedStyle(el).backgroundImage);
	expect(icon).toMatch(/^url\(/);
});

test('the zoom buttons zoom in and out, and the address keeps the view', async ({ page }) => {
	await page.goto('/#3/10/-70');
	await mapIdle(page);
	await page.getByRole('button', { name: 'Zoom in' }).click();
	await expect.poll(async () => (await settledView(page)).zoom).toBeCloseTo(4, 1);
	const zoomOut = page.getByRole('button', { name: 'Zoom out' });
	await zoomOut.focus();
	await page.keyboard.press('Enter');
	await expect.poll(async () => (await settledView(page)).zoom).toBeCloseTo(3, 1);
	await page.keyboard.press('Enter');
	await expect.poll(async () => (await settledView(page)).zoom).toBeCloseTo(2, 1);
	expect(await settledView(page)).toMatchObject({ lat: 10, lng: -70 });
});

test('a first visit shows every one of the article’s places, each one under the pointer', async ({
	page
}) => {
	await page.goto('/');
	await mapIdle(page);
	expect(new URL(page.url()).hash).toBe('');
	const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
	const home = homeView(box, articleExtent(getStory()));
	const view = { zoom: home.zoom, lng: home.center[0], lat: home.center[1] };
	const places = getStory().places.filter((p) => p.properties.role === 'article');
	for (const place of places) {
		const [lng, lat] = place.geometry.coordinates;
		const at = await projectToPage(page, lng, lat, view);
		expect(at.x, place.id).toBeGreaterThan(box.x);
		expect(at.x, place.id).toBeLessThan(box.x + box.width);
		expect(at.y, place.id).toBeGreaterThan(box.y);
		expect(at.y, place.id).toBeLessThan(box.y + box.height);
		await page.mouse.move(at.x, at.y);
		await expect(page.locator('.maplibregl-canvas'), place.id).toHaveCSS('cursor', 'pointer');
	}
});

test('clicking Managua on the map opens the article’s words about it, and Escape closes them', async ({
	page
}) => {
	await page.goto('/#4/12/-80');
	await mapIdle(page);
	const at = await projectToPage(page, MANAGUA.lng, MANAGUA.lat);
	await page.mouse.move(at.x, at.y);
	await expect(page.locator('.maplibregl-canvas')).toHaveCSS('cursor', 'pointer');
	await page.mouse.click(at.x, at.y);
	await expect(page).toHaveURL(/\/place\/managua(#.*)?$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Managua' })).toBeVisible();
	await expect(page.locator('.article-words')).toContainText(
		'Managua opposed “US efforts to expand influence in Latin America'
	);
	// Credited with the article's date as geo/article.json has it, as the masthead credits it.
	await expect(page.locator('.article-words figcaption').first()).toHaveText(
		'Paragraph 1 · The Cradle, 14 Apr 2023'
	);
	await expect(page.locator('.masthead .byline')).toHaveText('The Cradle, 14 Apr 2023');
	await expect(page.locator('.context')).toContainText('Context from other reporting');
	// The click left the focus on the map: Escape there closes the selection too.
	await expect(page.locator('.maplibregl-canvas')).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(page).toHaveURL(/\/(#.*)?$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Managua' })).toHaveCount(0);
	// The reader stays on the map, to go on from there.
	await page.waitForTimeout(300);
	await expect(page.locator('.maplibregl-canvas')).toBeFocused();
});

test('a selected route’s stops are named on the world map', async ({ page }) => {
	const CAPE_TOWN = { lng: 18.42, lat: -33.92 };
	const WORLD = '#1.6/-10/20';
	await page.goto(`/${WORLD}`);
	await mapIdle(page);
	// At this zoom the voyage's stops are dots only: no label's ink beside Cape Town (the map is
	// idle once its labels have faded in, so a label on its way would be counted).
	expect(await labelInkBeside(page, CAPE_TOWN.lng, CAPE_TOWN.lat)).toBeLessThan(8);
	// Which places each selection names (a place itself, a route its stops): named-places.test.ts.
	await page.goto(`/route/flotilla-voyage${WORLD}`);
	await mapIdle(page);
	await expect
		.poll(() => labelInkBeside(page, CAPE_TOWN.lng, CAPE_TOWN.lat), { timeout: 5000 })
		.toBeGreaterThan(20);
});

test('a layer switched off while the basemap is still loading is off on the map', async ({
	page
}) => {
	// Basemap tiles held back: the switch is made after the style has loaded, before the tiles.
	await page.route('**/map/tiles/**', async (route) => {
		await new Promise((resolve) => setTimeout(resolve, 3000));
		await route.continue();
	});
	const style = page.waitForResponse('**/map/style.json');
	// Latin America: the article's places there are well inside the map at any window size.
	await page.goto('/#2/10/-70');
	await style;
	await page.waitForTimeout(800);
	const places = page.getByRole('checkbox', { name: 'Places', exact: true });
	await places.uncheck();
	await mapIdle(page);
	await expect.poll(() => canvasPixelsOf(page, ARTICLE_RED)).toBeLessThan(5);
	// The same count sees the article's places when they are on.
	await places.check();
	await expect.poll(() => canvasPixelsOf(page, ARTICLE_RED)).toBeGreaterThan(50);
});

/** Paths the page requests from now on, outside the given prefixes and the browser's icon. */
function requestsOutside(page: Page, allowed: string[]) {
	const fetched: string[] = [];
	page.on('request', (r) => {
		const path = new URL(r.url()).pathname;
		if (![...allowed, '/favicon'].some((prefix) => path.startsWith(prefix))) fetched.push(path);
	});
	return fetched;
}

/** Until nothing more loads for a while (the load event's own "network idle" came earlier). */
async function networkQuiet(page: Page) {
	await expect
		.poll(async () => {
			const count = () => page.evaluate(() => performance.getEntriesByType('resource').length);
			const before = await count();
			await page.waitForTimeout(800);
			return (await count()) === before;
		})
		.toBe(true);
}

/** Until what the app loads once the map is idle (panel texts, the place panel's code) has come. */
async function backgroundLoadDone(page: Page) {
	// It waits for the browser to be idle too, which a busy machine delays.
	await page.waitForFunction(() =>
		performance.getEntriesByType('resource').some((e) => e.name.endsWith('/data/views.json'))
	);
	await networkQuiet(page);
}

test('once the map is idle, selections fetch no data: every panel’s text came in the background', async ({
	page
}) => {
	await page.goto('/#4/12/-80');
	await mapIdle(page);
	await backgroundLoadDone(page);
	// Code and the map's own tiles may load; story data may not.
	const fetched = requestsOutside(page, ['/_app/', '/map/']);
	await clickManaguaOnMap(page);
	await page.locator('.panel .routes a').first().click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Foreign Minister');
	await page.getByRole('link', { name: 'Caracas', exact: true }).first().click();
	await expect(page.getByRole('heading', { level: 1, name: 'Caracas' })).toBeVisible();
	expect(fetched).toEqual([]);
});

test('once the map is idle, a place opens without any request: its panel’s code came first', async ({
	page
}) => {
	await page.goto('/#4/12/-80');
	await mapIdle(page);
	await backgroundLoadDone(page);
	// The camera's move to the place may load basemap tiles.
	const fetched = requestsOutside(page, ['/map/']);
	await clickManaguaOnMap(page);
	expect(fetched).toEqual([]);
});

test('the first view of the story does not carry the panels’ text; a deep link to a place does', async ({
	request
}) => {
	// Only Managua's panel shows its GeoNames number (in its sources).
	const home = await (await request.get('/')).text();
	const managua = await (await request.get('/place/managua')).text();
	const panelOnly = /Managua 3617763/;
	expect(managua).toMatch(panelOnly);
	expect(home).not.toMatch(panelOnly);
});

test('a link to a place needs no request for its panel: only the other panels load, once idle', async ({
	page
}) => {
	const views: string[] = [];
	page.on('request', (r) => {
		const path = new URL(r.url()).pathname;
		if (path.startsWith('/data/views')) views.push(path);
	});
	await page.goto('/place/managua');
	await expect(page.getByRole('heading', { level: 1, name: 'Managua' })).toBeVisible();
	await mapIdle(page);
	await backgroundLoadDone(page);
	expect(views).toEqual(['/data/views.json']);
});

test('selecting a place leaves the map where it was: the timeline’s highlight moves nothing', async ({
	page
}) => {
	await page.goto('/');
	await mapIdle(page);
	// The map's grid area, laid out with the page (MapLibre resizes its canvas only afterwards).
	const pane = page.locator('.map-pane');
	const before = await pane.boundingBox();
	await page
		.getByRole('navigation', { name: 'Places and routes' })
		.getByRole('link', { name: 'Managua', exact: true })
		.click();
	await expect(page.locator('.timeline [aria-current="page"]').first()).toBeVisible();
	expect(await pane.boundingBox()).toEqual(before);
});

test('a place under the pointer is ringed, and the ring goes when the pointer leaves', async ({
	page
}) => {
	await page.goto('/#5/12/-84');
	await mapIdle(page);
	const ring = page.locator('.place-hover-ring');
	const at = await projectToPage(page, MANAGUA.lng, MANAGUA.lat);
	await page.mouse.move(at.x, at.y);
	await expect(ring).toBeVisible();
	const box = (await ring.boundingBox())!;
	expect(Math.abs(box.x + box.width / 2 - at.x)).toBeLessThan(2);
	expect(Math.abs(box.y + box.height / 2 - at.y)).toBeLessThan(2);
	expect(box.width).toBeGreaterThan(15);
	await page.mouse.move(at.x + 120, at.y + 120);
	await expect(ring).toHaveCount(0);

	// Round the selected place's larger dot, a larger ring, still just outside it.
	await page.goto('/place/managua#5/12/-84');
	await mapIdle(page);
	await page.mouse.move(at.x, at.y);
	await expect(ring).toBeVisible();
	expect((await ring.boundingBox())!.width).toBeGreaterThan(box.width + 4);
	await page.mouse.move(at.x + 120, at.y + 120);
	await page.goto('/#5/12/-84');
	await mapIdle(page);

	// Hiding the places from the keyboard, with the pointer resting on one, takes the ring away.
	await page.mouse.move(at.x, at.y);
	await expect(ring).toBeVisible();
	await page.getByRole('checkbox', { name: 'Places' }).focus();
	await page.keyboard.press('Space');
	await expect(page.getByRole('checkbox', { name: 'Places' })).not.toBeChecked();
	await expect(ring).toHaveCount(0);
});

test('zoomed out to two copies of the world, the ring is on the copy under the pointer', async ({
	page
}) => {
	// Managua half a world from the centre: one copy near each side of the map.
	await page.goto(`/#0/12/${(MANAGUA.lng + 180).toFixed(2)}`);
	await mapIdle(page);
	const ring = page.locator('.place-hover-ring');
	for (const lng of [MANAGUA.lng + 360, MANAGUA.lng]) {
		const at = await projectToPage(page, lng, MANAGUA.lat);
		await page.mouse.move(at.x, at.y);
		await expect(ring).toBeVisible();
		const box = (await ring.boundingBox())!;
		expect(Math.abs(box.x + box.width / 2 - at.x)).toBeLessThan(2);
	}
});

test('clicking a route’s line opens the route', async ({ page }) => {
	// The middle of the South Atlantic crossing, far from any place.
	const mid = await pointOnRoute(
		page,
		'flotilla-voyage',
		(lng, lat) => lng > -30 && lng < 0 && lat < -25
	);
	await page.goto(`/#3/${mid.lat.toFixed(4)}/${mid.lng.toFixed(4)}`);
	await mapIdle(page);
	const at = await projectToPage(page, mid.lng, mid.lat);
	await page.mouse.click(at.x, at.y);
	await expect(page).toHaveURL(/\/route\/flotilla-voyage(#.*)?$/);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('86th Flotilla');
});

test('clicking empty sea changes nothing', async ({ page }) => {
	await page.goto('/place/havana#3/-40/-120');
	await mapIdle(page);
	const box = await page.locator('.maplibregl-canvas').boundingBox();
	await page.mouse.click(box!.x + box!.width / 2, box!.y + box!.height / 2);
	await page.waitForTimeout(300);
	await expect(page).toHaveURL(/\/place\/havana#/);
	await expect(page.getByRole('heading', { level: 1, name: 'Havana' })).toBeVisible();
});

test('a direct link to a place opens its panel and centres the map there', async ({ page }) => {
	await page.goto('/place/managua');
	await expect(page.getByRole('heading', { level: 1, name: 'Managua' })).toBeVisible();
	await mapIdle(page);
	await expect(page).toHaveURL(/#/);
	const view = await hashView(page);
	expect(view.lng).toBeCloseTo(MANAGUA.lng, 0);
	expect(view.lat).toBeCloseTo(MANAGUA.lat, 0);
});

test('the view in the hash is restored on load and kept current', async ({ page }) => {
	await page.goto('/#5/-22.9/-43.2');
	await mapIdle(page);
	expect(await hashView(page)).toMatchObject({ zoom: 5, lat: -22.9, lng: -43.2 });
	const historyLength = await page.evaluate(() => history.length);
	await page.locator('.maplibregl-canvas').focus();
	await page.keyboard.press('Equal');
	await expect.poll(async () => (await hashView(page)).zoom).toBeGreaterThan(5);
	expect(await page.evaluate(() => history.length)).toBe(historyLength);
});

test('a link whose view has no latitude opens a place on the place itself', async ({ page }) => {
	// Past the pole: a corrupt link. Clamped, it had opened on empty Arctic sea beside the panel.
	await page.goto('/place/managua#3/95/500');
	await mapIdle(page);
	await expect(page.locator('#story-panel h1')).toHaveText('Managua');
	await expect.poll(async () => (await hashView(page)).lat).toBeCloseTo(12.13, 0);
	expect((await hashView(page)).lng).toBeCloseTo(-86.25, 0);
});

test('the list of places and routes works from the keyboard', async ({ page }) => {
	await page.goto('/');
	// Hydrated: before, Enter follows the link as a plain one, a whole new page with no focus set.
	await mapIdle(page);
	const link = page.getByRole('navigation', { name: 'Places and routes' }).getByRole('link', {
		name: 'Caracas'
	});
	await link.focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/place\/caracas/);
	const title = page.getByRole('heading', { level: 1, name: 'Caracas' });
	await expect(title).toBeVisible();
	await expect(link).toHaveAttribute('aria-current', 'page');
	// The focus goes to the new panel's title, and Tab reads on from there, not from the top.
	await expect(title).toBeFocused();
	await page.keyboard.press('Tab');
	expect(await page.evaluate(() => !!document.activeElement?.closest('#story-panel'))).toBe(true);
});

/**
 * Holds the places' data until the routes' data has been answered, and a little longer: on a slow
 * machine or network the line can come first, and its view must still make room for the names.
 */
async function placesAfterRoutes(page: Page) {
	let routesAnswered!: () => void;
	const answered = new Promise<void>((resolve) => (routesAnswered = resolve));
	await page.route('**/data/routes.geojson', async (route) => {
		await route.fulfill({ response: await route.fetch() });
		routesAnswered();
	});
	await page.route('**/data/places.geojson', async (route) => {
		await answered;
		await new Promise((resolve) => setTimeout(resolve, 400));
		await route.fulfill({ response: await route.fetch() });
	});
}

for (const arrival of ['as they come', 'with the places after the line'] as const) {
	test(`a route opens on the whole line with its places’ names in full (data ${arrival})`, async ({
		page
	}) => {
		const place = (id: string) => getStory().places.find((p) => p.id === id)!.geometry.coordinates;
		if (arrival !== 'as they come') await placesAfterRoutes(page);
		await page.goto('/route/soleimani-2019');
		await mapIdle(page);
		const view = await settledView(page);
		const canvas = (await page.locator('.maplibregl-canvas').boundingBox())!;
		// Tehran, at the line's east end, is named with room to spare before the map's side.
		const [tehranLng, tehranLat] = place('tehran');
		expect(await labelInkBeside(page, tehranLng, tehranLat, view)).toBeGreaterThan(20);
		const row = await labelInkAcross(page, tehranLat, view);
		expect(row!.width - row!.last).toBeGreaterThanOrEqual(10);
		// Caracas, at the west end, is on the map too.
		const caracas = await projectToPage(page, place('caracas')[0], place('caracas')[1], view);
		expect(caracas.x).toBeGreaterThan(canvas.x + 40);
	});
}

test('a voyage round the world opens on the article’s places and where it starts', async ({
	page
}) => {
	await page.goto('/route/flotilla-voyage');
	await mapIdle(page);
	const view = await settledView(page);
	const canvas = (await page.locator('.maplibregl-canvas').boundingBox())!;
	// Not the whole line at a zoom where the world repeats: the story's frame.
	expect(view.zoom).toBeGreaterThan(0.5);
	for (const id of ['bandar-abbas', 'tehran', 'managua', 'rio-de-janeiro']) {
		const [lng, lat] = getStory().places.find((p) => p.id === id)!.geometry.coordinates;
		const at = await projectToPage(page, lng, lat, view);
		expect(at.x, id).toBeGreaterThan(canvas.x);
		expect(at.x, id).toBeLessThan(canvas.x + canvas.width);
	}
});
