import { describe, expect, it } from 'vitest';
import {
	articleParagraphs,
	findMentions,
	highlightRuns,
	paragraphTouches,
	highlightedParagraphs,
	passageParagraphs,
	type ArticleParagraph
} from '../../src/lib/story/article-links';
import { getStory } from '../../src/lib/story/story.server';
import type { Story } from '../../src/lib/story/types';
import type { FeatureRef } from '../../src/lib/story/views';

const story = getStory();
const model = articleParagraphs(story);

const place = (id: string): FeatureRef => ({ kind: 'place', id });
const route = (id: string): FeatureRef => ({ kind: 'route', id });

function linked(p: ArticleParagraph): [string, string][] {
	return p.segments.filter((s) => s.ref).map((s) => [s.text, s.ref!.id]);
}

/** A story with just what the reading pane reads. */
function tinyStory(
	paragraphs: string[],
	places: { id: string; mentions: string[]; passages?: { paragraph: number; text: string }[] }[],
	routes: {
		id: string;
		passages?: { paragraph: number; text: string }[];
		stops?: { passages?: { paragraph: number; text: string }[] }[];
	}[] = []
): Story {
	return {
		article: { title: 'T', dateline: 'D', paragraphs },
		places: places.map((p) => ({
			id: p.id,
			properties: { id: p.id, mentions: p.mentions, passages: p.passages ?? [] }
		})),
		routes: routes.map((r) => ({
			id: r.id,
			properties: { id: r.id, passages: r.passages ?? [], stops: r.stops ?? [] }
		})),
		timeline: [],
		sources: {}
	} as unknown as Story;
}

describe('the reading pane model of the story', () => {
	it('numbers every paragraph from 1 and keeps its words exactly', () => {
		expect(model.map((p) => p.n)).toEqual(story.article.paragraphs.map((_, i) => i + 1));
		for (const p of model) {
			expect(p.segments.map((s) => s.text).join('')).toBe(story.article.paragraphs[p.n - 1]);
			expect(p.segments.every((s) => s.text.length > 0)).toBe(true);
		}
	});

	it('is plain data a server load can return', () => {
		expect(JSON.parse(JSON.stringify(model))).toEqual(model);
	});

	it('links whole names only: not "Nicaraguan", not the Brazil of "Iran-Brazil"', () => {
		expect(linked(model[1])).toEqual([['Nicaragua', 'managua']]);
		expect(linked(model[2])).toEqual([
			['Managua', 'managua'],
			['Tehran', 'tehran']
		]);
		expect(linked(model[12])).toEqual([
			['Tehran', 'tehran'],
			['Brasilia', 'brasilia']
		]);
		expect(linked(model[11])).toEqual([
			['Brazil', 'brasilia'],
			['Rio de Janeiro', 'rio-de-janeiro'],
			['Panama Canal', 'panama-canal']
		]);
		expect(linked(model[0])).toEqual([
			['Nicaragua', 'managua'],
			['Venezuela', 'caracas']
		]);
	});

	it('knows whose passages cover each segment, a stop’s counting as its route’s', () => {
		const rio = model[11].segments.find((s) => s.text === 'Rio de Janeiro');
		expect(rio?.passageOf).toEqual(
			expect.arrayContaining([
				place('rio-de-janeiro'),
				place('panama-canal'),
				place('brasilia'),
				route('flotilla-voyage'),
				route('flotilla-panama-claim')
			])
		);
		const brazil = model[11].segments.find((s) => s.text === 'Brazil');
		expect(brazil?.passageOf).not.toContainEqual(route('flotilla-voyage'));
		expect(model[3].segments.every((s) => s.passageOf === undefined)).toBe(true);
	});

	it('gives the paragraphs holding each feature’s passages', () => {
		expect(passageParagraphs(story, place('managua'))).toEqual([1, 2, 3, 5, 6, 7, 8]);
		expect(passageParagraphs(story, route('foreign-minister-tour'))).toEqual([2, 8, 9]);
		expect(passageParagraphs(story, place('mumbai'))).toEqual([]);
		expect(passageParagraphs(story, place('nowhere'))).toEqual([]);
		for (const f of [...story.places, ...story.routes]) {
			const ref = { kind: 'stops' in f.properties ? 'route' : 'place', id: f.id } as FeatureRef;
			expect(highlightedParagraphs(model, ref)).toEqual(passageParagraphs(story, ref));
		}
		expect(highlightedParagraphs(model, null)).toEqual([]);
	});

	it('highlights exactly the selected feature’s passage', () => {
		const runs = highlightRuns(model[11].segments, route('flotilla-voyage'));
		expect(runs.map((r) => r.pieces.map((p) => p.text).join('')).join('')).toBe(
			story.article.paragraphs[11]
		);
		const marked = runs.filter((r) => r.marked);
		expect(marked).toHaveLength(1);
		expect(marked[0].pieces.map((p) => p.text).join('')).toBe(
			'President Lula da Silva allowed Iranian warships to dock in Rio de Janeiro'
		);
		expect(marked[0].pieces.at(-1)).toEqual({
			text: 'Rio de Janeiro',
			ref: place('rio-de-janeiro')
		});
		expect(highlightRuns(model[11].segments, null).every((r) => !r.marked)).toBe(true);
	});

	it('marks the selection’s links as current and knows which paragraphs a selection changes', () => {
		const links = (ref: FeatureRef | null) =>
			model.flatMap((p) => highlightRuns(p.segments, ref).flatMap((r) => r.pieces));
		const current = links(place('managua')).filter((piece) => piece.current);
		expect(current.length).toBeGreaterThan(0);
		expect(current.every((piece) => piece.ref?.id === 'managua')).toBe(true);
		expect(links(null).some((piece) => piece.current)).toBe(false);

		const touched = model.filter((p) => paragraphTouches(p, place('managua'))).map((p) => p.n);
		for (const n of passageParagraphs(story, place('managua'))) expect(touched).toContain(n);
		// A paragraph left out renders exactly as with nothing selected.
		for (const p of model.filter((p) => !touched.includes(p.n))) {
			expect(highlightRuns(p.segments, place('managua'))).toEqual(highlightRuns(p.segments, null));
		}
		expect(touched.length).toBeLessThan(model.length);
		expect(model.some((p) => paragraphTouches(p, null))).toBe(false);
	});
});

describe('matching mentions', () => {
	const rio = { text: 'Rio', ref: place('rio') };
	const rioDeJaneiro = { text: 'Rio de Janeiro', ref: place('rio-de-janeiro') };

	it('takes the longest mention first and never overlaps', () => {
		const found = findMentions('Rio de Janeiro, not Rio Grande.', [rio, rioDeJaneiro]);
		expect(found).toEqual([
			{ start: 0, end: 14, ref: place('rio-de-janeiro') },
			{ start: 20, end: 23, ref: place('rio') }
		]);
	});

	it('matches whole words, exactly as written', () => {
		const nicaragua = { text: 'Nicaragua', ref: place('managua') };
		const text = (s: string) => findMentions(s, [nicaragua]).map((m) => s.slice(m.start, m.end));
		expect(text('Nicaraguan commanders')).toEqual([]);
		expect(text('the Iran-Nicaragua talks')).toEqual([]);
		expect(text('Nicaragua-based')).toEqual([]);
		expect(text('nicaragua')).toEqual([]);
		expect(text('Nicaragua’s army, Nicaragua.')).toEqual(['Nicaragua', 'Nicaragua']);
		expect(text('Iran–Nicaragua (en dash)')).toEqual(['Nicaragua']);
		expect(findMentions('Brasília', [{ text: 'Brasilia', ref: place('brasilia') }])).toEqual([]);
	});

	it('builds segments from mentions and passages of any story', () => {
		const s = tinyStory(
			['Ships left Rio for Cape Town and Rio again.'],
			[
				{ id: 'rio', mentions: ['Rio'], passages: [{ paragraph: 1, text: 'Rio for Cape' }] },
				{ id: 'cape-town', mentions: ['Cape Town'] }
			],
			[{ id: 'voyage', stops: [{ passages: [{ paragraph: 1, text: 'Town and Rio' }] }] }]
		);
		const [p] = articleParagraphs(s);
		expect(p.segments).toEqual([
			{ text: 'Ships left ' },
			{ text: 'Rio', ref: place('rio'), passageOf: [place('rio')] },
			{ text: ' for ', passageOf: [place('rio')] },
			{ text: 'Cape', ref: place('cape-town'), passageOf: [place('rio')] },
			{ text: ' ', ref: place('cape-town') },
			{ text: 'Town', ref: place('cape-town'), passageOf: [route('voyage')] },
			{ text: ' and ', passageOf: [route('voyage')] },
			{ text: 'Rio', ref: place('rio'), passageOf: [route('voyage')] },
			{ text: ' again.' }
		]);
		// Halves of one mention stay one link when they share a highlight, two when they don't.
		const none = highlightRuns(p.segments, place('cape-town'));
		expect(none).toHaveLength(1);
		expect(none[0].pieces.filter((x) => x.ref?.id === 'cape-town')).toEqual([
			{ text: 'Cape Town', ref: place('cape-town'), current: true }
		]);
		const voyage = highlightRuns(p.segments, route('voyage'));
		expect(voyage.map((r) => r.marked)).toEqual([false, true, false]);
		expect(voyage[1].pieces).toEqual([
			{ text: 'Town', ref: place('cape-town') },
			{ text: ' and ' },
			{ text: 'Rio', ref: place('rio') }
		]);
		expect(passageParagraphs(s, route('voyage'))).toEqual([1]);
	});
});
