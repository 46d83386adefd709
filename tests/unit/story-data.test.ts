import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getStory } from '../../src/lib/story/story.server';
import { publishedPlaces, publishedRoutes } from '../../src/lib/story/publish';

const story = getStory();

describe('the story data in geo/', () => {
	it('passes every rule', () => {
		expect(story.places.length).toBeGreaterThanOrEqual(12);
		expect(story.routes.length).toBe(6);
	});

	it('keeps the article exactly as published', () => {
		const shared = '../shared/article.txt';
		if (existsSync(shared)) {
			expect(readFileSync('geo/article.txt', 'utf8')).toBe(readFileSync(shared, 'utf8'));
		}
		expect(story.article.title).toBe(
			'Iran, Nicaragua discussed ways to counter US influence in Latin America: Pentagon leaks'
		);
		expect(story.article.paragraphs).toHaveLength(13);
	});

	it('has the places the map brief names, with the ids links use', () => {
		const ids = story.places.map((p) => p.id);
		for (const id of [
			'tehran',
			'managua',
			'havana',
			'caracas',
			'rio-de-janeiro',
			'panama-canal',
			'brasilia',
			'bandar-abbas',
			'cape-town',
			'mumbai',
			'jakarta',
			'salalah',
			'nouakchott'
		]) {
			expect(ids).toContain(id);
		}
	});

	it('links every paragraph that names a story place to at least one feature', () => {
		const linked = new Set<number>();
		for (const f of [...story.places, ...story.routes]) {
			for (const p of f.properties.passages) linked.add(p.paragraph);
		}
		for (const r of story.routes) {
			for (const s of r.properties.stops) for (const p of s.passages ?? []) linked.add(p.paragraph);
		}
		const unlinked = story.article.paragraphs
			.map((text, i) => ({ paragraph: i + 1, text }))
			.filter(({ paragraph, text }) => {
				const names = story.places
					.flatMap((p) => p.properties.mentions)
					.filter((m) => text.includes(m));
				return names.length > 0 && !linked.has(paragraph);
			})
			.map(({ paragraph, text }) => `paragraph ${paragraph}: ${text.slice(0, 60)}…`);
		expect(unlinked, 'paragraphs naming a place but linked to nothing').toEqual([]);
	});

	it('cites only sources that exist, and never a source URL that is not https', () => {
		for (const s of Object.values(story.sources)) {
			if (s.url) expect(s.url).toMatch(/^https:\/\//);
			else expect(s.note, `${s.id} has no URL and must say so`).toBeTruthy();
		}
	});

	it('publishes the same data, with provenance, as RFC 7946 GeoJSON', () => {
		const places = publishedPlaces(story);
		const routes = publishedRoutes(story);
		expect(places.features.map((f) => f.id)).toEqual(story.places.map((p) => p.id));
		const managua = places.features.find((f) => f.id === 'managua')!;
		expect(managua.properties.passages[2].text).toContain('Managua opposed');
		expect(managua.properties.context[0].sources[0].publication).toBeTruthy();
		// The map labels the article's most crowded places first: Panama, between Managua and
		// Caracas, before them; Tehran, alone in Iran, last.
		const article = places.features
			.filter((f) => f.properties.role === 'article')
			.sort((a, b) => a.properties.labelOrder - b.properties.labelOrder)
			.map((f) => f.id);
		expect(article.slice(0, 2)).toEqual(['panama-canal', 'managua']);
		expect(article.at(-1)).toBe('tehran');
		const orders = places.features.map((f) => f.properties.labelOrder);
		expect(new Set(orders).size).toBe(orders.length);
		for (const f of routes.features) {
			const parts =
				f.geometry.type === 'LineString' ? [f.geometry.coordinates] : f.geometry.coordinates;
			for (const part of parts) {
				for (const [lon, lat] of part) {
					expect(Math.abs(lon)).toBeLessThanOrEqual(180);
					expect(Math.abs(lat)).toBeLessThanOrEqual(90);
				}
				for (let i = 1; i < part.length; i++) {
					expect(
						Math.abs(part[i][0] - part[i - 1][0]),
						`${f.id} jumps across the world`
					).toBeLessThan(180);
				}
			}
		}
	});
});
