import { describe, expect, it } from 'vitest';
import { PLACE_COLOURS, ROUTE_COLOURS } from '../../src/lib/style/story-marks';
import { woffToSfnt, shareFonts } from '../../src/lib/share/fonts.server';
import { linkPreviewHead } from '../../src/lib/share/link-preview.server';
import { DEFAULT_SITE_URL, absoluteUrl, clipText, siteUrl } from '../../src/lib/share/meta';
import { placeImage, rasterise, routeImage, sceneSvg } from '../../src/lib/share/render-png.server';
import {
	SHARE_IMAGE,
	centralMeridian,
	escapeXml,
	homeScene,
	placeScene,
	routeScene,
	wrapText
} from '../../src/lib/share/share-image';
import { getStory } from '../../src/lib/story/story.server';
import { routeView } from '../../src/lib/story/views';

const story = getStory();

const hex = (colour: string) => [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16));

/** How many pixels are within a small distance of a colour. */
function countColour(pixels: Buffer, colour: string, tolerance = 6): number {
	const [r, g, b] = hex(colour);
	let count = 0;
	for (let i = 0; i < pixels.length; i += 4) {
		if (
			Math.abs(pixels[i] - r) <= tolerance &&
			Math.abs(pixels[i + 1] - g) <= tolerance &&
			Math.abs(pixels[i + 2] - b) <= tolerance
		) {
			count++;
		}
	}
	return count;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer) {
	expect(png.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
	expect(png.toString('latin1', 12, 16)).toBe('IHDR');
	return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('share images', () => {
	const managua = placeScene(story, 'managua')!;

	it('draws Managua with its name as text', () => {
		const svg = sceneSvg(managua);
		expect(
			svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630"')
		).toBe(true);
		expect(svg).toContain('>Managua</text>');
		expect(svg).toContain('The Cradle, 14 Apr 2023 · story map');
	});

	it('escapes names in the SVG', () => {
		const svg = sceneSvg({ ...managua, title: '<script>alert("x")</script> & co' });
		expect(svg).not.toContain('<script>');
		expect(svg).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co');
		// Still a valid document: resvg refuses malformed XML.
		expect(() => rasterise(svg)).not.toThrow();
		expect(escapeXml(`'<&>"`)).toBe('&apos;&lt;&amp;&gt;&quot;');
	});

	it('renders a 1200×630 PNG per place and route', () => {
		expect(pngSize(placeImage(story, 'managua')!)).toEqual(SHARE_IMAGE);
		expect(pngSize(routeImage(story, 'flotilla-voyage')!)).toEqual(SHARE_IMAGE);
		expect(placeImage(story, 'atlantis')).toBeUndefined();
		expect(routeImage(story, 'atlantis')).toBeUndefined();
	});

	it('shows sea, land, the place and its name', () => {
		const { pixels, width, height } = rasterise(sceneSvg(managua));
		expect([width, height]).toEqual([1200, 630]);
		const total = width * height;
		const sea = countColour(pixels, '#cddbe6');
		const land = countColour(pixels, '#f6f4ef');
		expect(sea / total).toBeGreaterThan(0.15);
		expect(land / total).toBeGreaterThan(0.05);
		expect(countColour(pixels, PLACE_COLOURS.article, 10)).toBeGreaterThan(200);
		// The name in near-black text in the white band.
		expect(countColour(pixels, '#1d1f23', 24)).toBeGreaterThan(2000);
	});

	it('draws a route in its colour', () => {
		const { pixels } = rasterise(sceneSvg(routeScene(story, 'flotilla-panama-claim')!));
		expect(countColour(pixels, ROUTE_COLOURS['flotilla-panama-claim'], 10)).toBeGreaterThan(500);
		const home = rasterise(sceneSvg(homeScene(story))).pixels;
		for (const id of ['foreign-minister-tour', 'soleimani-2019', 'iran-brazil-shipping']) {
			expect(countColour(home, ROUTE_COLOURS[id], 10), id).toBeGreaterThan(200);
		}
	});

	it('keeps a voyage round the world whole in the middle of the map', () => {
		const voyage = routeView(story, 'flotilla-voyage')!;
		// Cut in the Pacific, which the voyage crosses once, not at Iran, where it starts and ends.
		expect(Math.abs(centralMeridian(voyage.lines))).toBeLessThanOrEqual(30);
		const claim = routeView(story, 'flotilla-panama-claim')!;
		expect(centralMeridian(claim.lines)).toBeCloseTo((-79.9186 + -34.3) / 2, 0);
	});
});

describe('share image text', () => {
	it('wraps at words and cuts what does not fit', () => {
		const fits = (line: string) => line.length <= 10;
		expect(wrapText('one two three four', fits)).toEqual({
			lines: ['one two', 'three four'],
			complete: true
		});
		const cut = wrapText('one two three four five six', fits, 2);
		expect(cut.complete).toBe(false);
		expect(cut.lines).toHaveLength(2);
		expect(cut.lines[1].endsWith('…')).toBe(true);
	});

	it('unwraps the WOFF font for resvg and measures with it', () => {
		expect(() => woffToSfnt(Buffer.from('not a font'))).toThrow(/WOFF/);
		const { files, measure } = shareFonts();
		expect(files).toHaveLength(2);
		const narrow = measure('iiii', 40, 400);
		const wide = measure('MMMM', 40, 400);
		expect(narrow).toBeGreaterThan(10);
		expect(wide).toBeGreaterThan(narrow * 2);
		expect(measure('Managua', 40, 700)).toBeGreaterThan(measure('Managua', 40, 400));
	});
});

describe('page meta', () => {
	it('reads the site address from PUBLIC_SITE_URL', () => {
		expect(siteUrl(undefined)).toBe(DEFAULT_SITE_URL);
		expect(siteUrl('  ')).toBe(DEFAULT_SITE_URL);
		expect(siteUrl('https://example.org/story/')).toBe('https://example.org/story');
		expect(absoluteUrl(siteUrl('https://example.org/story'), '/place/managua')).toBe(
			'https://example.org/story/place/managua'
		);
		expect(absoluteUrl(siteUrl('https://example.org'), '/')).toBe('https://example.org/');
		expect(() => siteUrl('example.org')).toThrow(/PUBLIC_SITE_URL/);
		expect(() => siteUrl('ftp://example.org')).toThrow(/PUBLIC_SITE_URL/);
	});

	it('clips descriptions at a word', () => {
		expect(clipText('short')).toBe('short');
		const long = 'word '.repeat(100);
		const clipped = clipText(long, 50);
		expect(clipped.length).toBeLessThanOrEqual(50);
		expect(clipped.endsWith('word…')).toBe(true);
	});

	it('writes a page’s link preview on its public address, and none for an unknown page', () => {
		const head = linkPreviewHead('/place/[id]', { id: 'managua' }, 'https://example.org/story');
		expect(head).toContain(
			'<meta property="og:url" content="https://example.org/story/place/managua"'
		);
		expect(head).toContain(
			'<meta property="og:image" content="https://example.org/story/og/place/managua.png"'
		);
		expect(head).toContain('<meta property="og:title" content="Managua"');
		expect(head).toMatch(/<meta name="description" content="Nicaragua and Venezuela/);
		expect(
			linkPreviewHead('/route/[id]', { id: 'flotilla-voyage' }, 'https://example.org')
		).toContain('content="https://example.org/og/route/flotilla-voyage.png"');
		expect(linkPreviewHead('/place/[id]', { id: 'atlantis' }, 'https://example.org')).toBe('');
		expect(linkPreviewHead(null, {}, 'https://example.org')).toBe('');
	});
});
