import { describe, expect, it } from 'vitest';
import { getStory } from '../../src/lib/story/story.server';
import { panelViews, placeView, routeView, viewById } from '../../src/lib/story/views';

describe('the panels’ views (/data/views.json and one file per place or route)', () => {
	const story = getStory();
	const views = panelViews(story);

	it('hold every place and route, exactly as their own pages built them before', () => {
		expect(Object.keys(views.places).sort()).toEqual(story.places.map((p) => p.id).sort());
		expect(Object.keys(views.routes).sort()).toEqual(story.routes.map((r) => r.id).sort());
		for (const p of story.places) expect(views.places[p.id]).toEqual(placeView(story, p.id));
		for (const r of story.routes) expect(views.routes[r.id]).toEqual(routeView(story, r.id));
	});

	it('find a view by its id only, never something every object has', () => {
		expect(viewById(views.places, 'managua')?.name).toBe('Managua');
		for (const id of ['constructor', '__proto__', 'toString', 'hasOwnProperty', '']) {
			expect(viewById(views.places, id), id).toBeUndefined();
			expect(viewById(views.routes, id), id).toBeUndefined();
		}
		expect(viewById(undefined, 'managua')).toBeUndefined();
	});

	it('quote at a stop only what the article says of that stop, pointing elsewhere for the rest', () => {
		const tour = routeView(story, 'foreign-minister-tour')!;
		const stop = (id: string) => tour.stops.find((s) => s.id === id)!;
		// Managua's passage is about the minister's visit; Tehran's and Caracas's passages are not.
		expect(stop('managua').passages.map((p) => p.paragraph)).toEqual([2]);
		expect(stop('tehran').passages).toEqual([]);
		expect(stop('tehran').quotedElsewhere).toBe('tehran');
		expect(stop('caracas').passages).toEqual([]);
		expect(stop('caracas').quotedElsewhere).toBe('caracas');
		// Nouakchott is not in the article at all: nothing to point to.
		expect(stop('nouakchott').quotedElsewhere).toBeUndefined();
		const shipping = routeView(story, 'iran-brazil-shipping')!;
		expect(shipping.stops[0].passages[0].text).toContain('Tehran and Brasilia');
	});

	it('name the article’s other words for a place, so a country’s link says where it went', () => {
		expect(placeView(story, 'managua')!.aliases).toEqual(['Nicaragua']);
		expect(placeView(story, 'havana')!.aliases).toEqual(['Cuba']);
		// The article's spelling without the accent is the name, not another word for it.
		expect(placeView(story, 'brasilia')!.aliases).toEqual(['Brazil']);
		expect(placeView(story, 'tehran')!.aliases).toEqual([]);
	});
});
