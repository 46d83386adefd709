import { z } from 'zod';
import { EVIDENCE_LEVELS, isIsoDateOrRange } from './vocab.ts';
import { SLUG } from './slug.ts';

/**
 * The shape of every file in `geo/`, checked at build time only. Structure lives here; rules that
 * need more than one file at a time (known ids, verbatim passages, geography) live in
 * `validate.ts`.
 */

export { EVIDENCE_LEVELS, isIsoDate, isIsoDateOrRange, type Evidence } from './vocab.ts';

/** Zod's messages reworded for a data editor: what is wrong with the value, not with the parser. */
z.config({
	customError: (issue) => {
		if (issue.code === 'invalid_type') {
			if (issue.input === undefined) return 'is required';
			const got =
				issue.input === null ? 'null' : Array.isArray(issue.input) ? 'a list' : typeof issue.input;
			return `must be ${issue.expected === 'tuple' ? 'a [lon, lat] pair' : `a ${issue.expected}`}, not ${got}`;
		}
		if (issue.code === 'unrecognized_keys') {
			return `has unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}: check the spelling`;
		}
		return undefined;
	}
});

const MARKUP = /[<>]|&[a-z#0-9]+;/i;

export const slug = z
	.string()
	.regex(SLUG, 'must be a lowercase slug such as "rio-de-janeiro" (a-z, 0-9 and single hyphens)');

export const plainText = z
	.string()
	.trim()
	.min(1, 'must not be empty')
	.refine((s) => !MARKUP.test(s), 'must be plain text: markup such as <b> or &amp; is not allowed');

export const dateOrRange = z
	.string()
	.refine(
		isIsoDateOrRange,
		'must be an ISO 8601 date (2023-02-26, 2023-02 or 2023) or a range "2023-02-26/2023-03-04"'
	);

export const evidence = z.enum(EVIDENCE_LEVELS, {
	error: () => `must be one of: ${EVIDENCE_LEVELS.join(', ')}`
});

export const httpsUrl = z.string().refine((s) => {
	try {
		const u = new URL(s);
		return u.protocol === 'https:' && u.hostname.includes('.');
	} catch {
		return false;
	}
}, 'must be an absolute https:// URL');

export const sourceSchema = z.strictObject({
	id: slug,
	publication: plainText,
	title: plainText.optional(),
	date: dateOrRange.optional(),
	/** The outlet's own reference (article number), where the facts give one. */
	ref: plainText.optional(),
	url: httpsUrl.optional(),
	/** Why a field is missing, or what the source is (e.g. "via IranWire"). */
	note: plainText.optional()
});
export type Source = z.infer<typeof sourceSchema>;

export const sourcesFileSchema = z.strictObject({
	sources: z.array(sourceSchema).min(1, 'must list at least one source')
});

/** A verbatim slice of one paragraph of the article (paragraphs counted from 1 after the dateline). */
export const passageSchema = z.strictObject({
	paragraph: z.number().int().min(1),
	text: z.string().min(1, 'must not be empty')
});
export type PassageRef = z.infer<typeof passageSchema>;

/** Something other reporting adds: never shown as the article's words. */
export const contextSchema = z.strictObject({
	text: plainText,
	date: dateOrRange.optional(),
	evidence,
	sources: z.array(slug).min(1, 'must cite at least one source id from geo/sources.json')
});
export type ContextFact = z.infer<typeof contextSchema>;

export const PLACE_KINDS = ['capital', 'city', 'port', 'canal', 'refinery', 'sea'] as const;
export const PLACE_ROLES = ['article', 'stop'] as const;

export const placePropertiesSchema = z.strictObject({
	id: slug,
	name: plainText,
	kind: z.enum(PLACE_KINDS, { error: () => `must be one of: ${PLACE_KINDS.join(', ')}` }),
	/** `article`: named in the article's map brief; `stop`: needed by a route. */
	role: z.enum(PLACE_ROLES, { error: () => `must be one of: ${PLACE_ROLES.join(', ')}` }),
	/** `approximate` where the facts mark the point with "~" or give none of their own. */
	precision: z.enum(['exact', 'approximate']),
	/** Where the coordinates come from; say so in `locationNote` when no source gives them. */
	locationSources: z.array(slug),
	locationNote: plainText.optional(),
	/** Words of the article that name this place, linked in the reading pane. */
	mentions: z.array(plainText),
	passages: z.array(passageSchema),
	context: z.array(contextSchema)
});
export type PlaceProperties = z.infer<typeof placePropertiesSchema>;

export const stopSchema = z
	.strictObject({
		id: slug,
		/** A place id from geo/places.geojson, or else `name` and `at` for a point at sea. */
		place: slug.optional(),
		name: plainText.optional(),
		at: z.tuple([z.number(), z.number()]).optional(),
		date: dateOrRange.optional(),
		/** Said when there is no date, or when the sources disagree about it. */
		dateNote: plainText.optional(),
		evidence,
		sources: z.array(slug).min(1, 'must cite at least one source id'),
		note: plainText.optional(),
		passages: z.array(passageSchema).optional()
	})
	.refine((s) => (s.place === undefined) !== (s.name === undefined && s.at === undefined), {
		message: 'must have either "place" or both "name" and "at"'
	})
	.refine((s) => s.place !== undefined || (s.name !== undefined && s.at !== undefined), {
		message: 'a stop without "place" needs both "name" and "at"'
	})
	.refine((s) => s.date !== undefined || s.dateNote !== undefined, {
		message: 'has no "date": give one or say why in "dateNote"'
	});
export type Stop = z.infer<typeof stopSchema>;

export const ROUTE_MODES = ['flight', 'sea', 'link'] as const;
export type RouteMode = (typeof ROUTE_MODES)[number];

export const routePropertiesSchema = z.strictObject({
	id: slug,
	name: plainText,
	/** Short label for lists and the legend. */
	shortName: plainText,
	/** `flight`: great-circle arcs; `sea`: sea lanes; `link`: an announced tie with no path. */
	mode: z.enum(ROUTE_MODES, { error: () => `must be one of: ${ROUTE_MODES.join(', ')}` }),
	evidence,
	dates: dateOrRange,
	sources: z.array(slug).min(1, 'must cite at least one source id'),
	/**
	 * Named places where a sea leg may touch land (canals, straits, a port's approach), each
	 * saying why. Land within `radiusKm` of `at` is allowed; land anywhere else is an error.
	 */
	landExceptions: z
		.array(
			z.strictObject({
				name: plainText,
				reason: plainText,
				at: z.tuple([z.number(), z.number()]),
				radiusKm: z.number().positive().max(200)
			})
		)
		.optional(),
	passages: z.array(passageSchema),
	context: z.array(contextSchema),
	stops: z.array(stopSchema).min(2, 'must have at least two stops')
});
export type RouteProperties = z.infer<typeof routePropertiesSchema>;

export const timelineEventSchema = z.strictObject({
	id: slug,
	date: dateOrRange,
	label: plainText,
	/** The place or route this event selects. */
	feature: z.strictObject({ kind: z.enum(['place', 'route']), id: slug }).optional(),
	/** A stop of that route: the event opens its voyage at that stop. */
	at: slug.optional(),
	sources: z
		.array(slug)
		.min(1, 'names no source: where none is named, cite a sources.json entry that says so')
});
export type TimelineEvent = z.infer<typeof timelineEventSchema>;

export const timelineFileSchema = z.strictObject({
	events: z.array(timelineEventSchema).min(1)
});

export const articleMetaSchema = z.strictObject({
	title: plainText,
	publication: plainText,
	date: dateOrRange,
	url: httpsUrl.optional(),
	urlNote: plainText.optional(),
	attribution: plainText
});
export type ArticleMeta = z.infer<typeof articleMetaSchema>;
