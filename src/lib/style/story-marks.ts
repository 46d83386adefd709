import type { Evidence } from '../story/schema.ts';

/**
 * How the story's places and routes are marked wherever they are drawn: on the map, in the
 * legend and the panels, and in the share images. One module, so they always look alike.
 */

/** Line pattern per evidence level, in multiples of the line width; also drawn by the legend. */
export const EVIDENCE_DASH: Record<Evidence, number[] | null> = {
	documented: null,
	reported: [3, 1.5],
	disputed: [1.2, 1.2],
	inferred: [3, 1.5, 0.6, 1.5],
	announced: [0.6, 1.8]
};

export const EVIDENCE_LABEL: Record<Evidence, string> = {
	documented: 'Documented: port records, navies, imagery',
	reported: 'Reported by news outlets',
	disputed: 'Disputed: sources disagree',
	inferred: 'Inferred: no source gives it; our reading',
	announced: 'Announced or claimed, not carried out'
};

/** Each route keeps one colour; its evidence sets the pattern. */
export const ROUTE_COLOURS: Record<string, string> = {
	'flotilla-voyage': '#0b5394',
	'flotilla-panama-claim': '#0b5394',
	'foreign-minister-tour': '#b4380c',
	'soleimani-2019': '#7a2ea8',
	'fuel-tankers-2020': '#7c4a12',
	'iran-brazil-shipping': '#12733a'
};
export const ROUTE_FALLBACK_COLOUR = '#444444';

/** Whether a basemap is light or dark: the map draws the routes in colours made for it. */
export type Scheme = 'light' | 'dark';

/**
 * The routes' colours on each scheme's basemap. The colours above, made for a light map, fall
 * under 2:1 against a dark one's land; on it, each route has a lighter tint of its own hue.
 */
export const ROUTE_PALETTES: Record<Scheme, { colours: Record<string, string>; fallback: string }> =
	{
		light: { colours: ROUTE_COLOURS, fallback: ROUTE_FALLBACK_COLOUR },
		dark: {
			colours: {
				'flotilla-voyage': '#5b9bd5',
				'flotilla-panama-claim': '#5b9bd5',
				'foreign-minister-tour': '#e8743b',
				'soleimani-2019': '#a97ddb',
				'fuel-tankers-2020': '#c08a4a',
				'iran-brazil-shipping': '#35b068'
			},
			fallback: '#aaaaaa'
		}
	};

/** A route's colour on a scheme's background (the map's, or the page's: the same two). */
export function routeColour(id: string, scheme: Scheme = 'light'): string {
	const { colours, fallback } = ROUTE_PALETTES[scheme];
	return colours[id] ?? fallback;
}

export const PLACE_COLOURS = {
	article: '#b3123a',
	stop: '#3b3f46',
	stroke: '#ffffff',
	label: '#1d1f23',
	labelHalo: 'rgba(255,255,255,0.92)'
};
