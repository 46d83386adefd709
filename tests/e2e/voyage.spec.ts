import { expect, hashView, mapIdle, openBeforeCode, settledView, test } from './fixtures';

test.describe.configure({ timeout: 60_000 });

const JAKARTA = { lng: 106.88, lat: -6.1 };
const BANDAR_ABBAS = { lng: 56.28, lat: 27.19 };

test('keyboard scrubbing moves the ship and the camera along the route', async ({ page }) => {
	await page.goto('/route/flotilla-voyage');
	await mapIdle(page);
	const slider = page.getByRole('slider', { name: 'Position on the voyage' });
	await expect(slider).toHaveAttribute('aria-valuetext', /20 Sep 2022, at Bandar Abbas/);
	await slider.focus();
	for (let i = 0; i < 3; i++) await page.keyboard.press('PageUp');
	await expect(slider).toHaveAttribute('aria-valuetext', /9 Nov 2022, at Jakarta/);
	await expect(page).toHaveURL(/\?at=jakarta#/);
	await expect
		.poll(async () => (await hashView(page)).lng, { timeout: 5000 })
		.toBeCloseTo(JAKARTA.lng, 0);
	const view = await hashView(page);
	expect(view.lat).toBeCloseTo(JAKARTA.lat, 0);
	await page.keyboard.press('ArrowRight');
	await expect(slider).toHaveAttribute(
		'aria-valuetext',
		/10 Nov 2022 \(estimated\), at sea between Jakarta/
	);
	// At sea, the card keeps the last stop: the text under it does not jump at every stop.
	const card = page.locator('.stop-card');
	await expect(card).toContainText('Most recent stop');
	await expect(card.getByRole('heading', { name: 'Jakarta' })).toBeVisible();
	await page.keyboard.press('End');
	await expect(slider).toHaveAttribute('aria-valuetext', /20 May 2023, at Bandar Abbas/);
	await page.keyboard.press('Home');
	await expect(slider).toHaveAttribute('aria-valuetext', /20 Sep 2022/);
});

test('before the page’s code has loaded, the slider says in words where the voyage starts', async ({
	page
}) => {
	const release = await openBeforeCode(page, '/route/flotilla-voyage');
	const slider = page.getByRole('slider', { name: 'Position on the voyage' });
	await expect(slider).toHaveAttribute('aria-valuetext', /^20 Sep 2022, at Bandar Abbas, /);
	release();
	await mapIdle(page);
	await expect(slider).toHaveAttribute('aria-valuetext', /^20 Sep 2022, at Bandar Abbas, /);
});

test('before the page’s code has loaded, the voyage shows its first stop with its sources', async ({
	page
}) => {
	const release = await openBeforeCode(page, '/route/flotilla-voyage');
	const card = page.locator('.stop-card');
	await expect(card.getByRole('heading', { name: 'Bandar Abbas' })).toBeVisible();
	await expect(card).toContainText('Tehran Times');
	await expect(page.locator('.readout')).toContainText('20 Sep 2022');
	release();
	await mapIdle(page);
	await expect(card).toHaveCount(1);
	await expect(card.getByRole('heading', { name: 'Bandar Abbas' })).toBeVisible();
});

test('the slider moved before the page’s code has loaded takes the voyage there', async ({
	page
}) => {
	const release = await openBeforeCode(page, '/route/flotilla-voyage');
	const slider = page.getByRole('slider', { name: 'Position on the voyage' });
	await slider.focus();
	await page.keyboard.press('End');
	release();
	await expect(slider).toHaveAttribute('aria-valuetext', /20 May 2023, at Bandar Abbas/);
	await expect(page).toHaveURL(/\?at=bandar-abbas-return(#|$)/);
});

test('Next stop and Previous stop step along the voyage, the camera following', async ({
	page
}) => {
	await page.goto('/route/flotilla-voyage');
	await mapIdle(page);
	const slider = page.getByRole('slider', { name: 'Position on the voyage' });
	const previous = page.getByRole('button', { name: 'Previous stop' });
	const next = page.getByRole('button', { name: 'Next stop' });
	await expect(previous).toBeDisabled();
	for (let i = 0; i < 3; i++) await next.click();
	await expect(slider).toHaveAttribute('aria-valuetext', /9 Nov 2022, at Jakarta/);
	await expect(page).toHaveURL(/\?at=jakarta#/);
	await expect
		.poll(async () => (await hashView(page)).lng, { timeout: 5000 })
		.toBeCloseTo(JAKARTA.lng, 0);
	await previous.click();
	await expect(slider).toHaveAttribute('aria-valuetext', /Malacca/);
	// By keyboard to the end: the button that can go no further keeps the focus.
	await next.focus();
	while (await next.isEnabled()) await page.keyboard.press('Enter');
	await expect(slider).toHaveAttribute('aria-valuetext', /20 May 2023, at Bandar Abbas/);
	await expect(next).toBeFocused();
	await expect(previous).toBeEnabled();
});

test('Re-centre, named in plain words, brings the camera onto the ship and goes away', async ({
	page
}) => {
	await page.goto('/route/flotilla-voyage');
	await mapIdle(page);
	// The whole route is in view at first, so the camera is not on the ship (at Bandar Abbas).
	const recentre = page.getByRole('button', { name: 'Re-centre', exact: true });
	await expect(recentre).toBeVisible();
	// From the keyboard: the button goes away, and the focus goes on to the slider.
	await recentre.focus();
	await page.keyboard.press('Enter');
	await expect(recentre).toBeHidden();
	await expect(page.getByRole('slider', { name: 'Position on the voyage' })).toBeFocused();
	await expect
		.poll(async () => (await hashView(page)).lng, { timeout: 5000 })
		.toBeCloseTo(BANDAR_ABBAS.lng, 0);
	const view = await hashView(page);
	expect(view.lat).toBeCloseTo(BANDAR_ABBAS.lat, 0);
	expect(view.zoom).toBeGreaterThanOrEqual(3.4);
});

test('Play moves the ship on its own, and Pause stops it', async ({ page }) => {
	await page.goto('/route/flotilla-voyage');
	await mapIdle(page);
	const slider = page.getByRole('slider', { name: 'Position on the voyage' });
	const start = Number(await slider.getAttribute('aria-valuenow'));
	await page.getByRole('button', { name: 'Play' }).click();
	await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
	await expect
		.poll(async () => Number(await slider.getAttribute('aria-valuenow')))
		.toBeGreaterThan(start + 2);
	await expect.poll(async () => (await hashView(page)).zoom).toBeGreaterThanOrEqual(3.4);
	await page.getByRole('button', { name: 'Pause' }).click();
	const paused = await slider.getAttribute('aria-valuenow');
	await page.waitForTimeout(600);
	expect(await slider.getAttribute('aria-valuenow')).toBe(paused);
});

test('switching a layer off while the voyage plays neither stops nor rewinds it', async ({
	page
}) => {
	await page.goto('/route/flotilla-voyage');
	await mapIdle(page);
	const slider = page.getByRole('slider', { name: 'Position on the voyage' });
	const start = Number(await slider.getAttribute('aria-valuenow'));
	await page.getByRole('button', { name: 'Play' }).click();
	await expect
		.poll(async () => Number(await slider.getAttribute('aria-valuenow')))
		.toBeGreaterThan(start + 2);
	const before = Number(await slider.getAttribute('aria-valuenow'));
	await page.getByRole('checkbox', { name: /tankers/i }).uncheck();
	await expect(page).toHaveURL(/hide=fuel-tankers-2020/);
	await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
	await expect
		.poll(async () => Number(await slider.getAttribute('aria-valuenow')))
		.toBeGreaterThan(before + 2);
});

test('at Rio the player shows the article’s sentence and the Panama leg never sailed', async ({
	page
}) => {
	await page.goto('/route/flotilla-voyage?at=rio-de-janeiro');
	const card = page.locator('.stop-card');
	await expect(card.getByRole('heading', { name: 'Rio de Janeiro' })).toBeVisible();
	await expect(card).toContainText(
		'President Lula da Silva allowed Iranian warships to dock in Rio de Janeiro'
	);
	await expect(card.getByRole('note')).toContainText('announced, never sailed');
	await expect(card.getByRole('link', { name: /Panama Canal/ })).toHaveAttribute(
		'href',
		/\/route\/flotilla-panama-claim$/
	);
	// There, the leg is told as announced, and its canal stop as never reached.
	await card.getByRole('link', { name: /Panama Canal/ }).click();
	await expect(page.locator('.panel .kicker')).toContainText('Announced voyage');
	await expect(page.getByRole('region', { name: 'Stops' })).toContainText(
		'Never reached, so undated.'
	);
});

test('the article beside the map follows the passage on each stop the player steps to', async ({
	page
}) => {
	await page.goto('/route/foreign-minister-tour');
	await mapIdle(page);
	const pane = page.locator('.article-pane');
	// Havana's stop quotes paragraph 9, the Cuban statement, far down the article.
	await expect(pane.locator('#p-9')).not.toBeInViewport();
	const next = page.getByRole('button', { name: 'Next stop' });
	for (let i = 0; i < 4; i++) await next.click();
	await expect(page).toHaveURL(/\?at=havana/);
	await expect(pane.locator('#p-9')).toBeInViewport();
});

test('the foreign minister’s tour is flown, not sailed', async ({ page }) => {
	await page.goto('/route/foreign-minister-tour?at=managua');
	const player = page.getByRole('region', { name: 'Journey player' });
	const slider = player.getByRole('slider', { name: 'Position on the journey' });
	await expect(slider).toHaveAttribute(
		'aria-valuetext',
		/1 Feb 2023, at Managua, [\d,]+ kilometres flown/
	);
	await expect(player.locator('.readout')).toContainText(/[\d,]+ km flown ·\s+Managua/);
	await slider.focus();
	await page.keyboard.press('PageDown');
	await page.keyboard.press('ArrowRight');
	await expect(slider).toHaveAttribute(
		'aria-valuetext',
		/travelling between Nouakchott and Managua/
	);
	await expect(player).not.toContainText(/sail|nmi|at sea/);
});

test('a voyage whose layer is off has no ship on the map until the layer is on', async ({
	page
}) => {
	await page.goto('/route/flotilla-voyage?at=rio-de-janeiro&hide=flotilla-voyage');
	await mapIdle(page);
	await expect(
		page.locator('.stop-card').getByRole('heading', { name: 'Rio de Janeiro' })
	).toBeVisible();
	await expect(page.locator('.voyage-ship')).toHaveCount(0);
	await page.getByRole('checkbox', { name: /86th Flotilla voyage/ }).check();
	await expect(page.locator('.voyage-ship')).toBeInViewport();
});

test('a copied moment link opens the same moment and view', async ({ page, context }) => {
	await page.goto('/route/flotilla-voyage');
	await mapIdle(page);
	const slider = page.getByRole('slider', { name: 'Position on the voyage' });
	await slider.focus();
	for (let i = 0; i < 5; i++) await page.keyboard.press('PageUp');
	for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
	await expect(page).toHaveURL(/\?at=2022-12-29#/);
	// The camera eases onto the ship, then the hash settles.
	await expect(page.locator('.voyage-ship')).toBeInViewport();
	await expect.poll(async () => (await settledView(page)).zoom).toBeGreaterThanOrEqual(3.4);
	const value = await slider.getAttribute('aria-valuenow');
	const text = await slider.getAttribute('aria-valuetext');
	const view = await hashView(page);
	const link = page.url();

	const other = await context.newPage();
	await other.goto(link);
	await mapIdle(other);
	const again = other.getByRole('slider', { name: 'Position on the voyage' });
	await expect(again).toHaveAttribute('aria-valuenow', value!);
	await expect(again).toHaveAttribute('aria-valuetext', text!);
	const otherView = await hashView(other);
	expect(otherView.zoom).toBeCloseTo(view.zoom, 1);
	expect(otherView.lng).toBeCloseTo(view.lng, 1);
	expect(otherView.lat).toBeCloseTo(view.lat, 1);
	// The ship is drawn there too, in the middle of the map the link shows.
	await expect(other.locator('.voyage-ship')).toBeInViewport();
});

test('a link to a stop, without a view, opens the map on the ship at that stop', async ({
	page
}) => {
	await page.goto('/route/flotilla-voyage?at=jakarta');
	await mapIdle(page);
	await expect(page.locator('.stop-card').getByRole('heading', { name: /Jakarta/ })).toBeVisible();
	// The camera eases onto the ship, close enough to tell the stop's coast.
	await expect
		.poll(async () => {
			const view = await hashView(page);
			return (
				view.zoom >= 3.4 &&
				Math.abs(view.lng - JAKARTA.lng) < 0.5 &&
				Math.abs(view.lat - JAKARTA.lat) < 0.5
			);
		})
		.toBe(true);
	const ship = (await page.locator('.voyage-ship').boundingBox())!;
	const map = (await page.locator('.maplibregl-canvas').boundingBox())!;
	expect(Math.abs(ship.x + ship.width / 2 - (map.x + map.width / 2))).toBeLessThan(20);
	expect(Math.abs(ship.y + ship.height / 2 - (map.y + map.height / 2))).toBeLessThan(20);
	// The map follows the ship already: nothing to re-centre.
	await expect(page.getByRole('button', { name: 'Re-centre' })).toHaveCount(0);
});

test('at a stop at sea, which has no dot of its own, its name shows beside the ship', async ({
	page
}) => {
	await page.goto('/route/flotilla-voyage?at=celebes-sea');
	await mapIdle(page);
	const name = page.locator('.map-pane').getByText('Celebes Sea, into the Pacific');
	await expect(name).toBeVisible();
	const ship = (await page.locator('.voyage-ship').boundingBox())!;
	const label = (await name.boundingBox())!;
	// Beside it, on its right, and clear of its arrow.
	expect(label.x).toBeGreaterThanOrEqual(ship.x + ship.width - 4);
	expect(Math.abs(label.y + label.height / 2 - (ship.y + ship.height / 2))).toBeLessThan(10);
	// The next stop at sea takes its place; at a port, the map's own label names it, and no other.
	await page.getByRole('button', { name: 'Next stop' }).click();
	await expect(page.getByRole('slider', { name: 'Position on the voyage' })).toHaveAttribute(
		'aria-valuetext',
		/French Polynesia/
	);
	await expect(page.locator('.map-pane').getByText('West of French Polynesia’s EEZ')).toBeVisible();
	await expect(name).toHaveCount(0);
	await page.getByRole('button', { name: 'Previous stop' }).click();
	await page.getByRole('button', { name: 'Previous stop' }).click();
	await expect(page.getByRole('slider', { name: 'Position on the voyage' })).toHaveAttribute(
		'aria-valuetext',
		/Jakarta/
	);
	await expect(page.locator('.voyage-stop-name')).toHaveCount(0);
});

test('with the places layer off, the ship names the port it is at, as the dot that did is gone', async ({
	page
}) => {
	await page.goto('/route/flotilla-voyage?at=mumbai&hide=places');
	await mapIdle(page);
	const name = page.locator('.voyage-stop-name');
	await expect(name).toHaveText('Mumbai');
	await expect(name).toBeVisible();
	// Places back on: the map's own label names it again, and only that.
	await page.getByRole('checkbox', { name: /^Places/ }).check();
	await expect(page).not.toHaveURL(/hide=/);
	await expect(name).toHaveCount(0);
	await page.getByRole('checkbox', { name: /^Places/ }).uncheck();
	await expect(name).toHaveText('Mumbai');
});

test.describe('with reduced motion', () => {
	test.use({ reducedMotion: 'reduce' });

	test('a link to a stop, without a view, opens centred on that stop', async ({ page }) => {
		await page.goto('/route/flotilla-voyage?at=jakarta');
		await mapIdle(page);
		// The route's own view, which waits for the route data, must not win over the stop.
		await page.waitForTimeout(1500);
		const view = await hashView(page);
		expect(Math.abs(view.lng - JAKARTA.lng)).toBeLessThan(0.5);
		expect(Math.abs(view.lat - JAKARTA.lat)).toBeLessThan(0.5);
	});

	test('a link to a day at sea, without a view, opens with the ship in sight', async ({ page }) => {
		// 22 Nov 2022: in the Western Pacific, out of the route's own view (the Atlantic's side).
		await page.goto('/route/flotilla-voyage?at=2022-11-22');
		await mapIdle(page);
		await expect(page.getByRole('slider', { name: 'Position on the voyage' })).toHaveAttribute(
			'aria-valuetext',
			/22 Nov 2022/
		);
		await page.waitForTimeout(1500);
		const ship = (await page.locator('.voyage-ship').boundingBox())!;
		const map = (await page.locator('.maplibregl-canvas').boundingBox())!;
		expect(ship.x).toBeGreaterThanOrEqual(map.x);
		expect(ship.x + ship.width).toBeLessThanOrEqual(map.x + map.width);
		expect(ship.y).toBeGreaterThanOrEqual(map.y);
		expect(ship.y + ship.height).toBeLessThanOrEqual(map.y + map.height);
	});

	test('never plays by itself and steps the view between stops', async ({ page }) => {
		await page.goto('/route/flotilla-voyage');
		await mapIdle(page);
		await expect(page.getByText('Reduced motion is on')).toBeVisible();
		await page.waitForTimeout(1500);
		await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
		const slider = page.getByRole('slider', { name: 'Position on the voyage' });
		await slider.focus();
		await page.keyboard.press('PageUp');
		await page.keyboard.press('PageUp');
		await expect(slider).toHaveAttribute('aria-valuetext', /Strait of Malacca/);
		await expect
			.poll(async () => (await hashView(page)).lng, { timeout: 5000 })
			.toBeCloseTo(100.8, 0);
		await page.waitForTimeout(500);
		const before = await hashView(page);
		await page.keyboard.press('ArrowRight');
		await page.waitForTimeout(700);
		// Between stops the camera stays put: no continuous flight.
		expect(await hashView(page)).toEqual(before);
	});
});

test('turning reduced motion on while the page is open takes effect at once', async ({ page }) => {
	await page.goto('/route/flotilla-voyage');
	await mapIdle(page);
	await expect(page.getByText('Reduced motion is on')).toHaveCount(0);
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await expect(page.getByText('Reduced motion is on')).toBeVisible();
	await page.emulateMedia({ reducedMotion: 'no-preference' });
	await expect(page.getByText('Reduced motion is on')).toHaveCount(0);
});

test('a moment the player cannot read, or outside the voyage, does not stay in the address', async ({
	page
}) => {
	await page.goto('/route/flotilla-voyage?at=JAKARTA');
	await mapIdle(page);
	await expect(page).not.toHaveURL(/[?&]at=/);
	await page.goto('/route/flotilla-voyage?at=2021-01-01');
	await mapIdle(page);
	// Before the voyage: the player shows its start, and the address says so.
	await expect(page).toHaveURL(/[?&]at=bandar-abbas-departure(#|&|$)/);
	await expect(page.getByRole('slider', { name: 'Position on the voyage' })).toHaveAttribute(
		'aria-valuetext',
		/Bandar Abbas/
	);
	// The Panama leg was only announced: it has no player, so its stop is no moment either.
	await page.goto('/route/flotilla-panama-claim?at=panama-canal');
	await mapIdle(page);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(page).not.toHaveURL(/[?&]at=/);
});

test('Escape on the voyage slider closes the voyage, as it does elsewhere', async ({ page }) => {
	await page.goto('/route/flotilla-voyage');
	await mapIdle(page);
	await page.getByRole('slider', { name: 'Position on the voyage' }).focus();
	await page.keyboard.press('Escape');
	await expect(page).toHaveURL(/\/(#.*)?$/);
	await expect(page.getByRole('slider', { name: 'Position on the voyage' })).toHaveCount(0);
	// The slider went with the panel: the story's title has the focus.
	await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
});

test('a stop card quotes only what the article says of that stop, and links to the rest', async ({
	page
}) => {
	await page.goto('/route/foreign-minister-tour?at=managua');
	const card = page.locator('.stop-card');
	await expect(card.getByRole('heading', { name: 'Managua' })).toBeVisible();
	await expect(card.locator('mark')).toHaveText(/^During a diplomatic trip to Nicaragua/);
	await page.getByRole('button', { name: 'Previous stop' }).click();
	// Nouakchott shares 31 Jan with Tehran: a stop of its own all the same, with its own link.
	await expect(card.getByRole('heading', { name: 'Nouakchott' })).toBeVisible();
	await expect(page).toHaveURL(/\?at=nouakchott#/);
	await page.getByRole('button', { name: 'Previous stop' }).click();
	await expect(card.getByRole('heading', { name: 'Tehran' })).toBeVisible();
	// Tehran's passages are about Managua's words and Venezuela's energy, not this departure.
	await expect(card.locator('blockquote')).toHaveCount(0);
	await expect(card).toContainText('The article says nothing of this stop on this route.');
	await card.getByRole('link', { name: 'What it says about Tehran' }).click();
	await expect(page).toHaveURL(/\/place\/tehran/);
	await expect(page.locator('#story-panel h1')).toHaveText('Tehran');
});

test('an announced route has no player: no ship travels a journey that never happened', async ({
	page
}) => {
	for (const id of ['iran-brazil-shipping', 'flotilla-panama-claim']) {
		await page.goto(`/route/${id}?at=rio-de-janeiro`);
		await mapIdle(page);
		await expect(page.locator('#story-panel h1')).toBeVisible();
		await expect(page.getByRole('button', { name: 'Play' })).toHaveCount(0);
		await expect(page.locator('.voyage-ship')).toHaveCount(0);
		// Nor does its address keep a moment, nor a link copied from it.
		await expect(page).not.toHaveURL(/[?&]at=/);
	}
});

test('in a short side column, a step scrolls only as far as the readout needs', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 420 });
	await page.goto('/route/flotilla-voyage');
	await mapIdle(page);
	const side = page.getByRole('complementary', { name: 'Story' });
	const readout = side.getByText(/nmi sailed/);
	await expect(readout).not.toBeInViewport({ ratio: 1 });
	const top = async (locator: typeof side) => (await locator.boundingBox())!.y;
	const playerBelowTop =
		(await top(side.getByRole('region', { name: 'Voyage player' }))) - (await top(side));
	await side.getByRole('button', { name: 'Next stop' }).click();
	await expect(page).toHaveURL(/\?at=mumbai/);
	await expect(readout).toBeInViewport({ ratio: 1 });
	// No jump of the player to the column's top (the phone's sheet does that, under its handle).
	expect(await side.evaluate((el) => el.scrollTop)).toBeLessThan(playerBelowTop - 20);
});
