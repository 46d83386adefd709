import { homeView } from '../../src/lib/map/home-view';
import { articleExtent } from '../../src/lib/story/extent';
import { getStory } from '../../src/lib/story/story.server';
import { expect, hashView, mapIdle, settledView, test } from './fixtures';

test.describe.configure({ timeout: 90_000 });

const list = (page: import('@playwright/test').Page) =>
	page.getByRole('navigation', { name: 'Places and routes' });

test('Back and Forward move between selections and restore their views', async ({ page }) => {
	await page.goto('/');
	await mapIdle(page);
	await list(page).getByRole('link', { name: 'Managua' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Managua' })).toBeVisible();
	const managuaView = await settledView(page);
	expect(managuaView.lng).toBeCloseTo(-86.25, 0);

	await list(page).getByRole('link', { name: 'Havana' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Havana' })).toBeVisible();
	await settledView(page);

	await list(page)
		.getByRole('link', { name: /86th Flotilla/ })
		.click();
	await expect(page.getByRole('heading', { level: 1, name: /86th Flotilla/ })).toBeVisible();
	await page.locator('#stop-rio-de-janeiro').getByRole('link', { name: 'Rio de Janeiro' }).click();
	await expect(page).toHaveURL(/\/route\/flotilla-voyage\?at=rio-de-janeiro/);
	await settledView(page);

	await page.goBack();
	await page.goBack();
	await expect(page).toHaveURL(/\/place\/havana#/);
	await page.goBack();
	await expect(page).toHaveURL(/\/place\/managua#/);
	await expect(page.getByRole('heading', { level: 1, name: 'Managua' })).toBeVisible();
	const back = await settledView(page);
	expect(back.zoom).toBeCloseTo(managuaView.zoom, 1);
	expect(back.lng).toBeCloseTo(managuaView.lng, 1);
	expect(back.lat).toBeCloseTo(managuaView.lat, 1);

	await page.goForward();
	await expect(page.getByRole('heading', { level: 1, name: 'Havana' })).toBeVisible();
});

test('Back to a first visit returns the map to the overview of the article’s places', async ({
	page
}) => {
	await page.goto('/');
	await mapIdle(page);
	const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
	const home = homeView(box, articleExtent(getStory()));
	await list(page).getByRole('link', { name: 'Havana' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Havana' })).toBeVisible();
	expect((await settledView(page)).zoom).toBeGreaterThan(home.zoom + 3);

	await page.goBack();
	await expect(
		page.getByRole('heading', { name: 'The article’s places and routes' })
	).toBeVisible();
	const back = await settledView(page);
	expect(back.zoom).toBeCloseTo(home.zoom, 1);
	expect(back.lng).toBeCloseTo(home.center[0], 0);
	expect(back.lat).toBeCloseTo(home.center[1], 0);
});

test('Back to a voyage returns to the moment the reader had scrubbed to', async ({ page }) => {
	await page.goto('/route/flotilla-voyage');
	await mapIdle(page);
	const slider = page.getByRole('slider', { name: 'Position on the voyage' });
	await slider.focus();
	for (let i = 0; i < 3; i++) await page.keyboard.press('PageUp');
	await expect(page).toHaveURL(/\?at=jakarta#/);
	await settledView(page);

	await list(page).getByRole('link', { name: 'Managua' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Managua' })).toBeVisible();
	await page.goBack();
	await expect(page).toHaveURL(/\/route\/flotilla-voyage\?at=jakarta#/);
	await expect(slider).toHaveAttribute('aria-valuetext', /9 Nov 2022, at Jakarta/);
});

test('a stop followed from the keyboard keeps the focus, and Back to the route as opened is back at its start', async ({
	page
}) => {
	await page.goto('/route/flotilla-voyage');
	await mapIdle(page);
	const slider = page.getByRole('slider', { name: 'Position on the voyage' });
	await expect(slider).toHaveAttribute('aria-valuetext', /^20 Sep 2022, at Bandar Abbas/);
	const stop = page.getByRole('region', { name: 'Stops' }).getByRole('link', { name: 'Cape Town' });
	await stop.focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\?at=cape-town#/);
	await expect(slider).toHaveAttribute('aria-valuetext', /at Cape Town/);
	await expect(stop).toBeFocused();

	await page.goBack();
	await expect(page).not.toHaveURL(/at=/);
	await expect(slider).toHaveAttribute('aria-valuetext', /^20 Sep 2022, at Bandar Abbas/);
});

test('moving the map only replaces the history entry', async ({ page }) => {
	await page.goto('/place/managua#4/12/-86');
	await mapIdle(page);
	const length = await page.evaluate(() => history.length);
	await page.locator('.maplibregl-canvas').focus();
	for (const key of ['ArrowLeft', 'ArrowLeft', 'Minus']) await page.keyboard.press(key);
	await expect.poll(async () => (await hashView(page)).zoom).toBeLessThan(4);
	expect(await page.evaluate(() => history.length)).toBe(length);
});

test('reload restores the selection, the layers and the view', async ({ page }) => {
	await page.goto('/place/caracas?hide=fuel-tankers-2020#5.5/10.5/-66.9');
	await mapIdle(page);
	await page.reload();
	await mapIdle(page);
	await expect(page.getByRole('heading', { level: 1, name: 'Caracas' })).toBeVisible();
	expect(await hashView(page)).toEqual({ zoom: 5.5, lat: 10.5, lng: -66.9 });
	await expect(page.getByRole('checkbox', { name: /tankers/i })).not.toBeChecked();
});

test('Copy link right after a step takes that step’s moment, which the address writes only later', async ({
	page,
	context
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('/route/flotilla-voyage');
	await mapIdle(page);
	// All in the page, as fast as a quick reader: a step to the next stop, and once the address
	// has it, a second step and Copy link. The address takes one write per 300 ms, so the second
	// stop is not in it yet when the button is pressed.
	const { first, copied } = await page.evaluate(async () => {
		const slider = document.querySelector<HTMLInputElement>('input[type="range"]')!;
		const nextStop = () =>
			slider.dispatchEvent(new KeyboardEvent('keydown', { key: 'PageUp', bubbles: true }));
		const at = () => new URL(location.href).searchParams.get('at');
		const before = at();
		nextStop();
		while (at() === before) await new Promise((r) => setTimeout(r, 5));
		const first = at();
		nextStop();
		// The page's effects run, as they would between a key and a click.
		await new Promise((r) => setTimeout(r, 0));
		const copy = [...document.querySelectorAll('button')].find(
			(b) => b.textContent?.trim() === 'Copy link'
		)!;
		copy.click();
		await new Promise((r) => setTimeout(r, 50));
		return { first, copied: await navigator.clipboard.readText() };
	});
	await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
	// The player is at the second stop, and the address says so in the end.
	await expect.poll(() => new URL(page.url()).searchParams.get('at')).not.toBe(first);
	const shown = new URL(page.url()).searchParams.get('at');
	expect(new URL(copied).searchParams.get('at')).toBe(shown);
});

test('a link copied with the share control opens the same state in a new page', async ({
	page,
	context
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('/route/flotilla-voyage?at=jakarta&hide=soleimani-2019#4/-6.1/106.9');
	await mapIdle(page);
	await page.getByRole('button', { name: 'Copy link' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	expect(copied).toContain('/route/flotilla-voyage?at=jakarta&hide=soleimani-2019#');

	const other = await context.newPage();
	await other.goto(copied);
	await mapIdle(other);
	await expect(other.getByRole('slider', { name: 'Position on the voyage' })).toHaveAttribute(
		'aria-valuetext',
		/9 Nov 2022, at Jakarta/
	);
	await expect(other.getByRole('checkbox', { name: /Soleimani/i })).not.toBeChecked();
	expect(await hashView(other)).toEqual(await hashView(page));

	const embed = page.getByRole('button', { name: 'Embed' });
	await embed.click();
	await expect(page.getByLabel('Embed code')).toHaveValue(
		/<iframe src="http:\/\/127\.0\.0\.1:\d+\/route\/flotilla-voyage\?at=jakarta&hide=soleimani-2019&embed#/
	);
	// Escape closes the embed panel, not the selection under it.
	await page.keyboard.press('Escape');
	await expect(page.getByLabel('Embed code')).toHaveCount(0);
	await expect(embed).toBeFocused();
	await expect(page).toHaveURL(/\/route\/flotilla-voyage\?/);
	// Another selection closes it; opened again, it shows that selection's code.
	await embed.click();
	await page
		.getByRole('navigation', { name: 'Places and routes' })
		.getByRole('link', { name: 'Havana', exact: true })
		.click();
	await expect(page.getByLabel('Embed code')).toHaveCount(0);
	await embed.click();
	await expect(page.getByLabel('Embed code')).toHaveValue(
		/\/place\/havana\?hide=soleimani-2019&embed[#"]/
	);
	// "Copied" spoke of the last page's link: on another page it is gone.
	await expect(page.getByRole('status').filter({ hasText: 'copied' })).toHaveCount(0);
});

test('the embed code follows the view as the map moves, and stays still while the reader is in it', async ({
	page
}) => {
	await page.goto('/place/havana#5/23.1/-82.4');
	await mapIdle(page);
	await page.getByRole('button', { name: 'Embed' }).click();
	const code = page.getByLabel('Embed code');
	await expect(code).toHaveValue(/havana\?embed#5\/23\.1\/-82\.4"/);
	const canvas = (await page.locator('.maplibregl-canvas').boundingBox())!;
	await page.mouse.move(canvas.x + canvas.width / 3, canvas.y + canvas.height / 2);
	// The wheel zooms the map under the pointer and leaves the focus where it is.
	const zoomOut = async () => {
		const before = new URL(page.url()).hash;
		await page.mouse.wheel(0, 300);
		await expect.poll(() => new URL(page.url()).hash).not.toBe(before);
		await settledView(page);
	};
	await zoomOut();
	await expect
		.poll(async () => (await code.inputValue()).includes(`embed${new URL(page.url()).hash}"`))
		.toBe(true);

	await code.focus();
	const copying = await code.inputValue();
	await zoomOut();
	expect(await code.inputValue()).toBe(copying);
	await expect(code).toBeFocused();
	// Copied with the button, it is the view now, and the box shows it again.
	await page.getByRole('button', { name: 'Copy embed code' }).focus();
	await zoomOut();
	await expect
		.poll(async () => (await code.inputValue()).includes(`embed${new URL(page.url()).hash}"`))
		.toBe(true);
});

test('Embed opened while the address still has a move to write shows that move, and breaks nothing', async ({
	page
}) => {
	// Without motion the zoom buttons move the map at once, so the second move comes well within
	// the 300 ms the address waits between writes, and Embed is pressed before it is written.
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto('/#3/10/-70');
	await mapIdle(page);
	const embed = page.getByRole('button', { name: 'Embed' });
	// Opened once, so that its code is there and it opens at the press.
	await embed.click();
	await expect(page.getByLabel('Embed code')).toBeVisible();
	await page.keyboard.press('Escape');
	const centre = async (name: string) => {
		const box = (await page.getByRole('button', { name }).boundingBox())!;
		return [box.x + box.width / 2, box.y + box.height / 2] as const;
	};
	const zoomIn = await centre('Zoom in');
	const embedAt = await centre('Embed');
	await page.mouse.click(...zoomIn);
	await page.waitForFunction(() => location.hash === '#4/10/-70', null, { polling: 'raf' });
	await page.mouse.click(...zoomIn);
	await page.mouse.click(...embedAt);
	await expect(page.getByLabel('Embed code')).toHaveValue(/\?embed#5\/10\/-70"/);
});

test('a browser that will not copy gets the link itself, selected to copy by hand', async ({
	page
}) => {
	await page.goto('/place/havana#5/23.1/-82.4');
	await mapIdle(page);
	// A plain-http host, or a denied permission: no clipboard to write to.
	await page.evaluate(() =>
		Object.defineProperty(navigator, 'clipboard', {
			value: { writeText: () => Promise.reject(new Error('not allowed')) }
		})
	);
	const copyLink = page.getByRole('button', { name: 'Copy link' });
	await copyLink.click();
	await expect(page.getByRole('status').filter({ hasText: 'Could not copy' })).toBeVisible();
	const field = page.getByRole('textbox', { name: 'Link to this view' });
	await expect(field).toBeFocused();
	await expect(field).toHaveValue(page.url());
	expect(
		await field.evaluate((el: HTMLTextAreaElement) => el.selectionEnd - el.selectionStart)
	).toBe(page.url().length);
	await page.keyboard.press('Escape');
	await expect(field).toHaveCount(0);
	await expect(copyLink).toBeFocused();
	// Its message went with it: there is no text below to select any more.
	await expect(page.getByRole('status').filter({ hasText: 'Could not copy' })).toHaveCount(0);
});

test('the embed box closes at a press outside it, and offline says it cannot open, once', async ({
	page,
	context,
	pageErrors
}) => {
	await page.goto('/place/havana#5/23.1/-82.4');
	await mapIdle(page);
	const embed = page.getByRole('button', { name: 'Embed', exact: true });
	// Its code has not loaded yet: offline, the box cannot open, and the button does not say it is.
	await context.setOffline(true);
	await embed.click();
	await expect(page.locator('.share').getByRole('status')).toHaveText('Could not open it offline.');
	await expect(embed).toHaveAttribute('aria-expanded', 'false');
	await context.setOffline(false);
	// One press, once back online, opens it, and the old message goes.
	await embed.click();
	await expect(page.getByLabel('Embed code')).toBeVisible();
	await expect(embed).toHaveAttribute('aria-expanded', 'true');
	await expect(page.locator('.share').getByRole('status')).toHaveText('');
	// It lies over the map's buttons: a press on the map closes it.
	const canvas = (await page.locator('.maplibregl-canvas').boundingBox())!;
	await page.mouse.click(canvas.x + 40, canvas.y + canvas.height - 40);
	await expect(page.getByLabel('Embed code')).toHaveCount(0);
	await expect(embed).toHaveAttribute('aria-expanded', 'false');
	// The browser's own reports of the requests made offline (the box's script and stylesheet).
	const kept = pageErrors.filter((e) => !/ERR_INTERNET_DISCONNECTED/.test(e));
	pageErrors.splice(0, pageErrors.length, ...kept);
});

test('an embed shows the story with minimal chrome and a link to the full page', async ({
	page
}) => {
	await page.goto('/place/managua?embed#4/12/-86');
	await mapIdle(page);
	await expect(page.getByRole('heading', { level: 1, name: 'Managua' })).toBeVisible();
	await expect(page.locator('.masthead')).toHaveCount(0);
	await expect(page.getByRole('link', { name: 'Open the full story map' })).toHaveAttribute(
		'href',
		/\/place\/managua#4\/12\/-86$/
	);
	await expect(page.locator('.maplibregl-cooperative-gesture-screen')).toHaveCount(1);
	// Nothing is left off the map, so nothing says so.
	await expect(page.getByRole('note')).toHaveCount(0);
});

test('an embed whose link leaves part of the story off the map says what it leaves off', async ({
	page
}) => {
	// An embed has no period controls, layer switches or timeline to show a filter by.
	await page.goto('/?hide=places,fuel-tankers-2020&from=2023-01&to=2023-03&embed');
	await mapIdle(page);
	await expect(page.getByRole('note')).toHaveText(
		'This map shows only what is dated from Jan 2023 to Mar 2023. Switched off: Places; Fuel tankers, 2020.'
	);
});

test('the embed’s link to the full page keeps its moment, layers, period and current view', async ({
	page
}) => {
	await page.goto('/route/flotilla-voyage?at=cape-town&hide=fuel-tankers-2020&from=2023&embed');
	await mapIdle(page);
	const link = page.getByRole('link', { name: 'Open the full story map' });
	await expect(link).toHaveAttribute(
		'href',
		/^\/route\/flotilla-voyage\?at=cape-town&hide=fuel-tankers-2020&from=2023(#|$)/
	);
	// The view the reader moves to afterwards, not the one the embed opened on.
	await page.getByRole('button', { name: 'Zoom in' }).click();
	await expect(page).toHaveURL(/#4\.5\//);
	// The embed's own address keeps `embed` a bare flag as the view is written into it.
	expect(new URL(page.url()).search).toMatch(/&embed$/);
	await link.hover();
	await expect(link).toHaveAttribute(
		'href',
		/\?at=cape-town&hide=fuel-tankers-2020&from=2023#4\.5\//
	);
});
