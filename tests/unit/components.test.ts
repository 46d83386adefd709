import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import ArticlePane from '../../src/lib/components/ArticlePane.svelte';
import FeatureList from '../../src/lib/components/FeatureList.svelte';
import LayerToggles from '../../src/lib/components/LayerToggles.svelte';
import SourceList from '../../src/lib/components/SourceList.svelte';
import Timeline from '../../src/lib/components/Timeline.svelte';
import { countryAt } from '../../src/lib/geo/countries.server';
import { articleParagraphs } from '../../src/lib/story/article-links';
import { getStory } from '../../src/lib/story/story.server';
import { summaries, timelineViews, type FeatureRef } from '../../src/lib/story/views';

/** Server-rendered markup only: interaction is left to the browser tests. */

const story = getStory();
const paragraphs = articleParagraphs(story);
const hrefFor = (ref: FeatureRef, at?: string) =>
	`/${ref.kind}/${ref.id}${at ? `?at=${at}` : ''}` as never;

function text(html: string): string {
	return html
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/<[^>]+>/g, '')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&amp;/g, '&');
}

function paragraph(html: string, n: number): string {
	const m = new RegExp(`<p id="p-${n}"[^>]*>([\\s\\S]*?)</p>`).exec(html);
	if (!m) throw new Error(`no paragraph ${n}`);
	return m[1];
}

describe('ArticlePane', () => {
	const pane = (selected: FeatureRef | null, url?: string) =>
		render(ArticlePane, {
			props: { article: { ...story.article.meta, url }, paragraphs, selected, hrefFor }
		}).body;

	it('shows the article word for word, one id per paragraph', () => {
		const html = pane(null);
		story.article.paragraphs.forEach((p, i) => expect(text(paragraph(html, i + 1))).toBe(p));
		expect(html).not.toContain('<mark');
		expect(text(html)).toContain(story.article.meta.urlNote);
		expect(text(html)).toContain(story.article.meta.attribution);
	});

	it('links mentions and marks the selected feature’s passages', () => {
		const html = pane({ kind: 'place', id: 'rio-de-janeiro' });
		const p12 = paragraph(html, 12);
		expect(p12).toMatch(/<a href="\/place\/rio-de-janeiro"[^>]*aria-current="page"/);
		expect(p12).toMatch(/<a href="\/place\/brasilia"[^>]*>Brazil<\/a>/);
		expect(text(/<mark[^>]*>([\s\S]*?)<\/mark>/.exec(p12)![1])).toBe(story.article.paragraphs[11]);
		expect(paragraph(html, 13)).not.toContain('<mark');
	});

	it('links to the original when there is a URL', () => {
		const html = pane(null, 'https://example.org/article');
		expect(html).toMatch(/<a href="https:\/\/example.org\/article" rel="external noopener"/);
		expect(text(html)).not.toContain(story.article.meta.urlNote);
	});
});

describe('Timeline', () => {
	const timeline = (
		selected: FeatureRef | null,
		from: string | null,
		to: string | null,
		at: string | null = null
	) =>
		render(Timeline, {
			props: {
				events: timelineViews(story),
				selected,
				at,
				period: { from, to },
				hrefFor,
				onperiod: () => {}
			}
		}).body;

	it('lists every event in order, linking those with a feature', () => {
		const html = timeline({ kind: 'route', id: 'soleimani-2019' }, null, null);
		const labels = [...html.matchAll(/<li[^>]*>([\s\S]*?)<\/li>/g)].map((m) => text(m[1]));
		expect(labels).toHaveLength(story.timeline.length);
		expect(labels[0]).toContain('Feb 1979');
		expect(labels[2]).toMatch(/^40 years later/);
		expect(html).toMatch(/<a href="\/route\/soleimani-2019" aria-current="page"/);
		expect(html).toContain('<span class="label');
		expect(html).toMatch(/<button type="button"[^>]*disabled/);
		expect(text(html)).toContain('Showing all dates.');
	});

	it('marks the event of the stop the voyage player shows, else the voyage’s own', () => {
		const flotilla: FeatureRef = { kind: 'route', id: 'flotilla-voyage' };
		const current = (html: string) =>
			[...html.matchAll(/<a href="([^"]+)" aria-current="page"/g)].map((m) => m[1]);
		expect(current(timeline(flotilla, null, null, 'rio-de-janeiro'))).toEqual([
			'/route/flotilla-voyage?at=rio-de-janeiro'
		]);
		// Jakarta has no event of its own: the departure stands for the voyage.
		expect(current(timeline(flotilla, null, null, 'jakarta'))).toEqual(['/route/flotilla-voyage']);
		expect(current(timeline(flotilla, null, null, null))).toEqual(['/route/flotilla-voyage']);
	});

	it('says where each event is from, and where no source is named', () => {
		const html = timeline(null, null, null);
		const sources = [...html.matchAll(/<small class="from[^>]*>([\s\S]*?)<\/small>/g)].map((m) =>
			text(m[1])
		);
		expect(sources).toHaveLength(story.timeline.length);
		expect(sources[0]).toBe('The Cradle; Project research notes, no source named');
		expect(sources).toContain('Tehran Times; Kayhan; IranWire');
	});

	it('shows the period in its selects and dims what falls outside it', () => {
		const html = timeline(null, '2023-02', '2023')!;
		expect(html).toMatch(/<option value="2023" selected/);
		expect(html).toMatch(/<option value="02" selected/);
		expect(text(html)).toContain('(outside the chosen period)');
		expect(text(html)).toMatch(/Showing from Feb 2023 to the end of 2023: \d+ of 12 events\./);
		expect(html).not.toMatch(/<button type="button"[^>]*disabled/);
	});
});

describe('LayerToggles', () => {
	it('ticks the shown layers', () => {
		const html = render(LayerToggles, {
			props: {
				layers: [
					{ id: 'places', label: 'Places' },
					{ id: 'soleimani-2019', label: 'Soleimani', evidence: 'inferred', colour: '#7a2ea8' }
				],
				hidden: ['places'],
				onchange: () => {}
			}
		}).body;
		expect(html).toMatch(/<input type="checkbox"(?![^>]*checked)[^>]*data-layer="places"/);
		expect(html).toMatch(/<input type="checkbox"[^>]*checked[^>]*data-layer="soleimani-2019"/);
		expect(text(html)).toContain('Soleimani');
	});
});

describe('FeatureList', () => {
	it('has a labelled search above the list', () => {
		const html = render(FeatureList, {
			props: { features: summaries(story), selected: null, hrefFor }
		}).body;
		const label = /<label for="([^"]+)"[^>]*>Find a place or route<\/label>/.exec(html);
		expect(label).not.toBeNull();
		expect(html).toContain(`<input id="${label![1]}" type="search"`);
	});

	it('knows a place by the other words the article uses for it', () => {
		const byId = new Map(summaries(story).map((f) => [f.id, f]));
		expect(byId.get('managua')?.aliases).toEqual(['Nicaragua']);
		expect(byId.get('havana')?.aliases).toEqual(['Cuba']);
		// Its name is not repeated, and a place the article names one way only has none.
		expect(byId.get('tehran')?.aliases).toBeUndefined();
		expect(byId.get('rio-de-janeiro')?.aliases).toBeUndefined();
	});

	it('knows a place by its country, from Natural Earth, ports and canals on the coast too', () => {
		const byId = new Map(summaries(story, countryAt).map((f) => [f.id, f]));
		const country = (id: string) => byId.get(id)?.country;
		for (const id of ['el-palito', 'cardon', 'puerto-la-cruz', 'caracas']) {
			expect(country(id), id).toBe('Venezuela');
		}
		// Points just off Natural Earth's coast: the nearest country, within 20 km.
		expect(country('bandar-abbas')).toBe('Iran');
		expect(country('cape-town')).toBe('South Africa');
		expect(country('panama-canal')).toBe('Panama');
		expect(countryAt([-30, 0])).toBeNull();
		expect(byId.get('flotilla-voyage')?.country).toBeUndefined();
	});

	it('keeps what the map leaves off in the list, greyed and said so', () => {
		const html = render(FeatureList, {
			props: { features: summaries(story), selected: null, hrefFor, offMap: ['caracas'] }
		}).body;
		const link = (id: string) =>
			new RegExp(`<a [^>]*data-id="${id}"[^>]*>([\\s\\S]*?)</a>`).exec(html)!;
		expect(link('caracas')[0]).toMatch(/class="[^"]*off-map/);
		expect(text(link('caracas')[1])).toBe('Caracas (not on the map now)');
		expect(link('managua')[0]).not.toMatch(/off-map/);
		expect(text(link('managua')[1])).toBe('Managua');
	});
});

describe('SourceList', () => {
	it('sets a source’s reference apart from its name by a space', () => {
		const withRef = Object.values(story.sources).find((s) => s.ref && !s.title && !s.date)!;
		const html = render(SourceList, { props: { sources: [withRef] } }).body;
		expect(text(html)).toContain(`${withRef.publication} (ref. ${withRef.ref})`);
	});

	it('says what a source without a title reported, from the research notes', () => {
		const untitled = Object.values(story.sources).filter(
			(s) => s.note && !s.title && !s.date && !s.ref
		);
		expect(untitled.length).toBeGreaterThan(3);
		const html = render(SourceList, { props: { sources: untitled } }).body;
		for (const source of untitled)
			expect(text(html)).toContain(`${source.publication} (${source.note})`);
	});
});
