import type { Page } from '@playwright/test';
import { expect, hashView, mapIdle, test } from './fixtures';

/** Chromium logs each response with status 404 as a console error: expected on a 404 page. */
function dropExpected404s(errors: string[]) {
	const kept = errors.filter((e) => !/status of 404/.test(e));
	errors.splice(0, errors.length, ...kept);
}

async function headMeta(page: Page) {
	const attr = (selector: string, name: string) =>
		page.locator(`head ${selector}`).getAttribute(name);
	return {
		title: await page.title(),
		canonical: await attr('link[rel="canonical"]', 'href'),
		description: await attr('meta[name="description"]', 'content'),
		ogTitle: await attr('meta[property="og:title"]', 'content'),
		ogUrl: await attr('meta[property="og:url"]', 'content'),
		ogImage: await attr('meta[property="og:image"]', 'content'),
		ogImageAlt: await attr('meta[property="og:image:alt"]', 'content'),
		ogWidth: await attr('meta[property="og:image:width"]', 'content'),
		ogHeight: await attr('meta[property="og:image:height"]', 'content'),
		twitterCard: await attr('meta[name="twitter:card"]', 'content'),
		twitterImage: await attr('meta[name="twitter:image"]', 'content')
	};
}

test('an unknown place is a real 404 that links to what exists', async ({
	page,
	request,
	pageErrors
}) => {
	const res = await request.get('/place/atlantis');
	expect(res.status()).toBe(404);

	const nav = await page.goto('/place/atlantis');
	expect(nav?.status()).toBe(404);
	const body = page.locator('.not-found');
	await expect(body.getByRole('heading', { level: 1 })).toHaveText('Not found');
	// Alone on the page, the text keeps off the window's edge.
	const heading = (await body.getByRole('heading', { level: 1 }).boundingBox())!;
	expect(heading.x).toBeGreaterThanOrEqual(12);
	await expect(body.getByRole('link', { name: 'Back to the story map' })).toHaveAttribute(
		'href',
		'/'
	);
	await expect(body.getByRole('link', { name: 'Managua', exact: true })).toHaveAttribute(
		'href',
		'/place/managua'
	);
	await expect(body.getByRole('link', { name: /86th Flotilla/ })).toHaveAttribute(
		'href',
		'/route/flotilla-voyage'
	);
	await expect(page).toHaveTitle(/^Not found/);

	dropExpected404s(pageErrors);
});

test('a broken link’s 404 page does not download the map, and a place picked from it opens on its map', async ({
	page,
	pageErrors
}) => {
	const mapCode: string[] = [];
	page.on('response', async (response) => {
		if (!/\.m?js$/.test(new URL(response.url()).pathname)) return;
		// MapLibre's worker is named after it; its chunk registers its font faces by this name.
		const text = await response.text().catch(() => '');
		if (/maplibre-gl/.test(response.url()) || text.includes('maplibre-gl-font-face')) {
			mapCode.push(response.url());
		}
	});
	await page.goto('/place/atlantis');
	const managua = page.locator('.not-found').getByRole('link', { name: 'Managua', exact: true });
	await expect(managua).toBeVisible();
	await page.waitForLoadState('networkidle');
	expect(mapCode, 'MapLibre code fetched by the 404 page').toEqual([]);
	dropExpected404s(pageErrors);

	await managua.click();
	await expect(page.getByRole('heading', { level: 1, name: 'Managua' })).toBeVisible();
	await mapIdle(page);
	expect(mapCode.length).toBeGreaterThan(0);
	await expect(page.locator('.maplibregl-canvas')).toBeVisible();
});

test('a link with a trailing slash opens the whole page, at the address without it', async ({
	page
}) => {
	// The static server, like many hosts, answers /place/managua/ with /place/managua's page.
	await page.goto('/place/managua/?hide=fuel-tankers-2020#5/12/-86');
	await mapIdle(page);
	await expect(page.getByRole('heading', { level: 1, name: 'Managua' })).toBeVisible();
	expect(new URL(page.url()).pathname).toBe('/place/managua');
	expect(new URL(page.url()).search).toBe('?hide=fuel-tankers-2020');
	expect((await hashView(page)).zoom).toBe(5);
	// The map keeps writing its view into the address once it is moved.
	const canvas = page.locator('.maplibregl-canvas');
	const box = (await canvas.boundingBox())!;
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	await page.mouse.down();
	await page.mouse.move(box.x + box.width / 2 + 150, box.y + box.height / 2, { steps: 5 });
	await page.mouse.up();
	await expect.poll(async () => (await hashView(page)).lng, { timeout: 5000 }).toBeLessThan(-88);
});

test('a host with no page at the trailing-slash address sends the reader on to the page', async ({
	page,
	pageErrors
}) => {
	// Such a host answers with the 404 shell, as nginx or S3 do for /place/managua/.
	await page.route(/\/place\/managua\/(\?|$)/, async (route) => {
		const shell = await route.fetch({ url: new URL('/404.html', route.request().url()).href });
		await route.fulfill({ response: shell, status: 404 });
	});
	await page.goto('/place/managua/?hide=fuel-tankers-2020#5/12/-86');
	await expect(page).toHaveURL(/\/place\/managua\?hide=fuel-tankers-2020#/);
	await mapIdle(page);
	await expect(page.getByRole('heading', { level: 1, name: 'Managua' })).toBeVisible();
	expect((await hashView(page)).zoom).toBe(5);
	dropExpected404s(pageErrors);
});

test('the tab’s title and the canonical URL (what a phone’s share sheet sends) follow the reader', async ({
	page
}) => {
	await page.goto('/');
	await mapIdle(page);
	const canonical = page.locator('head link[rel="canonical"]');
	await expect(canonical).toHaveCount(1);
	const site = (await canonical.getAttribute('href'))!.replace(/\/$/, '');
	await page
		.getByRole('navigation', { name: 'Places and routes' })
		.getByRole('link', { name: 'Managua', exact: true })
		.click();
	await expect(page).toHaveTitle(/^Managua · /);
	await expect(canonical).toHaveAttribute('href', `${site}/place/managua`);
	await expect(canonical).toHaveCount(1);
	await page.keyboard.press('Escape');
	await expect(page).toHaveURL(/\/(#|$)/);
	await expect(canonical).toHaveAttribute('href', `${site}/`);
	await expect(page).toHaveTitle(/^Iran in Latin America: a story map/);
});

test.describe('link previews', () => {
	// What a link preview's crawler sees: the prerendered HTML, without running the app.
	test.use({ javaScriptEnabled: false });

	test('pages unfurl: canonical URL, unique title, og:image that is a PNG', async ({
		page,
		request
	}) => {
		const titles = new Set<string>();
		for (const path of ['/', '/place/managua', '/route/flotilla-voyage']) {
			await page.goto(path, { waitUntil: 'domcontentloaded' });
			const meta = await headMeta(page);

			expect(meta.title, path).not.toBe('');
			titles.add(meta.title);
			expect(meta.description?.length, path).toBeGreaterThan(20);
			// Absolute on the site's public address (PUBLIC_SITE_URL, which may have a path of its own).
			expect(meta.canonical, path).toMatch(/^https?:\/\//);
			expect(meta.canonical!.endsWith(path), `${meta.canonical} ends with ${path}`).toBe(true);
			const site = meta.canonical!.slice(0, meta.canonical!.length - path.length);
			expect(meta.ogUrl).toBe(meta.canonical);
			expect(meta.ogTitle, path).toBeTruthy();
			expect(meta.ogImageAlt, path).toBeTruthy();
			expect([meta.ogWidth, meta.ogHeight]).toEqual(['1200', '630']);
			expect(meta.twitterCard).toBe('summary_large_image');
			expect(meta.twitterImage).toBe(meta.ogImage);

			// This server stands in for the public address.
			expect(meta.ogImage!.startsWith(`${site}/og/`), meta.ogImage!).toBe(true);
			const image = meta.ogImage!.slice(site.length);
			expect(image).toMatch(/^\/og\/.+\.png$/);
			const png = await request.get(image);
			expect(png.status(), image).toBe(200);
			expect(png.headers()['content-type']).toBe('image/png');
			const bytes = await png.body();
			expect(bytes.toString('latin1', 12, 16)).toBe('IHDR');
			expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 630]);
		}
		expect(titles.size).toBe(3);
	});
});
