import type { PassageRef } from './schema.ts';
import type { Story } from './types.ts';
import type { FeatureRef } from './views.ts';

/**
 * The reading pane's model of the article: every paragraph cut into segments, where a segment
 * naming a story place links to it and every segment knows whose passages cover it. Plain,
 * serialisable objects, so a server load can return it as is.
 *
 * How mentions are matched (each place's `properties.mentions`):
 * - exactly as written, case and accents included ("Brasilia" does not match "Brasília");
 * - whole words only: a match may not touch a letter, digit or hyphen on either side, so
 *   "Nicaraguan" (the army, the commanders) does not link Nicaragua, and "Iran-Brazil" in the
 *   "Iran-Brazil Joint Chamber of Commerce" does not link Brazil: the compound names the
 *   chamber, not the country (Brasilia is linked in the same sentence). An apostrophe or an
 *   en dash is a boundary: "Nicaragua’s" links Nicaragua;
 * - longest mention first, and a later match may not overlap an earlier one ("Rio de Janeiro"
 *   wins over a shorter "Rio"); equal lengths go by the order of places in geo/places.geojson;
 * - only the paragraphs: the title and the dateline are not linked.
 *
 * Passages (places', routes', and route stops' `{ paragraph, text }`) are found by their exact
 * text; a stop's passages belong to its route, as in the route panel. Every occurrence in the
 * paragraph is covered.
 */

export interface ArticleSegment {
	text: string;
	/** The place these words name. */
	ref?: FeatureRef;
	/** The features whose passages include these words; left out when none do. */
	passageOf?: FeatureRef[];
}

export interface ArticleParagraph {
	/** Paragraph number, from 1 after the dateline (the numbering passages use). */
	n: number;
	segments: ArticleSegment[];
}

/** A stretch of one paragraph, highlighted or not, for rendering. */
export interface HighlightRun {
	marked: boolean;
	/** Adjacent words with the same link (or none) joined together; `current` links the selection. */
	pieces: { text: string; ref?: FeatureRef; current?: true }[];
}

interface Span {
	start: number;
	end: number;
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}\-\u2010\u2011]/u;

export function sameRef(a: FeatureRef | null | undefined, b: FeatureRef | null | undefined) {
	return !!a && !!b && a.kind === b.kind && a.id === b.id;
}

function isWordChar(ch: string | undefined): boolean {
	return ch !== undefined && WORD_CHAR.test(ch);
}

/** Where `needle` occurs in `text`, every occurrence (overlapping ones included). */
function occurrences(text: string, needle: string): number[] {
	const found: number[] = [];
	if (!needle) return found;
	for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
		found.push(at);
	}
	return found;
}

/** Whole-word check on the edges of a match: only where the mention itself starts/ends a word. */
function isWholeWord(text: string, start: number, end: number): boolean {
	const first = text[start];
	const last = text[end - 1];
	if (isWordChar(first) && isWordChar(text[start - 1])) return false;
	if (isWordChar(last) && isWordChar(text[end])) return false;
	return true;
}

/** Mentions found in one paragraph, longest first and never overlapping. */
export function findMentions(
	text: string,
	mentions: { text: string; ref: FeatureRef }[]
): (Span & { ref: FeatureRef })[] {
	const ordered = mentions
		.map((m, order) => ({ ...m, order }))
		.filter((m) => m.text.length > 0)
		.sort((a, b) => b.text.length - a.text.length || a.order - b.order);
	const taken: (Span & { ref: FeatureRef })[] = [];
	for (const m of ordered) {
		for (const start of occurrences(text, m.text)) {
			const end = start + m.text.length;
			if (!isWholeWord(text, start, end)) continue;
			if (taken.some((t) => start < t.end && t.start < end)) continue;
			taken.push({ start, end, ref: m.ref });
		}
	}
	return taken.sort((a, b) => a.start - b.start);
}

/** Every feature's passages, a stop's counted as its route's. */
function passagesByFeature(story: Story): { ref: FeatureRef; passages: PassageRef[] }[] {
	return [
		...story.places.map((p) => ({
			ref: { kind: 'place', id: p.id } as FeatureRef,
			passages: p.properties.passages
		})),
		...story.routes.map((r) => ({
			ref: { kind: 'route', id: r.id } as FeatureRef,
			passages: [...r.properties.passages, ...r.properties.stops.flatMap((s) => s.passages ?? [])]
		}))
	];
}

/** Cuts one paragraph at every mention and passage edge. */
function paragraphSegments(
	text: string,
	mentions: (Span & { ref: FeatureRef })[],
	covers: (Span & { ref: FeatureRef })[]
): ArticleSegment[] {
	const cuts = new Set([0, text.length]);
	for (const s of [...mentions, ...covers]) {
		cuts.add(s.start);
		cuts.add(s.end);
	}
	const points = [...cuts].sort((a, b) => a - b);
	const segments: ArticleSegment[] = [];
	for (let i = 0; i < points.length - 1; i++) {
		const start = points[i];
		const end = points[i + 1];
		if (start === end) continue;
		const mention = mentions.find((m) => m.start <= start && end <= m.end);
		const passageOf: FeatureRef[] = [];
		for (const c of covers) {
			if (c.start <= start && end <= c.end && !passageOf.some((r) => sameRef(r, c.ref))) {
				passageOf.push(c.ref);
			}
		}
		const segment: ArticleSegment = { text: text.slice(start, end) };
		if (mention) segment.ref = { ...mention.ref };
		if (passageOf.length) segment.passageOf = passageOf;
		const prev = segments.at(-1);
		// A mention is one segment unless a passage edge falls inside it; plain text merges.
		if (
			prev &&
			!prev.ref &&
			!segment.ref &&
			sameRefList(prev.passageOf ?? [], segment.passageOf ?? [])
		) {
			prev.text += segment.text;
		} else {
			segments.push(segment);
		}
	}
	return segments;
}

function sameRefList(a: FeatureRef[], b: FeatureRef[]): boolean {
	return a.length === b.length && a.every((r) => b.some((s) => sameRef(r, s)));
}

/** The article's paragraphs, each cut into linked and highlighted segments. */
export function articleParagraphs(story: Story): ArticleParagraph[] {
	const mentions = story.places.flatMap((p) =>
		p.properties.mentions.map((text) => ({ text, ref: { kind: 'place', id: p.id } as FeatureRef }))
	);
	const features = passagesByFeature(story);
	return story.article.paragraphs.map((text, i) => {
		const n = i + 1;
		const covers: (Span & { ref: FeatureRef })[] = [];
		for (const f of features) {
			for (const p of f.passages) {
				if (p.paragraph !== n) continue;
				for (const start of occurrences(text, p.text)) {
					covers.push({ start, end: start + p.text.length, ref: f.ref });
				}
			}
		}
		return { n, segments: paragraphSegments(text, findMentions(text, mentions), covers) };
	});
}

/** The numbers (ascending) of the paragraphs holding a feature's passages, from the story. */
export function passageParagraphs(story: Story, ref: FeatureRef): number[] {
	const feature = passagesByFeature(story).find((f) => sameRef(f.ref, ref));
	return [...new Set((feature?.passages ?? []).map((p) => p.paragraph))].sort((a, b) => a - b);
}

/** The same, from the pane's model (what the browser has). */
export function highlightedParagraphs(
	paragraphs: ArticleParagraph[],
	ref: FeatureRef | null
): number[] {
	if (!ref) return [];
	return paragraphs
		.filter((p) => p.segments.some((s) => s.passageOf?.some((r) => sameRef(r, ref))))
		.map((p) => p.n);
}

/** Whether selecting `ref` changes how the paragraph renders: it names or quotes the feature. */
export function paragraphTouches(paragraph: ArticleParagraph, ref: FeatureRef | null): boolean {
	return (
		!!ref &&
		paragraph.segments.some(
			(s) => sameRef(s.ref, ref) || !!s.passageOf?.some((r) => sameRef(r, ref))
		)
	);
}

/**
 * One paragraph as runs to render: each run is highlighted for `selected` or not, and holds
 * pieces of text, linked or not. A mention split by an edge of the selected feature's passage
 * (a passage starting or ending inside a name) becomes two links.
 */
export function highlightRuns(
	segments: ArticleSegment[],
	selected: FeatureRef | null
): HighlightRun[] {
	const runs: HighlightRun[] = [];
	for (const s of segments) {
		const marked = !!selected && !!s.passageOf?.some((r) => sameRef(r, selected));
		let run = runs.at(-1);
		if (!run || run.marked !== marked) {
			run = { marked, pieces: [] };
			runs.push(run);
		}
		const last = run.pieces.at(-1);
		// Two mentions are never adjacent (whole words), so equal links are one mention's halves.
		if (last && (last.ref ? sameRef(last.ref, s.ref) : !s.ref)) {
			last.text += s.text;
		} else {
			const piece: HighlightRun['pieces'][number] = { text: s.text };
			if (s.ref) piece.ref = s.ref;
			if (sameRef(s.ref, selected)) piece.current = true;
			run.pieces.push(piece);
		}
	}
	return runs;
}
