import { getIssues } from '@placemarkio/check-geojson';
import type { Position } from 'geojson';
import type { z } from 'zod';
import { distanceToLandKm, type LandIndex } from '../geo/land.ts';
import { findParagraphs, parseArticle, type Article } from './article.ts';
import { fieldPath, StoryDataError, type Problem } from './problems.ts';
import {
	articleMetaSchema,
	placePropertiesSchema,
	routePropertiesSchema,
	sourcesFileSchema,
	timelineFileSchema,
	type PassageRef
} from './schema.ts';
import {
	STORY_FILES,
	type PlaceFeature,
	type RouteFeature,
	type Story,
	type StoryFiles
} from './types.ts';
import { distanceToLineKm } from './stops.ts';
import { publishedGeometry } from '../geo/route-path.ts';

/** A place (other than a point at sea) further than this from Natural Earth land is misplaced. */
const PLACE_LAND_TOLERANCE_KM = 30;
/** A route's stop must lie on its drawn line, give or take this. */
const STOP_ON_LINE_TOLERANCE_KM = 25;

interface Ctx {
	problems: Problem[];
	article?: Article;
	/** Every feature id written in a file, valid or not, so one bad feature does not cascade. */
	declared: Set<string>;
}

function report(ctx: Ctx, problem: Problem) {
	ctx.problems.push(problem);
}

function lineAndColumn(text: string, offset: number): string {
	const before = text.slice(0, offset).split('\n');
	return `line ${before.length}, column ${before[before.length - 1].length + 1}`;
}

function parseJson(ctx: Ctx, file: string, text: string | undefined): unknown {
	if (text === undefined) {
		report(ctx, { file, message: 'is missing' });
		return undefined;
	}
	try {
		return JSON.parse(text);
	} catch (e) {
		report(ctx, { file, message: `is not valid JSON: ${(e as Error).message}` });
		return undefined;
	}
}

function reportZod(
	ctx: Ctx,
	file: string,
	feature: string | undefined,
	prefix: (string | number)[],
	error: z.ZodError
) {
	for (const issue of error.issues) {
		const path = [...prefix, ...issue.path.filter((k) => typeof k !== 'symbol')] as (
			string | number
		)[];
		report(ctx, { file, feature, field: fieldPath(path) || undefined, message: issue.message });
	}
}

function checkGeoJsonText(ctx: Ctx, file: string, text: string): boolean {
	const issues = getIssues(text);
	for (const issue of issues) {
		report(ctx, {
			file,
			message: `${issue.message.replace(/\.$/, '')} (${lineAndColumn(text, issue.from)})`
		});
	}
	return issues.length === 0;
}

function fmt(p: Position): string {
	return `[${p.map((n) => Number(n.toFixed(4))).join(', ')}]`;
}

function checkPosition(
	ctx: Ctx,
	file: string,
	feature: string,
	field: string,
	p: Position
): boolean {
	const [lon, lat] = p;
	if (!Number.isFinite(lon) || !Number.isFinite(lat)) {
		report(ctx, { file, feature, field, message: `${fmt(p)} is not a pair of finite numbers` });
		return false;
	}
	if (Math.abs(lat) > 90 && Math.abs(lon) <= 90) {
		report(ctx, {
			file,
			feature,
			field,
			message: `${fmt(p)} look swapped (lat, lon): latitude ${lat} is beyond ±90; write [lon, lat]`
		});
		return false;
	}
	if (Math.abs(lon) > 180 || Math.abs(lat) > 90) {
		report(ctx, {
			file,
			feature,
			field,
			message: `${fmt(p)} is out of range: longitude must be within ±180 and latitude within ±90`
		});
		return false;
	}
	return true;
}

function plausibleOnLand(land: LandIndex, p: Position): boolean {
	return Math.abs(p[1]) <= 75 && distanceToLandKm(land, p, PLACE_LAND_TOLERANCE_KM) < Infinity;
}

function checkPlaceOnLand(
	ctx: Ctx,
	land: LandIndex,
	file: string,
	feature: string,
	field: string,
	p: Position
) {
	if (plausibleOnLand(land, p)) return;
	const swapped: Position = [p[1], p[0]];
	const message = plausibleOnLand(land, swapped)
		? `${fmt(p)} look swapped (lat, lon): ${fmt(swapped)} would put it on land`
		: `${fmt(p)} is more than ${PLACE_LAND_TOLERANCE_KM} km from any land (Natural Earth 50m); only a "sea" place may be at sea`;
	report(ctx, { file, feature, field, message });
}

function checkPassages(
	ctx: Ctx,
	file: string,
	feature: string,
	field: string,
	passages: PassageRef[] | undefined
) {
	const article = ctx.article;
	if (!article || !passages) return;
	passages.forEach((passage, i) => {
		const where = `${field}[${i}]`;
		const count = article.paragraphs.length;
		if (passage.paragraph > count) {
			report(ctx, {
				file,
				feature,
				field: `${where}.paragraph`,
				message: `paragraph ${passage.paragraph} does not exist: the article has ${count} paragraphs`
			});
			return;
		}
		if (article.paragraphs[passage.paragraph - 1].includes(passage.text)) return;
		const elsewhere = findParagraphs(article, passage.text);
		report(ctx, {
			file,
			feature,
			field: `${where}.text`,
			message: elsewhere.length
				? `is in paragraph ${elsewhere.join(', ')}, not ${passage.paragraph}`
				: `is not verbatim in the article: "${passage.text.slice(0, 60)}${passage.text.length > 60 ? '…' : ''}"`
		});
	});
}

function featureList(ctx: Ctx, file: string, json: unknown): Record<string, unknown>[] | undefined {
	const fc = json as { type?: unknown; features?: unknown };
	if (!fc || fc.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
		report(ctx, { file, message: 'must be a GeoJSON FeatureCollection' });
		return undefined;
	}
	if (fc.features.length === 0) {
		report(ctx, {
			file,
			message: 'is an empty FeatureCollection: it must hold at least one feature'
		});
		return undefined;
	}
	return fc.features as Record<string, unknown>[];
}

function featureName(f: Record<string, unknown>, index: number): string {
	const props = f.properties as { id?: unknown } | null | undefined;
	const id = props?.id ?? f.id;
	return typeof id === 'string' && id ? id : `#${index + 1}`;
}

function duplicates(ids: string[]): string[] {
	const seen = new Set<string>();
	const dup = new Set<string>();
	for (const id of ids) (seen.has(id) ? dup : seen).add(id);
	return [...dup];
}

function readFeatures<P>(
	ctx: Ctx,
	file: string,
	text: string | undefined,
	geometryTypes: string[],
	schema: z.ZodType<P>
): (Record<string, unknown> & { id: string; properties: P })[] {
	const json = parseJson(ctx, file, text);
	if (json === undefined || !checkGeoJsonText(ctx, file, text as string)) return [];
	const features = featureList(ctx, file, json);
	if (!features) return [];
	const valid: (Record<string, unknown> & { id: string; properties: P })[] = [];
	features.forEach((f, i) => {
		const name = featureName(f, i);
		ctx.declared.add(`${file}#${name}`);
		const geometry = f.geometry as { type: string } | null;
		if (!geometry || !geometryTypes.includes(geometry.type)) {
			report(ctx, {
				file,
				feature: name,
				field: 'geometry.type',
				message: `is ${geometry ? geometry.type : 'null'}; expected ${geometryTypes.join(' or ')}`
			});
			return;
		}
		const parsed = schema.safeParse(f.properties);
		if (!parsed.success) {
			reportZod(ctx, file, name, ['properties'], parsed.error);
			return;
		}
		const id = (parsed.data as { id: string }).id;
		if (f.id !== undefined && f.id !== id) {
			report(ctx, {
				file,
				feature: name,
				field: 'id',
				message: `"${String(f.id)}" differs from properties.id "${id}"`
			});
			return;
		}
		valid.push({ ...f, id, properties: parsed.data });
	});
	for (const id of duplicates(valid.map((f) => f.id))) {
		report(ctx, {
			file,
			feature: id,
			field: 'properties.id',
			message: 'is used by more than one feature'
		});
	}
	return valid;
}

/**
 * Checks every story file against the schema and against each other, and builds the story only
 * if nothing is wrong. `land` is Natural Earth land, for telling swapped or misplaced coordinates.
 */
export function validateStory(files: Partial<StoryFiles>, land: LandIndex): Story {
	const ctx: Ctx = { problems: [], declared: new Set() };

	const articleText = files[STORY_FILES.article];
	if (articleText === undefined) report(ctx, { file: STORY_FILES.article, message: 'is missing' });
	else {
		try {
			ctx.article = parseArticle(articleText);
		} catch (e) {
			report(ctx, { file: STORY_FILES.article, message: (e as Error).message });
		}
	}

	const metaJson = parseJson(ctx, STORY_FILES.articleMeta, files[STORY_FILES.articleMeta]);
	const meta = metaJson === undefined ? undefined : articleMetaSchema.safeParse(metaJson);
	if (meta && !meta.success) reportZod(ctx, STORY_FILES.articleMeta, undefined, [], meta.error);

	const sourcesJson = parseJson(ctx, STORY_FILES.sources, files[STORY_FILES.sources]);
	const sourcesParsed =
		sourcesJson === undefined ? undefined : sourcesFileSchema.safeParse(sourcesJson);
	const sources: Story['sources'] = {};
	if (sourcesParsed && !sourcesParsed.success) {
		reportZod(ctx, STORY_FILES.sources, undefined, [], sourcesParsed.error);
	} else if (sourcesParsed) {
		for (const s of sourcesParsed.data.sources) {
			if (sources[s.id]) {
				report(ctx, {
					file: STORY_FILES.sources,
					feature: s.id,
					message: 'is listed more than once'
				});
			}
			sources[s.id] = s;
		}
	}
	const sourcesKnown = sourcesParsed?.success === true;
	const checkSources = (file: string, feature: string, field: string, ids: string[]) => {
		if (!sourcesKnown) return;
		ids.forEach((id, i) => {
			if (!sources[id]) {
				report(ctx, {
					file,
					feature,
					field: `${field}[${i}]`,
					message: `names source "${id}", which is not in ${STORY_FILES.sources}`
				});
			}
		});
	};

	const placesFile = STORY_FILES.places;
	const places = readFeatures(
		ctx,
		placesFile,
		files[placesFile],
		['Point'],
		placePropertiesSchema
	) as unknown as PlaceFeature[];
	const placeById = new Map(places.map((p) => [p.id, p]));
	for (const place of places) {
		const p = place.properties;
		const at = place.geometry.coordinates;
		if (checkPosition(ctx, placesFile, p.id, 'geometry.coordinates', at) && p.kind !== 'sea') {
			checkPlaceOnLand(ctx, land, placesFile, p.id, 'geometry.coordinates', at);
		}
		checkSources(placesFile, p.id, 'properties.locationSources', p.locationSources);
		if (p.locationSources.length === 0 && !p.locationNote) {
			report(ctx, {
				file: placesFile,
				feature: p.id,
				field: 'properties.locationNote',
				message: 'is required when locationSources is empty: say where the point comes from'
			});
		}
		checkPassages(ctx, placesFile, p.id, 'properties.passages', p.passages);
		p.context.forEach((c, i) =>
			checkSources(placesFile, p.id, `properties.context[${i}].sources`, c.sources)
		);
		if (p.role === 'article' && p.passages.length === 0) {
			report(ctx, {
				file: placesFile,
				feature: p.id,
				field: 'properties.passages',
				message: 'is empty, but the place is named in the article: link at least one passage'
			});
		}
		p.mentions.forEach((m, i) => {
			if (ctx.article && !ctx.article.paragraphs.some((para) => para.includes(m))) {
				report(ctx, {
					file: placesFile,
					feature: p.id,
					field: `properties.mentions[${i}]`,
					message: `"${m}" does not occur in the article`
				});
			}
		});
	}

	const routesFile = STORY_FILES.routes;
	const routes = readFeatures(
		ctx,
		routesFile,
		files[routesFile],
		['LineString', 'MultiLineString'],
		routePropertiesSchema
	) as unknown as RouteFeature[];
	for (const route of routes) {
		const r = route.properties;
		const parts =
			route.geometry.type === 'LineString'
				? [route.geometry.coordinates]
				: route.geometry.coordinates;
		let geometryOk = true;
		parts.forEach((part, pi) =>
			part.forEach((pos, i) => {
				const field =
					route.geometry.type === 'LineString'
						? `geometry.coordinates[${i}]`
						: `geometry.coordinates[${pi}][${i}]`;
				geometryOk = checkPosition(ctx, routesFile, r.id, field, pos) && geometryOk;
			})
		);
		checkSources(routesFile, r.id, 'properties.sources', r.sources);
		checkPassages(ctx, routesFile, r.id, 'properties.passages', r.passages);
		r.context.forEach((c, i) =>
			checkSources(routesFile, r.id, `properties.context[${i}].sources`, c.sources)
		);
		for (const id of duplicates(r.stops.map((s) => s.id))) {
			report(ctx, {
				file: routesFile,
				feature: r.id,
				field: 'properties.stops',
				message: `stop id "${id}" is used more than once`
			});
		}
		const drawn = geometryOk ? publishedGeometry({ mode: r.mode, geometry: route.geometry }) : null;
		let lastDate = '';
		r.stops.forEach((stop, i) => {
			const field = `properties.stops[${i}]`;
			checkSources(routesFile, r.id, `${field}.sources`, stop.sources);
			checkPassages(ctx, routesFile, r.id, `${field}.passages`, stop.passages);
			let at: Position | undefined = stop.at;
			if (stop.place !== undefined) {
				const place = placeById.get(stop.place);
				if (place) at = place.geometry.coordinates;
				else if (!ctx.declared.has(`${placesFile}#${stop.place}`)) {
					report(ctx, {
						file: routesFile,
						feature: r.id,
						field: `${field}.place`,
						message: `names place "${stop.place}", which is not in ${placesFile}`
					});
				}
			} else if (at && !checkPosition(ctx, routesFile, r.id, `${field}.at`, at)) at = undefined;
			if (at && drawn) {
				const km = distanceToLineKm(drawn, at);
				if (km > STOP_ON_LINE_TOLERANCE_KM) {
					report(ctx, {
						file: routesFile,
						feature: r.id,
						field,
						message: `stop "${stop.id}" at ${fmt(at)} is ${Math.round(km)} km from the route's line (at most ${STOP_ON_LINE_TOLERANCE_KM} km)`
					});
				}
			}
			const start = stop.date?.split('/')[0];
			if (start !== undefined) {
				if (start < lastDate.slice(0, start.length)) {
					report(ctx, {
						file: routesFile,
						feature: r.id,
						field: `${field}.date`,
						message: `${stop.date} is earlier than the stop before it (${lastDate}): stops must be in order`
					});
				}
				lastDate = start;
			}
		});
	}
	for (const id of duplicates([...places, ...routes].map((f) => f.id))) {
		if (placeById.has(id) && routes.some((r) => r.id === id)) {
			report(ctx, {
				file: routesFile,
				feature: id,
				field: 'properties.id',
				message: 'is also a place id: places and routes need distinct ids'
			});
		}
	}

	const timelineFile = STORY_FILES.timeline;
	const timelineJson = parseJson(ctx, timelineFile, files[timelineFile]);
	const timelineParsed =
		timelineJson === undefined ? undefined : timelineFileSchema.safeParse(timelineJson);
	if (timelineParsed && !timelineParsed.success) {
		reportZod(ctx, timelineFile, undefined, [], timelineParsed.error);
	}
	const timeline = timelineParsed?.success ? timelineParsed.data.events : [];
	timeline.forEach((event, i) => {
		checkSources(timelineFile, event.id, `events[${i}].sources`, event.sources);
		const ref = event.feature;
		const problem = (field: string, message: string) =>
			report(ctx, {
				file: timelineFile,
				feature: event.id,
				field: `events[${i}].${field}`,
				message
			});
		if (ref) {
			const file = ref.kind === 'place' ? placesFile : routesFile;
			if (!ctx.declared.has(`${file}#${ref.id}`)) {
				problem('feature', `names ${ref.kind} "${ref.id}", which does not exist`);
			}
		}
		if (event.at === undefined) return;
		if (ref?.kind !== 'route') {
			problem('at', `names stop "${event.at}", but the event's feature is not a route`);
			return;
		}
		const stops = routes.find((r) => r.properties.id === ref.id)?.properties.stops ?? [];
		if (!stops.some((s) => s.id === event.at)) {
			problem('at', `names stop "${event.at}", which route "${ref.id}" does not stop at`);
		}
	});

	if (ctx.problems.length || !ctx.article || !meta?.success) {
		throw new StoryDataError(ctx.problems);
	}
	return {
		article: { ...ctx.article, meta: meta.data },
		sources,
		places,
		routes,
		timeline
	};
}
