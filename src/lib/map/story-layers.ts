import type {
	CircleLayerSpecification,
	ExpressionSpecification,
	LayerSpecification,
	LineLayerSpecification,
	SymbolLayerSpecification
} from 'maplibre-gl';
import type { Evidence } from '../story/schema.ts';
import { EVIDENCE_LEVELS } from '../story/vocab.ts';
import { EVIDENCE_DASH, PLACE_COLOURS, ROUTE_PALETTES, type Scheme } from '../style/story-marks.ts';

/** Source ids of the story data (the GeoJSON published at /data/*.geojson). */
export const PLACES_SOURCE = 'places';
export const ROUTES_SOURCE = 'routes';

/** The global-state key holding the selected feature's id. */
export const SELECTED_STATE = 'selected';
/** The global-state key holding the id of the route whose voyage is playing. */
export const VOYAGE_STATE = 'voyage';
/** The global-state key listing the ids switched off (layer toggles, period filter). */
export const HIDDEN_STATE = 'hidden';
/** The global-state key listing the places named at every zoom: the selection, or its stops. */
export const NAMED_STATE = 'named';

export const FONT = 'Noto Sans Regular';

const isSelected: ExpressionSpecification = ['==', ['get', 'id'], ['global-state', SELECTED_STATE]];
const nothingSelected: ExpressionSpecification = ['==', ['global-state', SELECTED_STATE], ''];
const hovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];
const shown: ExpressionSpecification = [
	'!',
	['in', ['get', 'id'], ['array', 'string', ['global-state', HIDDEN_STATE]]]
];

/** The colour of the route whose id is `routeId`, in the palette for the basemap's scheme. */
function routeColourOf(routeId: ExpressionSpecification, scheme: Scheme): ExpressionSpecification {
	const { colours, fallback } = ROUTE_PALETTES[scheme];
	return [
		'match',
		routeId,
		...Object.entries(colours).flat(),
		fallback
	] as unknown as ExpressionSpecification;
}

function routeLineLayer(evidence: Evidence, scheme: Scheme): LineLayerSpecification {
	const dash = EVIDENCE_DASH[evidence];
	return {
		id: ROUTE_LINE_LAYERS[EVIDENCE_LEVELS.indexOf(evidence)],
		type: 'line',
		source: ROUTES_SOURCE,
		filter: ['all', ['==', ['get', 'evidence'], evidence], shown],
		layout: { 'line-cap': dash ? 'butt' : 'round', 'line-join': 'round' },
		paint: {
			'line-color': routeColourOf(['get', 'id'], scheme),
			'line-width': [
				'interpolate',
				['linear'],
				['zoom'],
				1,
				['case', isSelected, 4, hovered, 3.5, 2.2],
				6,
				['case', isSelected, 6, hovered, 5, 3.2]
			],
			// While a voyage plays, its own line shows what lies ahead: faint under the sailed part.
			'line-opacity': [
				'case',
				['==', ['get', 'id'], ['global-state', VOYAGE_STATE]],
				0.4,
				['any', nothingSelected, isSelected, hovered],
				1,
				0.45
			],
			...(dash ? { 'line-dasharray': ['literal', dash] } : {})
		}
	} as LineLayerSpecification;
}

/**
 * A white casing under the selected route, so it stands out from the others (a hovered route
 * widens instead). Filtered to the selection, the casing is laid out for one route, not for all.
 */
const routeHalo: LineLayerSpecification = {
	id: 'story-route-halo',
	type: 'line',
	source: ROUTES_SOURCE,
	filter: ['all', shown, isSelected],
	layout: { 'line-cap': 'round', 'line-join': 'round' },
	paint: {
		'line-color': '#ffffff',
		'line-width': 10,
		'line-opacity': 0.85,
		'line-blur': 1
	}
};

/** The layers a click or hover looks for, with a tolerance (see hit-test.ts), places first. */
export const PLACE_DOT_LAYER = 'story-place';
export const ROUTE_LINE_LAYERS = EVIDENCE_LEVELS.map((evidence) => `story-route-${evidence}`);

const isArticlePlace: ExpressionSpecification = ['==', ['get', 'role'], 'article'];

/** Dot radius and white stroke in pixels: a selected place, an article's place, a stop. */
const DOTS = {
	selected: { radius: 9, stroke: 3 },
	article: { radius: 6, stroke: 1.5 },
	stop: { radius: 4, stroke: 1.5 }
};
const dotDiameter = ({ radius, stroke }: { radius: number; stroke: number }) =>
	2 * (radius + stroke);

const placeDots: CircleLayerSpecification = {
	id: PLACE_DOT_LAYER,
	type: 'circle',
	source: PLACES_SOURCE,
	filter: shown,
	layout: { 'circle-sort-key': ['case', isArticlePlace, 2, 1] },
	paint: {
		'circle-color': ['case', isArticlePlace, PLACE_COLOURS.article, PLACE_COLOURS.stop],
		// A hovered place is ringed in HTML over the map (create-map.ts), not restyled here.
		'circle-radius': [
			'case',
			isSelected,
			DOTS.selected.radius,
			isArticlePlace,
			DOTS.article.radius,
			DOTS.stop.radius
		],
		'circle-stroke-color': PLACE_COLOURS.stroke,
		'circle-stroke-width': [
			'case',
			isSelected,
			DOTS.selected.stroke,
			isArticlePlace,
			DOTS.article.stroke,
			DOTS.stop.stroke
		]
	}
};

/**
 * Below this zoom only the article's own places are labelled, and the places the selection names
 * (a selected stop, or a selected route's stops); the other voyage stops join from here (the zoom
 * the voyage player follows the ship at, and below the zoom a selected place is shown at). Keeps
 * the world view readable and the label work bounded when a story has many places.
 */
export const STOP_LABEL_MINZOOM = 3;

/** The size in pixels of an article place's label, and its distance from the dot in ems. */
export const ARTICLE_LABEL_SIZE = 14;
export const LABEL_OFFSET_EM = 0.8;
/**
 * A selected place's label starts this many pixels out: past its 12 px dot and the hover ring
 * round it (15 px and its shadow). In ems of each label's own size, as MapLibre takes it.
 */
const SELECTED_LABEL_OFFSET_PX = 19;
const STOP_LABEL_SIZE = 12;
/**
 * The size in pixels of a place's label by its role, as `text-size` below draws it: for the
 * views that make room for the labels.
 */
export const labelSize = (role: string | undefined) =>
	role === 'article' ? ARTICLE_LABEL_SIZE : STOP_LABEL_SIZE;

/** A symbol layer over the places of one role that are shown, from `minzoom` if given. */
function placeSymbols(
	id: string,
	role: ExpressionSpecification,
	minzoom: number | undefined,
	style: Pick<SymbolLayerSpecification, 'layout' | 'paint'>
): SymbolLayerSpecification {
	return {
		id,
		type: 'symbol',
		source: PLACES_SOURCE,
		...(minzoom === undefined ? {} : { minzoom }),
		filter: ['all', role, shown],
		...style
	};
}

function placeLabels(id: string, role: ExpressionSpecification, minzoom?: number) {
	return placeSymbols(id, role, minzoom, {
		layout: {
			'text-field': ['get', 'name'],
			'text-font': [FONT],
			'text-size': ['case', isArticlePlace, ARTICLE_LABEL_SIZE, STOP_LABEL_SIZE],
			// Eight places round the dot, and no padding past the halo: in a cluster of dots (which
			// labels keep off: see dotSpaces) a label still finds room between them.
			'text-variable-anchor': [
				'left',
				'right',
				'top',
				'bottom',
				'bottom-left',
				'bottom-right',
				'top-left',
				'top-right'
			],
			// Clear of a selected dot's larger circle and of the ring drawn round it.
			'text-radial-offset': [
				'case',
				isSelected,
				[
					'case',
					isArticlePlace,
					SELECTED_LABEL_OFFSET_PX / ARTICLE_LABEL_SIZE,
					SELECTED_LABEL_OFFSET_PX / STOP_LABEL_SIZE
				],
				LABEL_OFFSET_EM
			],
			'text-justify': 'auto',
			'text-padding': 0,
			'text-optional': true,
			// The most crowded places choose their side first (see label-order).
			'symbol-sort-key': ['number', ['get', 'labelOrder'], 0]
		},
		paint: {
			'text-color': PLACE_COLOURS.label,
			'text-halo-color': PLACE_COLOURS.labelHalo,
			'text-halo-width': 1.6
		}
	});
}

const isNamed: ExpressionSpecification = [
	'in',
	['get', 'id'],
	['array', 'string', ['global-state', NAMED_STATE]]
];
// An upper layer places its labels first: the article's places win a collision, then the
// places the selection names.
const stopLabels = placeLabels(
	'story-place-label-stop',
	['all', ['!', isArticlePlace], ['!', isNamed]],
	STOP_LABEL_MINZOOM
);
const namedStopLabels = placeLabels('story-place-label-named', [
	'all',
	['!', isArticlePlace],
	isNamed
]);
const articleLabels = placeLabels('story-place-label', isArticlePlace);

/** The image a dot's space is made of: one transparent pixel, added by the map when asked for. */
export const DOT_SPACE_IMAGE = 'story-dot-space';

/**
 * Labels are placed around symbols only, and the dots are circles: an invisible square over each
 * dot, as wide as the dot, keeps every label (the story's and the basemap's) off it. Last in the
 * style, so placed before any label. A stop's from the zoom stops are labelled: on the world map
 * the small stop dots stay free to be covered, and a story with thousands of them does not pay
 * for a square each.
 */
function dotSpaces(id: string, role: ExpressionSpecification, minzoom?: number) {
	return placeSymbols(id, role, minzoom, {
		layout: {
			'icon-image': DOT_SPACE_IMAGE,
			// The dot's diameter with its stroke, in pixels of the one-pixel image.
			'icon-size': [
				'case',
				isSelected,
				dotDiameter(DOTS.selected),
				isArticlePlace,
				dotDiameter(DOTS.article),
				dotDiameter(DOTS.stop)
			],
			'icon-padding': 0,
			'icon-allow-overlap': true
		},
		paint: { 'icon-opacity': 0 }
	});
}
export const DOT_SPACE_LAYERS = ['story-place-space-stop', 'story-place-space'];
const stopSpaces = dotSpaces(DOT_SPACE_LAYERS[0], ['!', isArticlePlace], STOP_LABEL_MINZOOM);
const articleSpaces = dotSpaces(DOT_SPACE_LAYERS[1], isArticlePlace);

/** The voyage player's sailed line: what lies ahead stays the route's own thinner line. */
export const VOYAGE_SOURCE = 'voyage';
const voyageSailedCasing: LineLayerSpecification = {
	id: 'story-voyage-sailed-casing',
	type: 'line',
	source: VOYAGE_SOURCE,
	layout: { 'line-cap': 'round', 'line-join': 'round' },
	paint: { 'line-color': '#ffffff', 'line-width': 9, 'line-opacity': 0.9 }
};
/** The voyage source's lines carry their route's id as `route`. */
const voyageSailed = (scheme: Scheme): LineLayerSpecification => ({
	id: 'story-voyage-sailed',
	type: 'line',
	source: VOYAGE_SOURCE,
	layout: { 'line-cap': 'round', 'line-join': 'round' },
	paint: { 'line-color': routeColourOf(['get', 'route'], scheme), 'line-width': 5.5 }
});

/** Story layers in drawing order, above a basemap of the given scheme. */
export function storyLayers(scheme: Scheme = 'light'): LayerSpecification[] {
	return [
		routeHalo,
		...EVIDENCE_LEVELS.map((evidence) => routeLineLayer(evidence, scheme)),
		voyageSailedCasing,
		voyageSailed(scheme),
		placeDots,
		stopLabels,
		namedStopLabels,
		articleLabels,
		stopSpaces,
		articleSpaces
	];
}
