import type { Locator, Page } from '@playwright/test';
import { ROUTE_COLOURS } from '../../src/lib/style/story-marks';
import {
	canvasPixelsOf,
	expect,
	hashView,
	mapIdle,
	openBeforeCode,
	pointOnRoute,
	projectToPage,
	test
} from './fixtures';

test.describe.configure({ timeout: 90_000 });

/** The page's timeline (on a wide window it is under the map, in one place only). */
const timelineOf = (page: Page) => page.getByRole('region', { name: 'Timeline' }).first();

test('a place named in the article text selects it and flies the map there', async ({ page }) => {
	await page.goto('/#2/0/0');
	await mapIdle(page);
	const article = page.getByRole('region', { name: 'The article' }).first();
	await article.getByRole('link', { name: 'Caracas' }).first().click();
	await expect(page).toHaveURL(/\/place\/caracas/);
	await expect(page.getByRole('heading', { level: 1, name: 'Caracas' })).toBeVisible();
	await expect
		.poll(async () => (await hashView(page)).lng, { timeout: 10_000 })
		.toBeCloseTo(-66.88, 0);
});

test('a country the article names opens its capital and says why', async ({ page }) => {
	await page.goto('/');
	const article = page.getByRole('region', { name: 'The article' }).first();
	await article.getByRole('link', { name: 'Nicaragua', exact: true }).first().click();
	await expect(page).toHaveURL(/\/place\/managua/);
	const panel = page.getByRole('article', { name: 'Managua' });
	await expect(panel).toContainText('The article’s “Nicaragua” links here.');
	await page.goto('/place/brasilia');
	await expect(page.getByRole('article', { name: 'Brasília' })).toContainText(
		'The article’s “Brazil” links here.'
	);
	await page.goto('/place/tehran');
	await expect(page.getByRole('heading', { level: 1, name: 'Tehran' })).toBeVisible();
	await expect(page.getByRole('article', { name: 'Tehran' })).not.toContainText('links here');
});

test('clicking the warships’ line scrolls the article to the Rio paragraph', async ({ page }) => {
	await page.goto('/#3/-30/-15');
	await mapIdle(page);
	const mid = await pointOnRoute(
		page,
		'flotilla-voyage',
		(lng, lat) => lng > -30 && lng < 0 && lat < -25
	);
	const at = await projectToPage(page, mid.lng, mid.lat);
	await page.mouse.click(at.x, at.y);
	await expect(page).toHaveURL(/\/route\/flotilla-voyage/);
	const rio = page.locator('#p-12');
	await expect(rio.locator('mark').first()).toContainText('President Lula');
	await expect(rio).toBeInViewport();
});

test('hiding a layer is kept in the URL, in a shared link and in the list’s and panels’ links', async ({
	page,
	context
}) => {
	await page.goto('/#2/10/-40');
	await mapIdle(page);
	const tankers = page.getByRole('checkbox', { name: /tankers/i });
	await expect(tankers).toBeChecked();
	const length = await page.evaluate(() => history.length);
	await tankers.uncheck();
	await expect(page).toHaveURL(/\?hide=fuel-tankers-2020#/);
	expect(await page.evaluate(() => history.length)).toBe(length);
	const other = await context.newPage();
	await other.goto(page.url());
	// Each link below is followed by the page's router once it has started (the map idle says so).
	await mapIdle(other);
	await expect(other.getByRole('checkbox', { name: /tankers/i })).not.toBeChecked();
	// Each way to another selection keeps the layer off: the list, a place's routes, a route's stops.
	const list = other.getByRole('navigation', { name: 'Places and routes' });
	await list.getByRole('link', { name: 'Caracas', exact: true }).click();
	await expect(other).toHaveURL(/\/place\/caracas\?hide=fuel-tankers-2020(#|$)/);
	await other.locator('.panel').getByRole('link', { name: /tour/ }).click();
	await expect(other).toHaveURL(/\/route\/foreign-minister-tour\?hide=fuel-tankers-2020(#|$)/);
	await other.locator('#stop-havana').getByRole('link', { name: 'Havana' }).click();
	await expect(other).toHaveURL(
		/\/route\/foreign-minister-tour\?at=havana&hide=fuel-tankers-2020(#|$)/
	);
	await expect(other.getByRole('checkbox', { name: /tankers/i })).not.toBeChecked();
	await tankers.check();
	await expect(page).not.toHaveURL(/hide=/);
});

test('a selected route outside the period is still drawn: the map does not frame an empty sea', async ({
	page
}) => {
	await page.goto('/route/soleimani-2019?from=2023-01&to=2023-05');
	await mapIdle(page);
	await expect(page.getByRole('heading', { level: 1, name: /Soleimani/ })).toBeVisible();
	const hex = ROUTE_COLOURS['soleimani-2019'];
	const rgb = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
	expect(await canvasPixelsOf(page, rgb, 20)).toBeGreaterThan(150);
});

test('the timeline selects an event’s feature and filters by period', async ({ page }) => {
	await page.goto('/');
	await mapIdle(page);
	const timeline = timelineOf(page);
	await timeline
		.getByRole('link', { name: /Soleimani/ })
		.first()
		.click();
	await expect(page).toHaveURL(/\/route\/soleimani-2019/);
	await timeline.getByRole('group', { name: 'From' }).getByLabel('Year').selectOption('2023');
	await expect(page).toHaveURL(/from=2023/);
	await expect(page.getByRole('heading', { level: 1, name: /Soleimani/ })).toBeVisible();
});

test('an event of the page already shown keeps the map’s view in the address', async ({ page }) => {
	await page.goto('/place/managua#5/12.13/-86.25');
	await mapIdle(page);
	const entries = await page.evaluate(() => history.length);
	await timelineOf(page)
		.getByRole('link', { name: 'Date of the leaked intelligence report' })
		.click();
	// The link is followed (a new entry), then the view is written back into it.
	await expect.poll(() => page.evaluate(() => history.length)).toBe(entries + 1);
	await expect(page).toHaveURL(/\/place\/managua#5\/12\.13\/-86\.25$/);
});

test('an event clicked among the selection’s later ones stays in sight', async ({ page }) => {
	await page.goto('/');
	await mapIdle(page);
	const event = timelineOf(page).getByRole('link', {
		name: 'Date of the leaked intelligence report'
	});
	await event.click();
	await expect(page.getByRole('heading', { level: 1, name: 'Managua' })).toBeVisible();
	await expect(event).toHaveAttribute('aria-current', 'page');
	// Managua's first event is decades earlier: the strip used to go there, smoothly, after a paint.
	await page.waitForTimeout(1500);
	await expect(event).toBeInViewport({ ratio: 0.9 });
});

test('a period changed twice in a row keeps both changes, the list greys what it leaves off, and Clear leaves the focus in it', async ({
	page
}) => {
	await page.goto('/');
	await mapIdle(page);
	const period = timelineOf(page).getByRole('group', {
		name: 'Period'
	});
	// Both in one task: the second change comes before the first has reached the address.
	await period.evaluate((fieldset) => {
		for (const [bound, year] of [
			['from', '2021'],
			['to', '2022']
		]) {
			const select = fieldset.querySelector<HTMLSelectElement>(`[data-bound="${bound}-year"]`)!;
			select.value = year;
			select.dispatchEvent(new Event('change', { bubbles: true }));
		}
	});
	await expect(page).toHaveURL(/\?from=2021&to=2022(#|$)/);
	await expect(period.getByRole('status')).toHaveText(/^Showing from 2021 to 2022: /);
	await expect(period.getByRole('group', { name: 'From' }).getByLabel('Year')).toHaveValue('2021');

	await period.getByRole('group', { name: 'To' }).getByLabel('Year').selectOption('2021');
	await expect(period.getByRole('status')).toHaveText(/^Showing 2021: 0 of /);
	// Nothing of the story falls in 2021: the list keeps every entry, each said to be off the map.
	const entries = page.getByRole('navigation', { name: 'Places and routes' }).getByRole('link');
	const offMap = entries.filter({ hasText: /\(not on the map now\)$/ });
	await expect(offMap).toHaveCount(await entries.count());
	await expect(offMap.first()).toHaveCSS('border-top-style', 'dashed');

	const clear = period.getByRole('button', { name: 'Clear' });
	await clear.focus();
	await page.keyboard.press('Enter');
	await expect(page).not.toHaveURL(/from=|to=/);
	await expect(clear).toBeDisabled();
	await expect(period.getByRole('group', { name: 'From' }).getByLabel('Year')).toBeFocused();
	await expect(period.getByRole('status')).toHaveText('Showing all dates.');
	await expect(offMap).toHaveCount(0);
});

test('on a laptop’s 1280×800 window the period’s choices are in sight under the events, and the map keeps over half the height', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto('/');
	await mapIdle(page);
	const period = timelineOf(page).getByRole('group', { name: 'Period' });
	await expect(period.getByRole('group', { name: 'To' }).getByLabel('Month')).toBeInViewport({
		ratio: 1
	});
	await expect(period.getByRole('status')).toBeInViewport({ ratio: 1 });
	// The strip is as tall as its tallest event: an event with many sources took room from the map.
	const map = await page.getByRole('region', { name: /^Map of the places/ }).boundingBox();
	expect(map!.height).toBeGreaterThan(400);
});

/**
 * Presses a timeline button until it goes, as the strip's end comes in. It can go while a press
 * waits for the strip's smooth scroll to settle: a press that finds no button is then right.
 */
async function pressUntilGone(page: Page, button: Locator) {
	for (let i = 0; i < 12 && (await button.isVisible()); i++) {
		await button.click({ timeout: 5000 }).catch(() => expect(button).toBeHidden());
		await page.waitForTimeout(400);
	}
}

test('the timeline’s buttons bring in the events past its sides', async ({ page }) => {
	await page.goto('/');
	const timeline = timelineOf(page);
	const later = timeline.getByRole('button', { name: 'Later events' });
	const earlier = timeline.getByRole('button', { name: 'Earlier events' });
	const events = timeline.getByRole('listitem');
	await expect(later).toBeVisible();
	await expect(earlier).toBeHidden();
	await expect(events.last()).not.toBeInViewport();
	await pressUntilGone(page, later);
	await expect(later).toBeHidden();
	await expect(events.last()).toBeInViewport();
	await expect(events.first()).not.toBeInViewport();
	await earlier.click();
	await expect(events.nth(1)).not.toBeInViewport();
	await pressUntilGone(page, earlier);
	await expect(events.first()).toBeInViewport();
	await expect(earlier).toBeHidden();
});

test('an event reached with Tab is shown whole in the timeline’s strip', async ({ page }) => {
	await page.goto('/');
	await mapIdle(page);
	const timeline = timelineOf(page);
	const links = timeline.getByRole('listitem').getByRole('link');
	const strip = (await timeline.locator('.events').boundingBox())!;
	await links.first().focus();
	for (let i = 0; i < 6; i++) {
		const focused = timeline.locator('li:has(a:focus)');
		await expect(focused).toHaveCount(1);
		// Once the strip has scrolled and settled: the whole event, focus ring included, inside.
		await expect
			.poll(async () => {
				const event = (await focused.boundingBox())!;
				return event.x >= strip.x - 1 && event.x + event.width <= strip.x + strip.width + 1;
			})
			.toBe(true);
		await page.keyboard.press('Tab');
	}
});

test('a press on an event the strip cuts at its edge follows its link, the strip staying put until the release', async ({
	page
}) => {
	await page.goto('/');
	await mapIdle(page);
	const timeline = timelineOf(page);
	const strip = (await timeline.locator('.events').boundingBox())!;
	const edge = strip.x + strip.width;
	let cut: { href: string; box: { x: number; y: number; height: number } } | null = null;
	for (const link of await timeline.getByRole('listitem').getByRole('link').all()) {
		const box = await link.boundingBox();
		if (box && box.x < edge - 20 && box.x + box.width > edge) {
			cut = { href: (await link.getAttribute('href'))!, box };
			break;
		}
	}
	expect(cut, 'an event the strip shows only in part').not.toBeNull();
	await page.mouse.move(cut!.box.x + 10, cut!.box.y + cut!.box.height / 2);
	await page.mouse.down();
	// A reader's press lasts some frames: the event must still be under the pointer at the release.
	await page.waitForTimeout(300);
	await page.mouse.up();
	await expect(page).toHaveURL((url) => url.pathname === cut!.href);
});

test('a route’s link opens the timeline on that route’s first event', async ({ page }) => {
	await page.goto('/route/flotilla-voyage');
	const timeline = timelineOf(page);
	const current = timeline.locator('[aria-current="page"]');
	await expect(current.first()).toHaveText(/86th Flotilla leaves Bandar Abbas/);
	await expect(current.first()).toBeInViewport({ ratio: 0.9 });
});

test('a route with no event of its own opens the timeline at the events of its time', async ({
	page
}) => {
	// The claimed leg from Rio to Panama, Feb–Mar 2023: the first event then is the minister's
	// tour, ending on 4 Feb.
	await page.goto('/route/flotilla-panama-claim');
	const timeline = timelineOf(page);
	await expect(timeline.locator('[aria-current="page"]')).toHaveCount(0);
	await expect(timeline.getByRole('link', { name: /Foreign minister’s tour/ })).toBeInViewport();
	await expect(timeline.getByRole('listitem').first()).not.toBeInViewport();
});

test('at a stop with an event of its own, the timeline marks that event, and an event at another stop opens the voyage there', async ({
	page
}) => {
	await page.goto('/route/flotilla-voyage?at=cape-town');
	await mapIdle(page);
	const timeline = timelineOf(page);
	const current = timeline.locator('[aria-current="page"]');
	await expect(current).toHaveText('The warships at Cape Town');
	await expect(current).toBeInViewport({ ratio: 0.9 });
	await timeline.getByRole('link', { name: 'The warships at Rio de Janeiro' }).click();
	await expect(page).toHaveURL(/\/route\/flotilla-voyage\?at=rio-de-janeiro(#|$)/);
	await expect(page.getByRole('slider', { name: 'Position on the voyage' })).toHaveAttribute(
		'aria-valuetext',
		/Rio de Janeiro/
	);
	await expect(current).toHaveText('The warships at Rio de Janeiro');
	// Stepped by the player, which writes the moment in place: the mark goes with the ship.
	const next = page.getByRole('button', { name: 'Next stop' });
	await next.click();
	await expect(page).toHaveURL(/\?at=cape-town(#|$)/);
	await expect(current).toHaveText('The warships at Cape Town');
	// Salalah has no event of its own: the voyage's, which names no stop.
	await next.click();
	await expect(current).toHaveText(/86th Flotilla leaves Bandar Abbas/);
	await next.click();
	await expect(current).toHaveText('The flotilla returns to Bandar Abbas');
	const previous = page.getByRole('button', { name: 'Previous stop' });
	await previous.click();
	await previous.click();
	await expect(current).toHaveText('The warships at Cape Town');
});

test('the list filters as one types, ignoring accents', async ({ page }) => {
	await page.goto('/');
	const find = page.getByRole('searchbox', { name: 'Find a place or route' });
	await find.fill('brasilia');
	const list = page.getByRole('navigation', { name: 'Places and routes' });
	await expect(list.getByRole('link')).toHaveText(['Brasília']);
	// From the start of a word, even one in brackets: not from inside one.
	await find.fill('rio');
	await expect(list.getByRole('link', { name: 'Rio de Janeiro', exact: true })).toBeVisible();
	await expect(list.getByRole('link', { name: /Priok/ })).toHaveCount(0);
	await find.fill('priok');
	await expect(list.getByRole('link')).toHaveText([/Jakarta \(Tanjung Priok\)/]);
	await find.press('Escape');
	await expect(list.getByRole('link', { name: 'Managua' })).toBeVisible();
});

test('a search typed before the page’s code has loaded is kept, and filters the list', async ({
	page
}) => {
	const release = await openBeforeCode(page, '/');
	const find = page.getByRole('searchbox', { name: 'Find a place or route' });
	await find.fill('brasilia');
	release();
	const list = page.getByRole('navigation', { name: 'Places and routes' });
	await expect(list.getByRole('link')).toHaveText(['Brasília']);
	await expect(find).toHaveValue('brasilia');
	await find.press('Escape');
	await expect(find).toHaveValue('');
	await expect(list.getByRole('link', { name: 'Managua' })).toBeVisible();
});

test('a layer switched off and a period chosen before the page’s code has loaded are applied', async ({
	page
}) => {
	const release = await openBeforeCode(page, '/');
	const tankers = page.getByRole('checkbox', { name: /tankers/i });
	await tankers.uncheck();
	const period = timelineOf(page).getByRole('group', { name: 'Period' });
	await period.getByRole('group', { name: 'From' }).getByLabel('Year').selectOption('2022');
	release();
	await expect(page).toHaveURL(/\?hide=fuel-tankers-2020&from=2022(#|$)/);
	await expect(tankers).not.toBeChecked();
	await expect(period.getByRole('group', { name: 'From' }).getByLabel('Year')).toHaveValue('2022');
	await expect(period.getByRole('status')).toHaveText(/^Showing from 2022: /);
	// What the controls say is what the map and list do: the tankers' route is off the map.
	const list = page.getByRole('navigation', { name: 'Places and routes' });
	await expect(list.getByRole('link', { name: /tankers.*\(not on the map now\)$/i })).toHaveCount(
		1
	);
});

test('the list finds a place by the country the article names it by, and Enter opens a lone match', async ({
	page
}) => {
	await page.goto('/');
	const find = page.getByRole('searchbox', { name: 'Find a place or route' });
	const list = page.getByRole('navigation', { name: 'Places and routes' });
	await find.fill('cuba');
	// Havana, which the article calls Cuba, and the tour that names Cuba.
	await expect(list.getByRole('link')).toHaveText(['Havana', /tour of .* Cuba$/]);
	await find.fill('nicaragua');
	await expect(list.getByRole('link')).toHaveText(['Managua', /tour of .*Nicaragua/]);
	// The ports the article never names come up by the country they are in.
	await find.fill('venezuela');
	await expect(list.getByRole('link')).toContainText([
		'Caracas',
		'El Palito',
		'Cardón',
		'Puerto La Cruz'
	]);
	await find.fill('nicaragua');
	// Two matches: Enter picks neither.
	await find.press('Enter');
	await expect(list.getByRole('link')).toHaveCount(2);
	expect(new URL(page.url()).pathname).toBe('/');
	await find.fill('havana');
	await expect(list.getByRole('link')).toHaveText(['Havana']);
	await find.press('Enter');
	await expect(page).toHaveURL(/\/place\/havana/);
	await expect(page.getByRole('heading', { level: 1, name: 'Havana' })).toBeFocused();
	// A full name that a route's name also holds: Enter opens the place of that name.
	await find.fill('rio de janeiro');
	await expect(list.getByRole('link')).toHaveText(['Rio de Janeiro', /from Rio de Janeiro/]);
	await find.press('Enter');
	await expect(page).toHaveURL(/\/place\/rio-de-janeiro/);
	// Down goes on from the box into the matches and through them; Up goes back to the box.
	await find.fill('venezuela');
	const matches = list.getByRole('link');
	await find.press('ArrowDown');
	await expect(matches.nth(0)).toBeFocused();
	await page.keyboard.press('ArrowDown');
	await expect(matches.nth(1)).toBeFocused();
	await page.keyboard.press('ArrowDown');
	await expect(matches.nth(2)).toBeFocused();
	await page.keyboard.press('ArrowUp');
	await expect(matches.nth(1)).toBeFocused();
	await page.keyboard.press('ArrowUp');
	await page.keyboard.press('ArrowUp');
	await expect(find).toBeFocused();
	await expect(find).toHaveValue('venezuela');
});

test('a link’s period the wrong way round, a layer or a moment not understood, is put right in the address', async ({
	page
}) => {
	await page.goto('/place/havana?at=cape-town&from=2023&to=2019&hide=bogus,places');
	const period = timelineOf(page).getByRole('group', {
		name: 'Period'
	});
	await expect(period.getByRole('group', { name: 'From' }).getByLabel('Year')).toHaveValue('2019');
	await expect
		.poll(() => Object.fromEntries(new URL(page.url()).searchParams))
		.toEqual({ from: '2019', to: '2023', hide: 'places' });
	await expect(page.getByRole('checkbox', { name: /^Places/ })).not.toBeChecked();

	// Put the wrong way round from the selects: the address (a link copied now) reads forwards too.
	await period.getByRole('group', { name: 'From' }).getByLabel('Year').selectOption('2023');
	await period.getByRole('group', { name: 'To' }).getByLabel('Year').selectOption('2020');
	await expect(page).toHaveURL(/\?hide=places&from=2020&to=2023(#|$)/);
	await expect(period.getByRole('group', { name: 'From' }).getByLabel('Year')).toHaveValue('2020');
});

test('a link that gives a value twice keeps in the address only the one shown', async ({
	page
}) => {
	await page.goto('/route/flotilla-voyage?at=cape-town&at=mumbai&from=2022&from=2019&embed=0');
	await expect(page.getByRole('slider', { name: 'Position on the voyage' })).toHaveAttribute(
		'aria-valuetext',
		/Cape Town/
	);
	await expect(page).toHaveURL(/\/route\/flotilla-voyage\?at=cape-town&from=2022&embed(#|$)/);
});

test('a period with nothing in it says the map is empty, and one click brings every date back', async ({
	page
}) => {
	await page.goto('/?from=2021&to=2021');
	const note = page.getByRole('note').filter({ hasText: 'the map is empty' });
	await expect(note).toHaveText(/^\s*Nothing in the story is dated 2021: the map is empty\./);
	await note.getByRole('button', { name: 'Show all dates' }).click();
	await expect(page).not.toHaveURL(/from=|to=/);
	await expect(note).toHaveCount(0);
	// The button went with the note: the focus goes to the panel's title, not back to the page.
	await expect(page.locator('#story-panel h1')).toBeFocused();
});

test('with every layer switched off the map says it is empty, and one click shows them all', async ({
	page
}) => {
	await page.goto('/');
	const ids = await page
		.locator('.layers [data-layer]')
		.evaluateAll((boxes) => boxes.map((box) => box.getAttribute('data-layer')));
	expect(ids.length).toBeGreaterThan(1);
	await page.goto(`/?hide=${ids.join(',')}`);
	const note = page.getByRole('note').filter({ hasText: 'the map is empty' });
	await note.getByRole('button', { name: 'Show all layers' }).click();
	await expect(page).not.toHaveURL(/hide=/);
	await expect(note).toHaveCount(0);
	await expect(page.locator('#story-panel h1')).toBeFocused();
});

test('a selection whose layer is switched off says so, and one click shows it again', async ({
	page
}) => {
	await page.goto('/place/managua?hide=places');
	const note = page.getByRole('note').filter({ hasText: 'Not drawn on the map' });
	await expect(note).toHaveText(/the Places layer is switched off/);
	await note.getByRole('button', { name: 'Show it' }).click();
	await expect(page).not.toHaveURL(/hide=/);
	await expect(page.getByRole('checkbox', { name: /^Places/ })).toBeChecked();
	await expect(note).toHaveCount(0);
	await expect(page.getByRole('heading', { level: 1, name: 'Managua' })).toBeFocused();
	// Another layer's switch leaves the selection drawn: no note.
	await page.getByRole('checkbox', { name: /tankers/i }).uncheck();
	await expect(page).toHaveURL(/hide=fuel-tankers-2020/);
	await expect(note).toHaveCount(0);
});

test('a selection outside the period says it is drawn all the same, and one click shows every date', async ({
	page
}) => {
	await page.goto('/route/soleimani-2019?from=2023-01&to=2023-03');
	const note = page.getByRole('note');
	await expect(note).toHaveText(
		/Drawn on the map though it is not dated from Jan 2023 to Mar 2023\./
	);
	await note.getByRole('button', { name: 'Show all dates' }).click();
	await expect(page).not.toHaveURL(/from=/);
	await expect(note).toHaveCount(0);
	await expect(page.locator('#story-panel h1')).toBeFocused();
	// Within the period: nothing to say.
	await page.goto('/route/foreign-minister-tour?from=2023-01&to=2023-03');
	await expect(page.locator('#story-panel h1')).toBeVisible();
	await expect(note).toHaveCount(0);
});

test('the timeline’s selected event looks left out when the period leaves it out', async ({
	page
}) => {
	const look = (link: Locator) =>
		link.evaluate((a) => {
			const style = getComputedStyle(a);
			const dot = getComputedStyle(a.closest('li')!, '::before');
			return {
				fill: style.backgroundColor,
				border: style.borderTopStyle,
				dot: dot.backgroundColor,
				accent: dot.borderTopColor
			};
		});
	const selected = timelineOf(page).locator('a[aria-current="page"]');
	await page.goto('/route/flotilla-voyage?from=2022');
	const inside = await look(selected);
	expect(inside.fill).toBe(inside.accent);
	expect(inside.dot).toBe(inside.accent);

	await page.goto('/route/flotilla-voyage?from=2023');
	await expect(selected).toHaveText(/86th Flotilla leaves Bandar Abbas/);
	const outside = await look(selected);
	expect(outside.fill).toBe('rgba(0, 0, 0, 0)');
	expect(outside.border).toBe('dashed');
	expect(outside.dot).not.toBe(outside.accent);
});

test('a period keeps the selected route’s stops on the map, and undated stops where they fall', async ({
	page
}) => {
	await page.goto('/route/foreign-minister-tour?from=2019&to=2019');
	const list = page.getByRole('navigation', { name: 'Places and routes' });
	for (const name of ['Nouakchott', 'Managua', 'Havana']) {
		await expect(list.getByRole('link', { name, exact: true })).toBeVisible();
	}
	await expect(list.getByRole('link', { name: 'Mumbai (not on the map now)' })).toBeVisible();
	// Mumbai's call is undated: it falls between Bandar Abbas (Sep 2022) and Jakarta (Nov 2022).
	await page.goto('/?from=2022-10&to=2022-10');
	await expect(list.getByRole('link', { name: 'Mumbai', exact: true })).toBeVisible();
	await page.goto('/?from=2023-03&to=2023-03');
	await expect(list.getByRole('link', { name: 'Mumbai (not on the map now)' })).toBeVisible();
	await expect(list.getByRole('link', { name: 'Panama Canal', exact: true })).toBeVisible();
});

test('a period brings its first event into the timeline’s view', async ({ page }) => {
	await page.goto('/?from=2023-04&to=2023-04');
	const events = timelineOf(page).getByRole('listitem');
	const inside = events.filter({ hasNotText: 'outside the chosen period' });
	await expect(inside.first()).toBeInViewport();
	await expect(events.first()).not.toBeInViewport();
});
