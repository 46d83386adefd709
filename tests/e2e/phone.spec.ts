import type { Locator, Page } from '@playwright/test';
import { homeView } from '../../src/lib/map/home-view';
import { articleExtent } from '../../src/lib/story/extent';
import { getStory } from '../../src/lib/story/story.server';
import {
	ARTICLE_RED,
	dotPixelsShowing,
	expect,
	labelInkAcross,
	labelInkBeside,
	labelInkOnMap,
	MANAGUA,
	projectToPage,
	setTextSize,
	settledView,
	test
} from './fixtures';

/** Waits for the map, then draws the story sheet up over it; its height before is `collapsed`. */
async function drawUpSheet(page: Page) {
	await mapIdle(page);
	const sheet = page.getByRole('complementary', { name: 'Story' });
	const collapsed = (await box(sheet)).height;
	await sheet.getByRole('button', { name: 'Show more text' }).tap();
	await expect.poll(async () => (await box(sheet)).height).toBeGreaterThan(collapsed * 1.5);
	return { sheet, collapsed };
}

/** A phone held upright: the layout puts the text in a bottom sheet under the map. */
const PHONE = { width: 390, height: 844 };

// SwiftShader draws on the CPU of a shared, busy machine: give the map room.
test.describe.configure({ timeout: 120_000 });

/** The fixtures' mapIdle, with a longer wait for a loaded machine. */
async function mapIdle(page: Page) {
	await page.waitForFunction(() => performance.getEntriesByName('map:idle').length > 0, null, {
		timeout: 75_000
	});
}

async function box(locator: Locator) {
	const b = await locator.boundingBox();
	if (!b) throw new Error('not laid out');
	return b;
}

test.describe('phone', () => {
	test.use({ viewport: PHONE, hasTouch: true, isMobile: true });

	for (const [name, path, top] of [
		['the story map', '/#3/10/-70', 48],
		['an embed', '/?embed#3/10/-70', 0]
	] as const) {
		test(`${name}: the map keeps the top of the screen and the text sits in a sheet right below it`, async ({
			page
		}, testInfo) => {
			await page.goto(path);
			await mapIdle(page);
			const map = page.locator('.map-pane');
			const sheet = page.getByRole('complementary', { name: 'Story' });
			const mapBox = await box(map);
			// Under the 48 px header, or at the very top of an embed, which has no header.
			expect(mapBox.y).toBeCloseTo(top, 0);
			// Half the screen would be 422 px; the header above the map counts as the map's share
			// of the top, so 0.45 of the height is enough: the map must stay the main thing.
			expect(mapBox.height).toBeGreaterThanOrEqual(0.45 * PHONE.height);
			expect(mapBox.width).toBe(PHONE.width);
			const sheetBox = await box(sheet);
			// The sheet starts where the map ends, with no blank band between them, and reaches the
			// bottom of the screen.
			expect(sheetBox.y).toBeCloseTo(mapBox.y + mapBox.height, 0);
			expect(sheetBox.y + sheetBox.height).toBeCloseTo(PHONE.height, 0);
			// The map is really drawn there, not covered.
			const canvas = await box(page.locator('.maplibregl-canvas'));
			expect(canvas.height).toBeCloseTo(mapBox.height, 0);
			await page.screenshot({ path: testInfo.outputPath('phone-collapsed.png') });
		});
	}

	test('a first visit shows every one of the article’s places, none under a label, and no label runs off the map’s side', async ({
		page
	}) => {
		await page.goto('/');
		// The map is idle once its labels have faded in: a label on its way is counted.
		await mapIdle(page);
		const canvas = await box(page.locator('.maplibregl-canvas'));
		const home = homeView(canvas, articleExtent(getStory()));
		const view = { zoom: home.zoom, lng: home.center[0], lat: home.center[1] };
		const article = getStory().places.filter((p) => p.properties.role === 'article');
		// Managua, Panama and Caracas are a few pixels apart at this zoom: a label written across
		// one of those dots hid it.
		for (const place of [...article].reverse()) {
			const showing = await dotPixelsShowing(page, place.geometry.coordinates, ARTICLE_RED, view);
			expect(showing, place.properties.id).toBeGreaterThanOrEqual(20);
		}
		const place = (id: string) => article.find((p) => p.properties.id === id)!.geometry.coordinates;
		// The westernmost label, written on its dot's left, and the easternmost place's. Each is
		// drawn, and ends clear of the map's side, not at it.
		const [managuaLng, managuaLat] = place('managua');
		expect(await labelInkBeside(page, managuaLng, managuaLat, view)).toBeGreaterThan(20);
		expect((await labelInkAcross(page, managuaLat, view))?.first).toBeGreaterThanOrEqual(10);
		const [tehranLng, tehranLat] = place('tehran');
		expect(await labelInkBeside(page, tehranLng, tehranLat, view)).toBeGreaterThan(20);
		const tehranRow = await labelInkAcross(page, tehranLat, view);
		expect(tehranRow!.width - tehranRow!.last).toBeGreaterThanOrEqual(10);
	});

	test('a first visit names every one of the article’s places on the map', async ({ page }) => {
		const inkWithout = async (id: string | null) => {
			// The same map with one place's name left blank: what its label adds is the difference.
			await page.unroute('**/data/places.geojson');
			await page.route('**/data/places.geojson', async (route) => {
				const response = await route.fetch();
				const places = await response.json();
				for (const f of places.features) if (f.id === id) f.properties.name = '';
				await route.fulfill({ response, json: places });
			});
			await page.goto('/');
			// Once idle, after the labels' fade-in.
			await mapIdle(page);
			return labelInkOnMap(page);
		};
		const all = await inkWithout(null);
		const article = getStory().places.filter((p) => p.properties.role === 'article');
		// Panama, between Managua and Caracas, had no room left when its turn came.
		// A name's ink is some 40 to 90 pixels at this size; a name left off adds none.
		for (const place of article) {
			expect(all - (await inkWithout(place.id)), place.id).toBeGreaterThan(25);
		}
	});

	for (const [name, path] of [
		['the story map', '/#3/10/-70'],
		['an embed', '/?embed#3/10/-70']
	] as const) {
		test(`${name}: the sheet button shows more text, then more map`, async ({ page }, testInfo) => {
			await page.goto(path);
			await mapIdle(page);
			const sheet = page.getByRole('complementary', { name: 'Story' });
			const more = sheet.getByRole('button', { name: 'Show more text' });
			await expect(more).toBeVisible();
			await expect(more).toHaveAttribute('aria-expanded', 'false');
			const collapsed = (await box(sheet)).height;

			await more.tap();
			const less = sheet.getByRole('button', { name: 'Show more map' });
			await expect(less).toHaveAttribute('aria-expanded', 'true');
			await expect.poll(async () => (await box(sheet)).height).toBeGreaterThan(collapsed * 1.5);
			// Still a sheet over the map: some map shows above it.
			await expect.poll(async () => (await box(sheet)).y).toBeGreaterThan(48);
			await page.screenshot({ path: testInfo.outputPath('phone-expanded.png') });

			await less.tap();
			await expect(sheet.getByRole('button', { name: 'Show more text' })).toHaveAttribute(
				'aria-expanded',
				'false'
			);
			await expect.poll(async () => (await box(sheet)).height).toBeCloseTo(collapsed, 0);
		});
	}

	for (const [name, path] of [
		['the story map', '/#3/10/-70'],
		['an embed', '/?embed#3/10/-70']
	] as const) {
		test(`${name} on a short phone: with the sheet drawn up, both zoom buttons still take a tap`, async ({
			page
		}) => {
			await page.setViewportSize({ width: 360, height: 640 });
			await page.goto(path);
			await drawUpSheet(page);
			// A tap on a button the sheet covers would land on the sheet: Playwright refuses it.
			await page.getByRole('button', { name: 'Zoom out' }).tap({ timeout: 5_000 });
			await expect.poll(async () => (await settledView(page)).zoom).toBeCloseTo(2, 1);
			await page.getByRole('button', { name: 'Zoom in' }).tap({ timeout: 5_000 });
			await expect.poll(async () => (await settledView(page)).zoom).toBeCloseTo(3, 1);
		});
	}

	test('the period’s From and To rows line up in the sheet', async ({ page }) => {
		await page.goto('/');
		const { sheet } = await drawUpSheet(page);
		const bound = (name: string) => sheet.getByRole('group', { name, exact: true });
		await bound('To').scrollIntoViewIfNeeded();
		const from = await box(bound('From').getByLabel('Year'));
		const to = await box(bound('To').getByLabel('Year'));
		// A row each (the sheet is too narrow for both on one), the selects one above the other.
		expect(to.y).toBeGreaterThan(from.y + from.height);
		expect(to.x).toBeCloseTo(from.x, 0);
		expect((await box(bound('To').getByLabel('Month'))).x).toBeCloseTo(
			(await box(bound('From').getByLabel('Month'))).x,
			0
		);
	});

	test('the sources’ credit, open at first, folds to its button once the voyage moves the camera', async ({
		page
	}) => {
		await page.goto('/route/flotilla-voyage');
		await mapIdle(page);
		const credit = page.locator('.map-pane').getByText('Natural Earth, GeoNames');
		await expect(credit).toBeVisible();
		await page
			.getByRole('complementary', { name: 'Story' })
			.getByRole('button', { name: 'Next stop' })
			.tap();
		await expect(page).toHaveURL(/\?at=mumbai/);
		await expect(credit).toBeHidden();
		// Still a tap away.
		await page.getByLabel('Toggle attribution').tap();
		await expect(credit).toBeVisible();
	});

	test('a place picked in the drawn-up sheet brings the sheet down, over a map showing it', async ({
		page
	}) => {
		await page.goto('/#3/10/-70');
		const { sheet, collapsed } = await drawUpSheet(page);
		await sheet
			.getByRole('navigation', { name: 'Places and routes' })
			.getByRole('link', { name: 'Managua', exact: true })
			.tap();
		await expect(page).toHaveURL(/\/place\/managua/);
		await expect(sheet.getByRole('heading', { level: 1, name: 'Managua' })).toBeInViewport();
		await expect(sheet.getByRole('button', { name: 'Show more text' })).toHaveAttribute(
			'aria-expanded',
			'false'
		);
		await expect.poll(async () => (await box(sheet)).height).toBeCloseTo(collapsed, 0);
		// Managua's dot is on the map above the sheet.
		const view = await settledView(page);
		const at = await projectToPage(page, MANAGUA.lng, MANAGUA.lat, view);
		expect(at.y).toBeGreaterThan(48);
		expect(at.y).toBeLessThan((await box(sheet)).y);
	});

	test('a step of the voyage from the drawn-up sheet brings it down, the ship in view, the player too', async ({
		page
	}) => {
		await page.goto('/route/flotilla-voyage');
		const { sheet, collapsed } = await drawUpSheet(page);
		const next = sheet.getByRole('button', { name: 'Next stop' });
		await next.tap();
		await expect(page).toHaveURL(/\?at=mumbai/);
		await expect.poll(async () => (await box(sheet)).height).toBeCloseTo(collapsed, 0);
		await expect(page.locator('.voyage-ship')).toBeInViewport();
		const ship = await box(page.locator('.voyage-ship'));
		expect(ship.y + ship.height).toBeLessThan((await box(sheet)).y);
		// The next step is still a tap away.
		await expect(next).toBeInViewport();
	});

	test('a fold’s summary (sources, legend) is a target a finger can hit', async ({ page }) => {
		await page.goto('/route/foreign-minister-tour');
		// The map's attribution is a fold too, sized by MapLibre's stylesheet once that has come.
		await mapIdle(page);
		const summaries = page.locator('summary');
		expect(await summaries.count()).toBeGreaterThan(1);
		for (const summary of await summaries.all()) {
			if (!(await summary.isVisible())) continue;
			expect((await box(summary)).height).toBeGreaterThanOrEqual(24);
		}
	});

	test.describe('on a small phone, the voyage', () => {
		test.beforeEach(async ({ page }) => {
			await page.setViewportSize({ width: 360, height: 640 });
			await page.goto('/route/flotilla-voyage');
			await mapIdle(page);
		});
		const sheetOf = (page: Page) => page.getByRole('complementary', { name: 'Story' });

		test('shows at each step when and where the ship is, under the controls', async ({ page }) => {
			const sheet = sheetOf(page);
			const next = sheet.getByRole('button', { name: 'Next stop' });
			// The route's long title fills the sheet: the player starts at its fold.
			const readout = sheet.getByText(/nmi sailed/);
			await expect(readout).not.toBeInViewport();
			for (const [at, text] of [
				['mumbai', /Mumbai/],
				['strait-of-malacca', /Strait of Malacca/]
			] as const) {
				await next.tap();
				await expect(page).toHaveURL(new RegExp(`\\?at=${at}`));
				await expect(readout).toHaveText(text);
				await expect(readout).toBeInViewport({ ratio: 1 });
				await expect(next).toBeInViewport({ ratio: 1 });
			}
		});

		test('scrolls the sheet to the player’s top edge, with no half line of the title above it', async ({
			page
		}) => {
			const sheet = sheetOf(page);
			await sheet.getByRole('button', { name: 'Next stop' }).tap();
			await expect(page).toHaveURL(/\?at=mumbai/);
			const handle = sheet.getByRole('button', { name: 'Show more text' });
			const player = sheet.getByRole('region', { name: /player/i });
			await expect
				.poll(async () => {
					const under = await box(handle);
					return (await box(player)).y - (under.y + under.height);
				})
				.toBeCloseTo(0, 0);
			await expect(sheet.getByText(/nmi sailed/)).toBeInViewport({ ratio: 1 });
		});

		/** Draws the sheet up, presses Play in it, and waits for the sheet to start going down. */
		async function playFromDrawnUpSheet(sheet: Locator) {
			await sheet.getByRole('button', { name: 'Show more text' }).tap();
			const play = sheet.getByRole('button', { name: 'Play' });
			await play.scrollIntoViewIfNeeded();
			await play.tap();
			await expect(sheet.getByRole('button', { name: 'Show more text' })).toBeVisible();
		}

		test('played from the drawn-up sheet, keeps its controls and readout in sight as the sheet goes down', async ({
			page
		}) => {
			const sheet = sheetOf(page);
			await playFromDrawnUpSheet(sheet);
			await expect(sheet.getByRole('button', { name: 'Pause' })).toBeInViewport({ ratio: 1 });
			await expect(sheet.getByText(/nmi sailed/)).toBeInViewport({ ratio: 1 });
		});

		test('played from the drawn-up sheet on a slow phone, still ends with its readout in sight', async ({
			page
		}) => {
			const sheet = sheetOf(page);
			// A busy phone eases the sheet down late: here it takes a whole second.
			await sheet.evaluate((el) => (el.style.transitionDuration = '1s'));
			await playFromDrawnUpSheet(sheet);
			// Eased down, not just on its way.
			await expect
				.poll(() => sheet.evaluate((el) => el.getAnimations().length), { timeout: 5000 })
				.toBe(0);
			await expect(sheet.getByText(/nmi sailed/)).toBeInViewport({ ratio: 1 });
		});
	});

	test('the sheet scrolls on its own and the map stays put', async ({ page }) => {
		await page.goto('/#3/10/-70');
		await mapIdle(page);
		const sheet = page.getByRole('complementary', { name: 'Story' });
		const before = new URL(page.url()).hash;
		const top = await sheet.evaluate((el) => el.scrollTop);
		const b = await box(sheet);
		await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2);
		// Wheeled again while it has not scrolled: on a loaded machine one wheel event was once
		// lost (1 run in some 50). A wheel that reached the map instead would zoom it, and the
		// address check below sees that.
		await expect
			.poll(async () => {
				await page.mouse.wheel(0, 600);
				return sheet.evaluate((el) => el.scrollTop);
			})
			.toBeGreaterThan(top + 100);
		// The page itself does not scroll, and the map neither moved nor zoomed.
		expect(await page.evaluate(() => scrollY)).toBe(0);
		await page.waitForTimeout(500);
		expect(new URL(page.url()).hash).toBe(before);
		expect((await box(page.locator('.map-pane'))).y).toBe(48);
		// The handle stays at the top of the sheet while its text scrolls.
		const handle = sheet.getByRole('button', { name: 'Show more text' });
		await expect(handle).toBeInViewport();
		expect(Math.abs((await box(handle)).y - b.y)).toBeLessThanOrEqual(2);
	});

	test('the timeline and its period filter are in the sheet', async ({ page }) => {
		await page.goto('/#3/10/-70');
		await mapIdle(page);
		const sheet = page.getByRole('complementary', { name: 'Story' });
		const timeline = sheet.getByRole('region', { name: 'Timeline' });
		const year = timeline.getByRole('group', { name: 'From' }).getByLabel('Year');
		await year.scrollIntoViewIfNeeded();
		await expect(year).toBeInViewport();
		await year.selectOption('2023');
		await expect(page).toHaveURL(/from=2023/);
		await expect(timeline).toContainText('Showing from 2023');
		// Only one timeline on the page, and the map keeps its place.
		await expect(page.getByRole('region', { name: 'Timeline' })).toHaveCount(1);
		expect((await box(page.locator('.map-pane'))).y).toBe(48);
	});

	/** Taps a place in the sheet's list, scrolled down to it, and waits for its panel. */
	async function pickFromSheet(page: Page, name: string) {
		await page.goto('/#3/10/-70');
		await mapIdle(page);
		const sheet = page.getByRole('complementary', { name: 'Story' });
		const link = sheet
			.getByRole('navigation', { name: 'Places and routes' })
			.getByRole('link', { name, exact: true });
		await link.scrollIntoViewIfNeeded();
		await link.tap();
		await expect(page).toHaveURL(new RegExp(`/place/${name.toLowerCase()}`));
		const title = sheet.getByRole('heading', { level: 1, name });
		await expect(title).toBeVisible();
		return { sheet, title };
	}

	test('a place picked from the list in the sheet opens its panel', async ({ page }) => {
		const { sheet } = await pickFromSheet(page, 'Managua');
		await expect(sheet.locator('.article-words')).toContainText(
			'Managua opposed “US efforts to expand influence in Latin America'
		);
		// The map stays where it was on the screen.
		expect((await box(page.locator('.map-pane'))).y).toBe(48);
		// The passage cites its paragraph; the article in the sheet shows that number.
		await expect(sheet.locator('.article-words figcaption').first()).toContainText('Paragraph 1');
		const number = await sheet
			.locator('#p-1')
			.evaluate((p) => getComputedStyle(p, '::before').display);
		expect(number).not.toBe('none');
	});

	test('the sheet then shows the panel’s title, not the article further down', async ({
		page
	}, testInfo) => {
		// In the sheet the article shares the panel's scrolling column: a new selection must not
		// scroll that column down to the place's paragraph, away from the panel.
		const { sheet, title } = await pickFromSheet(page, 'Managua');
		await page.screenshot({ path: testInfo.outputPath('phone-place.png') });
		// In view in the sheet, not above its scroll, and not under its sticky handle.
		await expect(title).toBeInViewport({ ratio: 1 });
		const handle = await box(sheet.getByRole('button', { name: 'Show more text' }));
		expect((await box(title)).y).toBeGreaterThanOrEqual(handle.y + handle.height);
	});

	test('a link to a place opens with the sheet at its panel, not at the article', async ({
		page
	}) => {
		await page.goto('/place/caracas');
		await mapIdle(page);
		// The article's highlight, further down the same column, must not pull the sheet there.
		await page.waitForTimeout(500);
		const sheet = page.getByRole('complementary', { name: 'Story' });
		await expect(sheet.getByRole('heading', { level: 1, name: 'Caracas' })).toBeInViewport({
			ratio: 1
		});
		expect(await sheet.evaluate((el) => el.scrollTop)).toBe(0);
	});
});

test('on a desktop, a place picked far down the side column brings its panel into view', async ({
	page
}) => {
	// A long panel (the voyage, its player and its stops), the column scrolled down to the list.
	await page.goto('/route/flotilla-voyage');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('86th Flotilla');
	const side = page.getByRole('complementary', { name: 'Story' });
	const link = side
		.getByRole('navigation', { name: 'Places and routes' })
		.getByRole('link', { name: 'Managua', exact: true });
	await link.scrollIntoViewIfNeeded();
	expect(await side.evaluate((el) => el.scrollTop)).toBeGreaterThan(300);
	await link.click();
	await expect(page).toHaveURL(/\/place\/managua/);
	await expect(side.getByRole('heading', { level: 1, name: 'Managua' })).toBeInViewport({
		ratio: 1
	});
});

test('desktop layout', async ({ page }, testInfo) => {
	await page.goto('/place/managua');
	await mapIdle(page);
	// The three columns: the article, the map, the story panel.
	const reading = await box(page.getByRole('region', { name: 'The article', exact: true }));
	const map = await box(page.locator('.map-pane'));
	const side = await box(page.getByRole('complementary', { name: 'Story' }));
	expect(reading.x + reading.width).toBeLessThanOrEqual(map.x + 1);
	expect(map.x + map.width).toBeLessThanOrEqual(side.x + 1);
	expect(map.width).toBeGreaterThan(400);
	// The article's text keeps off the window's edge and the map's.
	const text = await box(page.locator('.article-pane'));
	const words = await page
		.locator('.article-pane .kicker')
		.evaluate((el) => el.getBoundingClientRect().x);
	expect(words).toBeGreaterThanOrEqual(reading.x + 8);
	expect(text.x + text.width).toBeLessThanOrEqual(reading.x + reading.width);
	await expect(page.getByRole('button', { name: 'Show more text' })).toBeHidden();
	await page.screenshot({ path: testInfo.outputPath('desktop.png') });
});

test.describe('phone, sharing', () => {
	test.use({ viewport: PHONE, hasTouch: true, isMobile: true });

	test('the embed code and the copied-link message show over the map, whole', async ({
		page,
		context
	}) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto('/place/havana');
		await mapIdle(page);
		/** Whether the element's own box is what the reader sees at its centre and both ends. */
		const onTop = (locator: Locator) =>
			locator.evaluate((el) => {
				const r = el.getBoundingClientRect();
				const y = r.top + r.height / 2;
				return [r.left + 4, r.left + r.width / 2, r.right - 4].every((x) => {
					const hit = document.elementFromPoint(x, y);
					return hit !== null && (el === hit || el.contains(hit));
				});
			});
		await page.getByRole('button', { name: 'Copy link' }).tap();
		const copied = page.getByText('Link copied');
		await expect(copied).toBeVisible();
		expect(await onTop(copied)).toBe(true);
		await page.getByRole('button', { name: 'Embed' }).tap();
		const code = page.getByRole('textbox', { name: 'Embed code' });
		await expect(code).toBeVisible();
		expect(await onTop(code)).toBe(true);
		expect(await onTop(page.getByRole('button', { name: 'Copy embed code' }))).toBe(true);
	});

	test('at twice the text size the title has a line of its own, the buttons fit and the copied-link message wraps inside the screen, clear of the zoom buttons', async ({
		page,
		context
	}) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await setTextSize(page, 200);
		await page.goto('/place/havana');
		await mapIdle(page);
		// The title (the way home) is not squeezed to its first letters by the share buttons: it
		// has the screen's width, and they fit on the line under it, above the map.
		const title = await box(page.getByRole('link', { name: /Iran in Latin America/ }));
		expect(title.width).toBeGreaterThan(PHONE.width * 0.8);
		const embed = await box(page.getByRole('button', { name: 'Embed' }));
		expect(embed.x + embed.width).toBeLessThanOrEqual(PHONE.width);
		expect(embed.y).toBeGreaterThanOrEqual(title.y + title.height);
		expect(embed.y + embed.height).toBeLessThanOrEqual((await box(page.locator('.map-pane'))).y);
		const status = page.locator('.share [role="status"]');
		// Empty, it shows nothing over the map.
		expect((await box(status)).width * (await box(status)).height).toBe(0);
		await page.getByRole('button', { name: 'Copy link' }).tap();
		await expect(status).toHaveText('Link copied to the clipboard.');
		const shown = await box(status);
		expect(shown.x).toBeGreaterThanOrEqual(0);
		expect(shown.x + shown.width).toBeLessThanOrEqual(PHONE.width);
		// Nor does it cover the map's zoom buttons while it shows.
		const zoomIn = await box(page.getByRole('button', { name: 'Zoom in' }));
		expect(shown.x + shown.width).toBeLessThanOrEqual(zoomIn.x);
	});
});

test.describe('tablet', () => {
	test.use({ viewport: { width: 1024, height: 768 } });

	test('the timeline under the map keeps its text off the window’s edge', async ({ page }) => {
		await page.goto('/');
		const timeline = page.getByRole('region', { name: 'Timeline' });
		const pane = await box(timeline);
		expect(pane.x).toBeLessThan(1);
		// The heading, the first event and the period's first field, each a little way in.
		for (const part of [
			timeline.getByRole('heading', { name: 'Timeline' }),
			timeline.getByRole('listitem').first(),
			timeline.getByRole('group', { name: 'From' })
		]) {
			expect((await box(part)).x).toBeGreaterThanOrEqual(pane.x + 8);
		}
	});
});

test.describe('phone on its side', () => {
	test.use({ viewport: { width: 844, height: 390 }, hasTouch: true, isMobile: true });

	test('the map takes the height under the header; the timeline is in the side column', async ({
		page
	}) => {
		await page.goto('/');
		await mapIdle(page);
		const map = await box(page.locator('.map-pane'));
		expect(map.height).toBeGreaterThanOrEqual(390 - 48 - 2);
		const side = page.getByRole('complementary', { name: 'Story' });
		await expect(side.getByRole('region', { name: 'Timeline' })).toHaveCount(1);
		await expect(page.getByRole('region', { name: 'Timeline' })).toHaveCount(1);
		// Still usable there: the period filter answers.
		await side.getByRole('region', { name: 'Timeline' }).scrollIntoViewIfNeeded();
		await side.getByRole('group', { name: 'From' }).getByLabel('Year').selectOption('2023');
		await expect(side).toContainText('Showing from 2023');
	});
});
