import { readFileSync } from 'node:fs';
import { test as base, expect, type Page } from '@playwright/test';
import { offsetFromCentre } from '../../src/lib/geo/web-mercator';
import { PLACE_COLOURS } from '../../src/lib/style/story-marks';
import { ONLINE_BASEMAP_ORIGIN } from './servers';

/** Every browser test fails on an uncaught page error or a console error. */
export const test = base.extend<{ pageErrors: string[] }>({
	pageErrors: [
		async ({ page }, use) => {
			const errors: string[] = [];
			page.on('pageerror', (e) => errors.push(`pageerror: ${e.message} ${e.stack}`));
			page.on('console', (m) => {
				if (m.type() === 'error') errors.push(`console: ${m.text()}`);
			});
			await use(errors);
			expect(errors, 'errors in the page').toEqual([]);
		},
		{ auto: true }
	]
});
export { expect };

/** Waits until the map reached its first idle with the story layers (the page marks it). */
export async function mapIdle(page: Page) {
	await page.waitForFunction(() => performance.getEntriesByName('map:idle').length > 0, null, {
		timeout: 30_000
	});
}

/**
 * Opens `path` with the page's code held back: the prerendered page is there to be used, as on a
 * slow connection, until the returned function lets the code load and take the page over.
 */
export async function openBeforeCode(page: Page, path: string) {
	let release!: () => void;
	const held = new Promise<void>((done) => (release = done));
	await page.route('**/_app/immutable/entry/start.*.js', async (route) => {
		await held;
		await route.continue();
	});
	await page.goto(path, { waitUntil: 'commit' });
	return release;
}

/** The view currently in the URL hash, as MapLibre writes it. */
export async function hashView(page: Page) {
	const hash = new URL(page.url()).hash.slice(1);
	const [zoom, lat, lng] = hash.split('/').map(Number);
	return { zoom, lat, lng };
}

/**
 * The view in the hash once the camera has settled: the map has said for 600 ms that its
 * camera is still (it marks its container while a move runs) and the address has not changed.
 * That covers a move that an action starts a frame later, and the map's wait of up to
 * 300 ms between writes of the address after a move ends.
 */
export async function settledView(page: Page) {
	await expect.poll(() => page.evaluate(cameraStillFor, 600)).toBe(true);
	return hashView(page);
}

/** In the page: whether the map's camera stays still and the address unchanged for `ms`. */
function cameraStillFor(ms: number) {
	const address = location.href;
	const until = performance.now() + ms;
	return new Promise<boolean>((resolve) => {
		const check = () => {
			if (location.href !== address || document.querySelector('[data-camera-moving]')) {
				resolve(false);
			} else if (performance.now() >= until) resolve(location.hash.length > 1);
			else setTimeout(check, 50);
		};
		check();
	});
}

/** Where a longitude/latitude is drawn on the map canvas, from the view in the hash or `view`. */
export async function projectToPage(
	page: Page,
	lng: number,
	lat: number,
	view?: { zoom: number; lng: number; lat: number }
) {
	view ??= await hashView(page);
	const box = await page.locator('.maplibregl-canvas').boundingBox();
	if (!box) throw new Error('no map canvas');
	const { dx, dy } = offsetFromCentre(view, lng, lat);
	return { x: box.x + box.width / 2 + dx, y: box.y + box.height / 2 + dy };
}

/**
 * The browser's own text size setting, as a percentage of the usual 16 px: rem and em (in media
 * queries too) follow it, unlike a zoom, which narrows the viewport instead.
 */
export async function setTextSize(page: Page, percent: number) {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Page.enable');
	await cdp.send('Page.setFontSizes', { fontSizes: { standard: (16 * percent) / 100 } });
}

/** MapLibre's stylesheet as the build names it (its hash changes), to hold back or take away. */
export const MAPLIBRE_STYLESHEET = '**/_app/immutable/assets/maplibre-gl.*.css';

export const MANAGUA = { lng: -86.2504, lat: 12.1328 };

/** The red of the article's places' dots, as red, green and blue. */
export const ARTICLE_RED = [1, 3, 5].map((i) =>
	parseInt(PLACE_COLOURS.article.slice(i, i + 2), 16)
);

/** Clicks Managua's dot on the map and waits for its panel to open. */
export async function clickManaguaOnMap(page: Page) {
	const at = await projectToPage(page, MANAGUA.lng, MANAGUA.lat);
	await page.mouse.click(at.x, at.y);
	await expect(page.getByRole('heading', { level: 1, name: 'Managua' })).toBeVisible();
}

/**
 * The red, green and blue of every `stride`-th pixel of a PNG, decoded by the page's browser and
 * sent back as one base64 string (an array of numbers per pixel is too slow for a whole map).
 */
async function pngColours(
	page: Page,
	png: Buffer,
	stride = 1
): Promise<[number, number, number][]> {
	const b64 = await page.evaluate(async (source) => {
		const img = new Image();
		img.src = `data:image/png;base64,${source}`;
		await img.decode();
		const c = document.createElement('canvas');
		c.width = img.width;
		c.height = img.height;
		const ctx = c.getContext('2d')!;
		ctx.drawImage(img, 0, 0);
		const { data } = ctx.getImageData(0, 0, c.width, c.height);
		let binary = '';
		for (let i = 0; i < data.length; i += 0x8000) {
			binary += String.fromCharCode(...data.subarray(i, i + 0x8000));
		}
		return btoa(binary);
	}, png.toString('base64'));
	const rgba = Buffer.from(b64, 'base64');
	const colours: [number, number, number][] = [];
	for (let i = 0; i < rgba.length; i += 4 * stride)
		colours.push([rgba[i], rgba[i + 1], rgba[i + 2]]);
	return colours;
}

/**
 * Counts the distinct colours of the map's pixels in a screenshot (decoded by the page itself),
 * and how many pixels match a given colour, to tell a drawn map from a blank canvas.
 */
export async function canvasColours(page: Page) {
	const png = await page.locator('.maplibregl-canvas').screenshot();
	const counts = new Map<string, number>();
	for (const [r, g, b] of await pngColours(page, png, 7)) {
		const key = `${r >> 3},${g >> 3},${b >> 3}`;
		counts.set(key, (counts.get(key) ?? 0) + 1);
	}
	const sorted = [...counts.entries()].sort((a, b) => b[1] - a[1]);
	return { distinct: counts.size, top: sorted.slice(0, 8) };
}

/** How many of the map's pixels are within `tolerance` of a colour, in every channel. */
export async function canvasPixelsOf(page: Page, [r, g, b]: number[], tolerance = 12) {
	const png = await page.locator('.maplibregl-canvas').screenshot({ scale: 'css' });
	const near = (x: number, y: number) => Math.abs(x - y) <= tolerance;
	return (await pngColours(page, png)).filter(
		([pr, pg, pb]) => near(pr, r) && near(pg, g) && near(pb, b)
	).length;
}

/** The basemap's water, land and lines are lighter or coloured, and its own labels lighter. */
const isLabelInk = ([r, g, b]: [number, number, number]) =>
	Math.max(r, g, b) < 80 && Math.max(r, g, b) - Math.min(r, g, b) < 24;

/** How many of the map's pixels are the dark grey of a label's text. */
export async function labelInkOnMap(page: Page) {
	const png = await page.locator('.maplibregl-canvas').screenshot({ scale: 'css' });
	return (await pngColours(page, png)).filter(isLabelInk).length;
}

/**
 * How many pixels beside a longitude/latitude (70 px either side, 25 above and below, leaving out
 * the 12 px around the point itself, where its dot is) are the dark grey of a label's text.
 */
export async function labelInkBeside(
	page: Page,
	lng: number,
	lat: number,
	view?: { zoom: number; lng: number; lat: number }
) {
	const [halfWidth, halfHeight, dot] = [70, 25, 12];
	const at = await projectToPage(page, lng, lat, view);
	const png = await page.screenshot({
		clip: {
			x: at.x - halfWidth,
			y: at.y - halfHeight,
			width: 2 * halfWidth,
			height: 2 * halfHeight
		},
		scale: 'css'
	});
	const colours = await pngColours(page, png);
	return colours.filter((colour, i) => {
		const dx = (i % (2 * halfWidth)) - halfWidth;
		const dy = Math.floor(i / (2 * halfWidth)) - halfHeight;
		return isLabelInk(colour) && dx * dx + dy * dy > dot * dot;
	}).length;
}

/**
 * How many of the 5 × 5 pixels at the centre of a longitude/latitude's dot have the dot's own
 * colour (within 24 in every channel): 25 for a dot in plain sight, fewer for one under a label.
 */
export async function dotPixelsShowing(
	page: Page,
	[lng, lat]: number[],
	[r, g, b]: number[],
	view: { zoom: number; lng: number; lat: number }
) {
	const at = await projectToPage(page, lng, lat, view);
	const png = await page.screenshot({
		clip: { x: Math.round(at.x) - 2, y: Math.round(at.y) - 2, width: 5, height: 5 },
		scale: 'css'
	});
	const near = (x: number, y: number) => Math.abs(x - y) <= 24;
	return (await pngColours(page, png)).filter(
		([pr, pg, pb]) => near(pr, r) && near(pg, g) && near(pb, b)
	).length;
}

/**
 * The first and last column, from the map's left side, holding a label's ink in the 14 px high
 * row across the whole map at a latitude (where a label beside a dot there is written); null for
 * none. A label the map's side cuts has ink in its first or last few columns.
 */
export async function labelInkAcross(
	page: Page,
	lat: number,
	view: { zoom: number; lng: number; lat: number }
) {
	const canvas = (await page.locator('.maplibregl-canvas').boundingBox())!;
	const at = await projectToPage(page, view.lng, lat, view);
	const height = 14;
	const png = await page.screenshot({
		clip: { x: canvas.x, y: at.y - height / 2, width: canvas.width, height },
		scale: 'css'
	});
	const width = Math.round(canvas.width);
	const columns = (await pngColours(page, png)).flatMap((colour, i) =>
		isLabelInk(colour) ? [i % width] : []
	);
	return columns.length ? { first: Math.min(...columns), last: Math.max(...columns), width } : null;
}

/**
 * A point on a published route's line, halfway along the first segment that starts where
 * `where` holds: somewhere to click that is on the line and away from any place.
 */
export async function pointOnRoute(
	page: Page,
	routeId: string,
	where: (lng: number, lat: number) => boolean
) {
	const routes = await (await page.request.get('/data/routes.geojson')).json();
	const route = routes.features.find((f: { id: string }) => f.id === routeId);
	const parts: number[][][] =
		route.geometry.type === 'LineString'
			? [route.geometry.coordinates]
			: route.geometry.coordinates;
	for (const part of parts) {
		for (let i = 0; i + 1 < part.length; i++) {
			const [a, b] = [part[i], part[i + 1]];
			if (where(a[0], a[1])) return { lng: (a[0] + b[0]) / 2, lat: (a[1] + b[1]) / 2 };
		}
	}
	throw new Error(`no segment of ${routeId} matches`);
}

/** How the online basemap's stand-in host behaves in a test. */
export type StandInHost = 'answers' | 'refuses' | 'sends no style' | 'never answers';

/**
 * Answers for the online basemap's stand-in host (see servers.ts) as a tile host would, with
 * CORS headers: the embedded basemap's tiles, and its style without font faces, like an online
 * style that names its fonts for a glyph server. Or fails in one of the other ways.
 * Returns the paths asked of it.
 */
export async function standInOnlineBasemap(page: Page, host: StandInHost = 'answers') {
	const requests: string[] = [];
	await page.route(`${ONLINE_BASEMAP_ORIGIN}/**`, (route) => {
		const path = new URL(route.request().url()).pathname;
		requests.push(path);
		const cors = { 'access-control-allow-origin': '*' };
		if (host === 'refuses') return route.abort('connectionrefused');
		if (host === 'never answers') return new Promise<void>(() => {});
		if (host === 'sends no style')
			return route.fulfill({ headers: cors, json: { hello: 'world' } });
		const file = `build-online${decodeURIComponent(path)}`;
		if (path.endsWith('/style.json')) {
			const style = JSON.parse(readFileSync(file, 'utf8'));
			delete style['font-faces'];
			return route.fulfill({ headers: cors, json: style });
		}
		return route.fulfill({ path: file, headers: cors });
	});
	return requests;
}
