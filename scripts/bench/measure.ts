import { chromium, type Browser, type Page } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import config from '../../playwright.config.ts';
import { CHROMIUM_ARGS, FULL_CHROMIUM } from '../../tests/e2e/browser.ts';
import { offsetFromCentre } from '../../src/lib/geo/web-mercator.ts';

export const VIEWPORT = config.use?.viewport ?? { width: 1280, height: 800 };
const IDLE_TIMEOUT = 60_000;

/**
 * The full Chromium, as a reader runs it: the tests' flags, but not their headless shell and
 * software compositing, which are faster and unlike a reader's browser.
 */
export function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
	return chromium.launch({
		executablePath: FULL_CHROMIUM,
		args: [...CHROMIUM_ARGS, ...extraArgs],
		headless: true
	});
}

/** A fresh context per measured load: empty HTTP cache, as on a first visit. */
async function withPage<T>(browser: Browser, run: (page: Page) => Promise<T>): Promise<T> {
	const context = await browser.newContext({ viewport: VIEWPORT });
	// tsx compiles the functions below with esbuild's keepNames, which wraps closures in __name().
	await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
	try {
		const page = await context.newPage();
		page.on('pageerror', (e) => console.warn(`  page error: ${e.message}`));
		return await run(page);
	} finally {
		await context.close();
	}
}

async function idleMark(page: Page): Promise<number> {
	await page.waitForFunction(() => performance.getEntriesByName('map:idle').length > 0, null, {
		timeout: IDLE_TIMEOUT
	});
	return page.evaluate(() => performance.getEntriesByName('map:idle')[0].startTime);
}

/**
 * Navigation start to the request for /map/style.json: when the page made its map (MapLibre asks
 * for the style as it is constructed). What comes before is the page's own start-up.
 */
function mapCreatedAt(page: Page): Promise<number> {
	return page.evaluate(() => {
		const style = performance
			.getEntriesByType('resource')
			.find((e) => new URL(e.name).pathname.endsWith('/map/style.json'));
		return style ? style.startTime : NaN;
	});
}

export interface MapBox {
	width: number;
	height: number;
}

/** Navigation start to `map:idle` and to the map's creation, in ms, and the map canvas's size. */
export function loadToIdle(browser: Browser, url: string) {
	return withPage(browser, async (page) => {
		await page.goto(url);
		const ms = await idleMark(page);
		const created = await mapCreatedAt(page);
		const box = await page.locator('.maplibregl-canvas').boundingBox();
		const [zoom, lat, lng] = new URL(page.url()).hash.slice(1).split('/').map(Number);
		return {
			ms,
			created,
			box: { width: Math.round(box!.width), height: Math.round(box!.height) },
			view: Number.isFinite(lng) && Number.isFinite(lat) ? { zoom, lat, lng } : null
		};
	});
}

const COMPRESSED = /\.(woff2?|png|jpe?g|webp|avif|gif|gz|br)$/i;

export interface Transfer {
	url: string;
	type: string;
	raw: number;
	gzip: number;
	maplibre: boolean;
	js: boolean;
}

/**
 * Every response of a first visit of `/` until the map is idle and the network quiet, re-fetched
 * and gzipped here (level 6, zlib's default and a typical host's): JavaScript split into the
 * MapLibre chunk(s) and its worker versus everything else, and all bytes, gzipped where
 * compressible.
 */
export function firstVisit(browser: Browser, origin: string) {
	return withPage(browser, async (page) => {
		const seen = new Map<string, string>();
		page.context().on('response', (r) => {
			if (r.request().method() === 'GET' && r.status() < 400) {
				seen.set(r.url(), r.headers()['content-type'] ?? '');
			}
		});
		// On until the map is idle and then no request has been open for a second (at most 15 s):
		// what loads in the background once the map is idle (the place panel's code) is part of a
		// first visit too.
		let open = 0;
		let lastActivity = Date.now();
		const settle = (change: number) => () => {
			open += change;
			lastActivity = Date.now();
		};
		page.on('request', settle(1));
		page.on('requestfinished', settle(-1));
		page.on('requestfailed', settle(-1));
		await page.goto(`${origin}/`);
		await idleMark(page);
		const giveUp = Date.now() + 15_000;
		while ((open > 0 || Date.now() - lastActivity < 1000) && Date.now() < giveUp) {
			await page.waitForTimeout(100);
		}
		const transfers: Transfer[] = [];
		for (const [url, type] of seen) {
			if (!url.startsWith(origin)) continue;
			const body = Buffer.from(await (await fetch(url)).arrayBuffer());
			const path = new URL(url).pathname;
			const js = /javascript/.test(type) || /\.m?js$/.test(path);
			const text = body.toString('latin1');
			// MapLibre's own code: its worker file, its licence banner, or the family names its
			// FontFaceManager registers (a bare `.maplibregl-canvas` selector in app code is not).
			const maplibre =
				js &&
				(/maplibre-gl/.test(path) ||
					text.includes('maplibre-gl-font-face') ||
					text.includes('MapLibre GL JS'));
			// A host leaves a file raw when gzip would not shrink it (tiny files, fonts, images).
			const gzip = COMPRESSED.test(path)
				? body.length
				: Math.min(body.length, gzipSync(body, { level: 6 }).length);
			transfers.push({ url: path, type, raw: body.length, gzip, maplibre, js });
		}
		return transfers;
	});
}

const MANAGUA = { lng: -86.2504, lat: 12.1328 };

/** Where a lng/lat is drawn on the map canvas, from the view in the hash. */
async function projectToPage(page: Page, lng: number, lat: number) {
	const [zoom, cLat, cLng] = new URL(page.url()).hash.slice(1).split('/').map(Number);
	const box = await page.locator('.maplibregl-canvas').boundingBox();
	if (!box) throw new Error('no map canvas');
	const { dx, dy } = offsetFromCentre({ zoom, lat: cLat, lng: cLng }, lng, lat);
	return { x: box.x + box.width / 2 + dx, y: box.y + box.height / 2 + dy };
}

declare global {
	interface Window {
		__benchClick?: Promise<ClickTiming>;
		__benchFrames?: { count: number; stop: boolean };
		__map?: {
			panBy(offset: [number, number], options: { duration: number }): void;
		};
	}
}

export interface ClickTiming {
	/** The click to the end of the main thread's work on the frame that shows the passage. */
	painted: number;
	/** The click to that frame on screen, as Element Timing reports it (null if it reported none). */
	presented: number | null;
	/** The press to the click: how long Playwright held the button down, which the click waits on. */
	press: number;
}

/**
 * From the click on Managua's dot to the frame after the panel's h1 says Managua and its passage
 * is laid out: a MutationObserver sees the text arrive; requestAnimationFrame, then a
 * user-blocking task, lands right after that frame's paint, ahead of any work the app deferred
 * past the paint (the map's highlight and camera move). The passage's `elementtiming` entry adds
 * when the compositor actually put that frame on screen. Timed from the `click` event, as
 * Interaction to Next Paint times a click: the press before it (mousedown to mouseup) is as long
 * as the hand holds the button, 5 to 20 ms from Playwright and about 100 ms from a reader, and
 * nothing can follow the click before it ends. Timestamps are the page's own.
 */
export function clickToText(browser: Browser, origin: string) {
	return withPage(browser, async (page) => {
		await page.goto(`${origin}/#4/12/-80`);
		await idleMark(page);
		const at = await projectToPage(page, MANAGUA.lng, MANAGUA.lat);
		await page.mouse.move(at.x, at.y);
		await page.evaluate(
			({ name, words }) => {
				window.__benchClick = new Promise<ClickTiming>((resolve, reject) => {
					let pressed: number | null = null;
					let start: number | null = null;
					addEventListener('mousedown', (e) => (pressed = e.timeStamp), {
						capture: true,
						once: true
					});
					// Capturing on the window: before the map's own listener on its canvas.
					addEventListener('click', (e) => (start = e.timeStamp), { capture: true, once: true });
					const presented: number[] = [];
					new PerformanceObserver((list) => {
						const entries = list.getEntries() as unknown as {
							identifier: string;
							renderTime: number;
							loadTime: number;
						}[];
						for (const e of entries) {
							if (e.identifier === 'passage') presented.push(e.renderTime || e.loadTime);
						}
					}).observe({ type: 'element' });
					const shown = () => {
						const h1 = [...document.querySelectorAll('h1')].find(
							(h) => h.textContent?.trim() === name
						);
						// The passage must sit in the same panel as the heading.
						for (let el: Element | null = h1 ?? null; el; el = el.parentElement) {
							const passage = el.querySelector('.article-words');
							if (passage) {
								return (
									(passage.textContent ?? '').includes(words) &&
									passage.getBoundingClientRect().height > 0
								);
							}
						}
						return false;
					};
					const afterPaint = (then: () => void) =>
						requestAnimationFrame(() =>
							typeof scheduler === 'undefined'
								? setTimeout(then, 0)
								: scheduler.postTask(then, { priority: 'user-blocking' })
						);
					const observer = new MutationObserver(() => {
						if (start === null || !shown()) return;
						observer.disconnect();
						const from = start;
						const press = from - (pressed ?? from);
						afterPaint(() => {
							const painted = performance.now() - from;
							// Element Timing reports once the frame is presented: wait for it, briefly.
							const until = performance.now() + 2_000;
							const settle = () => {
								const seen = presented.filter((t) => t >= from);
								if (seen.length || performance.now() > until) {
									resolve({
										painted,
										presented: seen.length ? Math.min(...seen) - from : null,
										press
									});
								} else setTimeout(settle, 20);
							};
							settle();
						});
					});
					observer.observe(document.body, { subtree: true, childList: true, characterData: true });
					setTimeout(() => reject(new Error('the panel never showed Managua')), 15_000);
				});
			},
			{ name: 'Managua', words: 'Managua opposed' }
		);
		await page.mouse.down();
		await page.mouse.up();
		return page.evaluate(() => window.__benchClick!);
	});
}

/** Counts animation frames in the page until told to stop. */
function countFrames(page: Page) {
	return page.evaluate(() => {
		const frames = { count: 0, stop: false };
		window.__benchFrames = frames;
		const tick = () => {
			if (frames.stop) return;
			frames.count++;
			requestAnimationFrame(tick);
		};
		requestAnimationFrame(tick);
	});
}

/**
 * Main-thread script time per frame while the voyage player plays: CDP Performance.getMetrics'
 * ScriptDuration over each window of ~3 s of playback, divided by the frames requestAnimationFrame
 * counted in it. One page plays on through `windows` windows (Play is pressed again if the voyage
 * ends). `null` when the route page has no Play button.
 */
export function playerScriptPerFrame(
	browser: Browser,
	origin: string,
	windows: number,
	seconds = 3
) {
	return withPage(browser, async (page) => {
		await page.goto(`${origin}/route/flotilla-voyage`);
		await idleMark(page);
		const play = page.getByRole('button', { name: 'Play', exact: true });
		if ((await play.count()) === 0) return null;
		const cdp = await page.context().newCDPSession(page);
		await cdp.send('Performance.enable');
		const script = async () => {
			const { metrics } = await cdp.send('Performance.getMetrics');
			return metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0;
		};
		await countFrames(page);
		const frames = () => page.evaluate(() => window.__benchFrames!.count);
		const out: { msPerFrame: number; frames: number }[] = [];
		for (let w = 0; w < windows; w++) {
			if ((await play.count()) > 0) await play.first().click();
			const [s0, f0] = [await script(), await frames()];
			await page.waitForTimeout(seconds * 1000);
			const [s1, f1] = [await script(), await frames()];
			out.push({ msPerFrame: ((s1 - s0) * 1000) / Math.max(f1 - f0, 1), frames: f1 - f0 });
		}
		return out;
	});
}

/**
 * Loads a floor page, then pans it by hand-sized steps every frame for `ms` (right, then back):
 * time to idle and the mean frame time while panning.
 */
export function idleAndPan(browser: Browser, url: string, ms = 2000) {
	return withPage(browser, async (page) => {
		await page.goto(url);
		const idle = await idleMark(page);
		const created = await mapCreatedAt(page);
		const frames = await page.evaluate(
			(duration) =>
				new Promise<number>((resolve) => {
					const map = window.__map!;
					let frames = 0;
					const start = performance.now();
					const step = (now: number) => {
						const t = now - start;
						if (t >= duration) return resolve(frames);
						frames++;
						map.panBy([t < duration / 2 ? 12 : -12, 0], { duration: 0 });
						requestAnimationFrame(step);
					};
					requestAnimationFrame(step);
				}),
			ms
		);
		return { idle, created, frameMs: ms / Math.max(frames, 1), frames };
	});
}
