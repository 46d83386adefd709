import {
	geoGraticule10,
	geoMercator,
	geoNaturalEarth1,
	geoOrthographic,
	geoPath,
	type GeoPermissibleObjects,
	type GeoProjection
} from 'd3-geo';
import type { Position } from 'geojson';
import { LIGHT } from '../map/basemap-style.ts';
import { EVIDENCE_DASH, PLACE_COLOURS, routeColour } from '../style/story-marks.ts';
import { articleCredit } from '../story/article-credit.ts';
import type { Evidence } from '../story/schema.ts';
import type { Story } from '../story/types.ts';
import { placeView, routeView } from '../story/views.ts';
import { SHARE_IMAGE_SIZE } from './meta.ts';

/**
 * The share image of a page (og:image) as an SVG string: Natural Earth land and sea drawn with
 * d3-geo, the place or route on top in the map's own colours and line patterns, and its name.
 * Pure: the land, the borders and a text measure come in as arguments; render-png.server.ts
 * loads them and rasterises the SVG.
 */

export const SHARE_IMAGE = SHARE_IMAGE_SIZE;
const { width: W, height: H } = SHARE_IMAGE;

/** The width of a line of text in pixels, at a font size (px) and weight. */
export type Measure = (text: string, size: number, weight: number) => number;

/** A rough measure for when the font is not at hand (tests of the SVG alone). */
export const approximateMeasure: Measure = (text, size, weight) =>
	[...text].length * size * (weight >= 600 ? 0.6 : 0.54);

/** Land and country borders of one Natural Earth scale, as spherical GeoJSON for d3-geo. */
export interface Basemap {
	land: GeoPermissibleObjects;
	borders: GeoPermissibleObjects;
}

/** A finer scale for regional views, a coarser one for the world and the locator globe. */
export interface Basemaps {
	fine: Basemap;
	coarse: Basemap;
}

export interface SceneRoute {
	colour: string;
	evidence: Evidence;
	/** Continuous across the antimeridian: longitudes may run past ±180. */
	lines: Position[][];
	/** The route of the page: drawn wide with a white casing; others thin and faded. */
	focus: boolean;
}

export interface ScenePlace {
	coordinates: Position;
	colour: string;
	/** The place of the page: a large dot with a halo. */
	focus: boolean;
}

export type SceneFrame =
	/** Centred on a point, `span` degrees of longitude across the image. */
	| { type: 'point'; centre: Position; span: number }
	/** Everything in `lines` and `points` fits in the map area. */
	| { type: 'fit'; lines: Position[][]; points: Position[] };

export interface ShareScene {
	title: string;
	subtitle?: string;
	/** The small line under the name: publication, date, "story map". */
	credit: string;
	/** The feature's colour, for the bar above the name. */
	accent: string;
	routes: SceneRoute[];
	places: ScenePlace[];
	frame: SceneFrame;
	/** Where a small globe in the corner puts a dot, for regional views. */
	locator?: Position;
}

// ---------------------------------------------------------------------------------------------
// Scenes from the story

/** "The Cradle, 14 Apr 2023 · story map" */
export function creditLine(story: Story): string {
	return `${articleCredit(story.article.meta)} · story map`;
}

const placeColour = (role: string) =>
	role === 'article' ? PLACE_COLOURS.article : PLACE_COLOURS.stop;

/** Degrees of longitude across a place's image: a region, with its neighbours. */
const PLACE_SPAN = 34;

export function placeScene(story: Story, id: string): ShareScene | undefined {
	const place = placeView(story, id);
	if (!place) return undefined;
	const colour = placeColour(place.role);
	const through = new Set(place.routes.map((r) => r.id));
	return {
		title: place.name,
		credit: creditLine(story),
		accent: colour,
		routes: story.routes
			.filter((r) => through.has(r.id))
			.map((r) => {
				const view = routeView(story, r.id)!;
				return {
					colour: routeColour(r.id),
					evidence: view.evidence,
					lines: view.lines,
					focus: false
				};
			}),
		places: [
			...story.places
				.filter((p) => p.id !== id)
				.map((p) => ({
					coordinates: p.geometry.coordinates,
					colour: placeColour(p.properties.role),
					focus: false
				})),
			{ coordinates: place.coordinates, colour, focus: true }
		],
		frame: { type: 'point', centre: place.coordinates, span: PLACE_SPAN },
		locator: place.coordinates
	};
}

export function routeScene(story: Story, id: string): ShareScene | undefined {
	const route = routeView(story, id);
	if (!route) return undefined;
	const colour = routeColour(id);
	const placeById = new Map(story.places.map((p) => [p.id, p]));
	const stopPlaces = [...new Set(route.stops.flatMap((s) => (s.place ? [s.place] : [])))].map(
		(placeId) => placeById.get(placeId)!
	);
	return {
		title: route.shortName,
		subtitle: route.name === route.shortName ? undefined : route.name,
		credit: creditLine(story),
		accent: colour,
		routes: [{ colour, evidence: route.evidence, lines: route.lines, focus: true }],
		places: stopPlaces.map((p) => ({
			coordinates: p.geometry.coordinates,
			colour: placeColour(p.properties.role),
			focus: false
		})),
		frame: { type: 'fit', lines: route.lines, points: [] }
	};
}

export function homeScene(story: Story): ShareScene {
	const articlePlaces = story.places.filter((p) => p.properties.role === 'article');
	const routes = story.routes.map((r) => {
		const view = routeView(story, r.id)!;
		const lons = view.lines.flat().map(([lon]) => lon);
		return {
			colour: routeColour(r.id),
			evidence: view.evidence,
			lines: view.lines,
			focus: true,
			roundTheWorld: Math.max(...lons) - Math.min(...lons) > 300
		};
	});
	return {
		title: 'Iran in Latin America',
		subtitle: `“${story.article.title}”`,
		credit: creditLine(story),
		accent: PLACE_COLOURS.article,
		routes: routes.map(({ roundTheWorld: _, ...route }) => route),
		places: articlePlaces.map((p) => ({
			coordinates: p.geometry.coordinates,
			colour: PLACE_COLOURS.article,
			focus: false
		})),
		// The article's places and every route that stays on this side of the world: the voyage
		// round it would shrink Latin America to a corner.
		frame: {
			type: 'fit',
			lines: routes.filter((r) => !r.roundTheWorld).flatMap((r) => r.lines),
			points: articlePlaces.map((p) => p.geometry.coordinates)
		}
	};
}

// ---------------------------------------------------------------------------------------------
// Text

export function escapeXml(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&apos;');
}

/** Greedy word wrap; a word longer than the line is cut with an ellipsis. */
export function wrapText(
	text: string,
	fits: (line: string) => boolean,
	maxLines = Infinity
): { lines: string[]; complete: boolean } {
	const words = text.trim().split(/\s+/);
	const lines: string[] = [];
	let line = '';
	for (const word of words) {
		const next = line ? `${line} ${word}` : word;
		if (fits(next) || !line) {
			line = next;
		} else {
			lines.push(line);
			line = word;
		}
	}
	if (line) lines.push(line);
	if (lines.length <= maxLines && lines.every(fits)) return { lines, complete: true };
	const kept = lines.slice(0, maxLines);
	let last = kept[kept.length - 1];
	while (last.length > 1 && !fits(`${last}…`)) last = last.slice(0, -1).trimEnd();
	kept[kept.length - 1] = `${last}…`;
	return { lines: kept, complete: false };
}

const PAD_X = 56;
const TEXT_WIDTH = W - 2 * PAD_X;
const TITLE_FITS = [
	{ size: 68, lines: 1 },
	{ size: 60, lines: 1 },
	{ size: 54, lines: 1 },
	{ size: 60, lines: 2 },
	{ size: 52, lines: 2 },
	{ size: 44, lines: 2 },
	{ size: 40, lines: 3 }
];
const SUBTITLE_SIZE = 25;
const CREDIT_SIZE = 22;
const TEXT_COLOUR = '#1d1f23';
const MUTED_COLOUR = '#555a62';

interface TextBlock {
	svg: string;
	height: number;
}

function textLines(
	lines: string[],
	x: number,
	top: number,
	size: number,
	weight: number,
	fill: string,
	lineHeight: number
): string {
	return lines
		.map((line, i) => {
			const baseline = top + size * 0.93 + i * size * lineHeight;
			return `<text x="${x}" y="${baseline.toFixed(1)}" font-family="Noto Sans" font-weight="${weight}" font-size="${size}" fill="${fill}">${escapeXml(line)}</text>`;
		})
		.join('');
}

/** The white band at the bottom: accent bar, name, the full name for routes, the credit. */
function textBand(scene: ShareScene, measure: Measure): TextBlock {
	// The largest size that sets the name on one line, else on two, else three smaller ones.
	let size = TITLE_FITS[0].size;
	let title = { lines: [scene.title], complete: false };
	for (const fit of TITLE_FITS) {
		size = fit.size;
		title = wrapText(scene.title, (line) => measure(line, fit.size, 700) <= TEXT_WIDTH, fit.lines);
		if (title.complete) break;
	}
	const subtitle = scene.subtitle
		? wrapText(scene.subtitle, (line) => measure(line, SUBTITLE_SIZE, 400) <= TEXT_WIDTH, 2).lines
		: [];

	const titleLead = 1.1;
	const subLead = 1.3;
	let y = 26;
	const parts: string[] = [];
	parts.push(textLines(title.lines, PAD_X, y, size, 700, TEXT_COLOUR, titleLead));
	y += size * (1 + (title.lines.length - 1) * titleLead) + 8;
	if (subtitle.length) {
		y += 6;
		parts.push(textLines(subtitle, PAD_X, y, SUBTITLE_SIZE, 400, TEXT_COLOUR, subLead));
		y += SUBTITLE_SIZE * (1 + (subtitle.length - 1) * subLead) + 4;
	}
	y += 12;
	parts.push(textLines([scene.credit], PAD_X, y, CREDIT_SIZE, 400, MUTED_COLOUR, subLead));
	y += CREDIT_SIZE + 28;
	return { svg: parts.join(''), height: Math.round(y) };
}

// ---------------------------------------------------------------------------------------------
// Map

const MAP_COLOURS = {
	background: '#e4e8eb',
	sea: '#cddbe6',
	land: LIGHT.land,
	coast: '#9fb2c1',
	border: '#bdb5a8',
	graticule: '#ffffff'
};

const wrapLon = (lon: number) => ((((lon + 180) % 360) + 360) % 360) - 180;

/** How many times the lines cross a meridian (at any of its unwrapped copies). */
function crossings(lines: Position[][], meridian: number): number {
	let count = 0;
	for (const line of lines) {
		for (let i = 1; i < line.length; i++) {
			const lo = Math.min(line[i - 1][0], line[i][0]);
			const hi = Math.max(line[i - 1][0], line[i][0]);
			const k = Math.ceil((lo - meridian) / 360);
			if (meridian + k * 360 < hi) count++;
		}
	}
	return count;
}

/**
 * The central meridian that keeps the feature whole: the middle of its longitudes, or, for a
 * voyage round the world, the one whose opposite meridian the route crosses least (the
 * Pacific rather than the Indian Ocean where it starts and ends).
 */
export function centralMeridian(lines: Position[][], points: Position[] = []): number {
	const lons = [...lines.flat(), ...points].map(([lon]) => lon);
	const min = Math.min(...lons);
	const max = Math.max(...lons);
	if (max - min < 300) return wrapLon((min + max) / 2);
	let best = { centre: 0, count: Infinity };
	for (let centre = -180; centre < 180; centre += 10) {
		const count = crossings(lines, centre + 180);
		if (count < best.count || (count === best.count && Math.abs(centre) < Math.abs(best.centre))) {
			best = { centre, count };
		}
	}
	return best.centre;
}

const MIN_FIT_SPAN = 28;

interface Frame {
	projection: GeoProjection;
	/** World views get the sphere outline and the coarse land. */
	world: boolean;
}

function frameProjection(frame: SceneFrame, area: [[number, number], [number, number]]): Frame {
	const [[x0, y0], [x1, y1]] = area;
	if (frame.type === 'point') {
		const [lon, lat] = frame.centre;
		const scale = (x1 - x0) / ((frame.span * Math.PI) / 180);
		const projection = geoMercator()
			.rotate([-lon, 0])
			.scale(scale)
			.translate([(x0 + x1) / 2, (y0 + y1) / 2]);
		// Move the place to the middle of the map area.
		const [, py] = projection([lon, lat])!;
		projection.translate([(x0 + x1) / 2, y0 + y1 - py]);
		return { projection, world: false };
	}
	const centre = centralMeridian(frame.lines, frame.points);
	const all = [...frame.lines.flat(), ...frame.points];
	const lats = all.map(([, lat]) => lat);
	const lonSpan = Math.max(...all.map(([lon]) => lon)) - Math.min(...all.map(([lon]) => lon));
	const latSpan = Math.max(...lats) - Math.min(...lats);
	const world = lonSpan > 100 || latSpan > 55;
	const projection = (world ? geoNaturalEarth1() : geoMercator()).rotate([-centre, 0]);
	const pad = world ? 52 : 64;
	projection.fitExtent(
		[
			[x0 + pad, y0 + pad],
			[x1 - pad, y1 - pad]
		],
		{
			type: 'GeometryCollection',
			geometries: [
				{ type: 'MultiLineString', coordinates: frame.lines },
				{ type: 'MultiPoint', coordinates: frame.points }
			]
		}
	);
	// A short route still shows its region: at least MIN_FIT_SPAN degrees of longitude across.
	const maxScale = (x1 - x0) / ((MIN_FIT_SPAN * Math.PI) / 180);
	if (projection.scale() > maxScale) {
		const [cx, cy] = projection.invert!([(x0 + x1) / 2, (y0 + y1) / 2])!;
		projection.scale(maxScale);
		const [nx, ny] = projection([cx, cy])!;
		const [tx, ty] = projection.translate();
		projection.translate([tx + (x0 + x1) / 2 - nx, ty + (y0 + y1) / 2 - ny]);
	}
	return { projection, world };
}

const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

function routeSvg(path: ReturnType<typeof geoPath>, route: SceneRoute): string {
	const d = path({ type: 'MultiLineString', coordinates: route.lines });
	if (!d) return '';
	const width = route.focus ? 6 : 3.5;
	const dash = EVIDENCE_DASH[route.evidence];
	const dashAttr = dash ? ` stroke-dasharray="${dash.map((n) => fmt(n * width)).join(' ')}"` : '';
	const cap = dash ? 'butt' : 'round';
	const casing = route.focus
		? `<path d="${d}" fill="none" stroke="#ffffff" stroke-opacity="0.9" stroke-width="${width + 6}" stroke-linecap="round" stroke-linejoin="round"/>`
		: '';
	const opacity = route.focus ? '' : ' stroke-opacity="0.7"';
	return `${casing}<path d="${d}" fill="none" stroke="${route.colour}"${opacity} stroke-width="${width}" stroke-linecap="${cap}" stroke-linejoin="round"${dashAttr}/>`;
}

function placeSvg(projection: GeoProjection, place: ScenePlace): string {
	const at = projection(place.coordinates as [number, number]);
	if (!at || !Number.isFinite(at[0]) || at[0] < -40 || at[0] > W + 40 || at[1] < -40) return '';
	const [x, y] = at.map(fmt);
	if (!place.focus) {
		return `<circle cx="${x}" cy="${y}" r="5.5" fill="${place.colour}" stroke="${PLACE_COLOURS.stroke}" stroke-width="2"/>`;
	}
	return [
		`<circle cx="${x}" cy="${y}" r="34" fill="${place.colour}" fill-opacity="0.14"/>`,
		`<circle cx="${x}" cy="${y}" r="22" fill="${place.colour}" fill-opacity="0.22"/>`,
		`<circle cx="${x}" cy="${y}" r="12" fill="${place.colour}" stroke="${PLACE_COLOURS.stroke}" stroke-width="4"/>`
	].join('');
}

function locatorSvg(basemap: Basemap, at: Position, colour: string): string {
	const r = 62;
	const cx = W - 28 - r;
	const cy = 28 + r;
	const projection = geoOrthographic()
		.rotate([-at[0], -Math.max(-60, Math.min(60, at[1])) * 0.6])
		.scale(r)
		.translate([cx, cy])
		.clipAngle(90);
	const path = geoPath(projection).digits(1);
	const [x, y] = projection(at as [number, number])!.map(fmt);
	return [
		`<circle cx="${cx}" cy="${cy}" r="${r + 4}" fill="#ffffff" fill-opacity="0.95"/>`,
		`<path d="${path({ type: 'Sphere' })}" fill="${MAP_COLOURS.sea}"/>`,
		`<path d="${path(geoGraticule10())}" fill="none" stroke="${MAP_COLOURS.graticule}" stroke-opacity="0.6" stroke-width="0.6"/>`,
		`<path d="${path(basemap.land)}" fill="${MAP_COLOURS.land}" stroke="${MAP_COLOURS.coast}" stroke-width="0.6"/>`,
		`<circle cx="${x}" cy="${y}" r="5" fill="${colour}" stroke="#ffffff" stroke-width="1.5"/>`,
		`<circle cx="${cx}" cy="${cy}" r="${r}" fill="none" stroke="#8a97a3" stroke-width="1"/>`
	].join('');
}

/** The share image of a scene, 1200×630, as an SVG document. */
export function shareImageSvg(
	scene: ShareScene,
	basemaps: Basemaps,
	measure: Measure = approximateMeasure
): string {
	const band = textBand(scene, measure);
	const bandTop = H - band.height;
	const { projection, world } = frameProjection(scene.frame, [
		[0, 0],
		[W, bandTop]
	]);
	projection.clipExtent([
		[-20, -20],
		[W + 20, H + 20]
	]);
	const path = geoPath(projection).digits(1);
	const basemap = world ? basemaps.coarse : basemaps.fine;

	const parts: string[] = [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">`,
		`<rect width="${W}" height="${H}" fill="${world ? MAP_COLOURS.background : MAP_COLOURS.sea}"/>`
	];
	if (world) parts.push(`<path d="${path({ type: 'Sphere' })}" fill="${MAP_COLOURS.sea}"/>`);
	parts.push(
		`<path d="${path(geoGraticule10())}" fill="none" stroke="${MAP_COLOURS.graticule}" stroke-opacity="0.55" stroke-width="1"/>`,
		`<path d="${path(basemap.land)}" fill="${MAP_COLOURS.land}" stroke="${MAP_COLOURS.coast}" stroke-width="1.2" stroke-linejoin="round"/>`,
		`<path d="${path(basemap.borders)}" fill="none" stroke="${MAP_COLOURS.border}" stroke-width="1" stroke-linejoin="round"/>`
	);
	for (const route of scene.routes.filter((r) => !r.focus)) parts.push(routeSvg(path, route));
	for (const route of scene.routes.filter((r) => r.focus)) parts.push(routeSvg(path, route));
	for (const place of scene.places.filter((p) => !p.focus)) parts.push(placeSvg(projection, place));
	for (const place of scene.places.filter((p) => p.focus)) parts.push(placeSvg(projection, place));
	if (scene.locator) parts.push(locatorSvg(basemaps.coarse, scene.locator, scene.accent));
	parts.push(
		`<g transform="translate(0 ${bandTop})">`,
		`<rect width="${W}" height="${band.height}" fill="#ffffff"/>`,
		`<rect width="${W}" height="6" fill="${scene.accent}"/>`,
		band.svg,
		'</g>',
		'</svg>'
	);
	return parts.join('\n');
}
