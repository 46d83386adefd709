import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { BASEMAP_LABEL_LAYER_ID } from '../../src/lib/map/basemap-style.ts';
import { withStory } from '../../src/lib/map/compose-style.ts';
import { DOT_SPACE_IMAGE } from '../../src/lib/map/story-layers.ts';
import {
	resolveAgainst,
	withFontUrlsResolved,
	withRelativeUrlsResolved
} from '../../src/lib/map/style-urls.ts';

export const PLACES_PLACEHOLDER = '@bench-places';
export const ROUTES_PLACEHOLDER = '@bench-routes';

/**
 * What the app adds to the basemap (sources, global state, layers under and over the country
 * names), taken from the app's own `withStory` applied to a stand-in basemap, so the floor draws
 * exactly the app's story layers and follows any change to them.
 */
export function storyOverlay() {
	const stub: StyleSpecification = {
		version: 8,
		sources: {},
		layers: [{ id: BASEMAP_LABEL_LAYER_ID, type: 'background' }]
	};
	const composed = withStory(stub, {
		placesUrl: PLACES_PLACEHOLDER,
		routesUrl: ROUTES_PLACEHOLDER
	});
	const at = composed.layers.findIndex((l) => l.id === BASEMAP_LABEL_LAYER_ID);
	return {
		state: composed.state ?? {},
		sources: composed.sources,
		under: composed.layers.slice(0, at) as LayerSpecification[],
		over: composed.layers.slice(at + 1) as LayerSpecification[]
	};
}

/**
 * The floor's module script: MapLibre alone (served from node_modules under /bench/lib/), loading
 * the same /map/style.json through `transformStyle` with the app's own relative-URL resolution,
 * adding the same story sources and layers, and marking `map:idle` at the same moment as the app:
 * the first idle with both story sources loaded. `container` is code that declares `container`,
 * the element to draw the map in.
 *
 * Query: places, routes (data URLs), lng, lat, zoom.
 */
function floorScript(container: string): string {
	const overlay = JSON.stringify(storyOverlay());
	// The app's own functions, as compiled for Node (tsx names closures through __name).
	const urlCode = `const __name = (f) => f;\n${resolveAgainst.toString()}\n${withFontUrlsResolved.toString()}\n${withRelativeUrlsResolved.toString()}`;
	return `import { Map as MapLibreMap, setWorkerUrl } from '/bench/lib/maplibre-gl.mjs';
${urlCode}
const OVERLAY = ${overlay};
const q = new URLSearchParams(location.search);
const abs = (path) => new URL(path, location.href).href;
const styleUrl = abs('/map/style.json');
const data = {
	${JSON.stringify(PLACES_PLACEHOLDER)}: abs(q.get('places') ?? '/data/places.geojson'),
	${JSON.stringify(ROUTES_PLACEHOLDER)}: abs(q.get('routes') ?? '/data/routes.geojson')
};
${container}
setWorkerUrl(abs('/bench/lib/maplibre-gl-worker.mjs'));

function withOverlay(basemap) {
	const sources = { ...basemap.sources };
	for (const [id, source] of Object.entries(OVERLAY.sources)) {
		sources[id] = typeof source.data === 'string' && source.data in data
			? { ...source, data: data[source.data] }
			: source;
	}
	const at = basemap.layers.findIndex((l) => l.id === ${JSON.stringify(BASEMAP_LABEL_LAYER_ID)});
	const split = at < 0 ? basemap.layers.length : at;
	return {
		...basemap,
		state: { ...basemap.state, ...OVERLAY.state },
		sources,
		layers: [
			...basemap.layers.slice(0, split),
			...OVERLAY.under,
			...basemap.layers.slice(split),
			...OVERLAY.over
		]
	};
}

const map = new MapLibreMap({
	container,
	style: styleUrl,
	center: [Number(q.get('lng') ?? -30), Number(q.get('lat') ?? 12)],
	zoom: Number(q.get('zoom') ?? 1.6),
	maxZoom: 12,
	attributionControl: { compact: true },
	transformStyle: (_previous, next) => withOverlay(withRelativeUrlsResolved(next, styleUrl))
});
// The app's invisible squares that keep labels off the dots (see story-layers), made the same way.
map.setMissingStyleImageResolver((id) => {
	if (id === ${JSON.stringify(DOT_SPACE_IMAGE)}) map.addImage(id, { width: 1, height: 1, data: new Uint8Array(4) });
});
window.__map = map;
const storyIds = Object.keys(OVERLAY.sources).filter((id) => typeof OVERLAY.sources[id].data === 'string');
const onIdle = () => {
	if (!storyIds.every((id) => map.getSource(id) && map.isSourceLoaded(id))) return;
	map.off('idle', onIdle);
	performance.mark('map:idle');
};
map.on('idle', onIdle);
map.on('error', (e) => console.error('map error', e.error?.message));
`;
}

/**
 * The floor: a bare page with nothing but the floor's script, its map sized by the query's w and
 * h (in CSS pixels) to the app's: the least any app could do.
 */
export function floorPage(): string {
	const container = `const container = document.getElementById('map');
container.style.width = (q.get('w') ?? '864') + 'px';
container.style.height = (q.get('h') ?? '760') + 'px';`;
	return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Floor: bare MapLibre</title>
<link rel="stylesheet" href="/bench/lib/maplibre-gl.css">
<style>html, body { margin: 0; } #map { position: relative; }</style>
</head>
<body>
<div id="map"></div>
<script type="module">
${floorScript(container)}</script>
</body>
</html>
`;
}

/** The page's map element, where the app makes its map. */
export const PAGE_FLOOR_SCRIPT = floorScript(
	"const container = document.querySelector('[data-story-map] .map');"
);

/**
 * The app's prerendered page with the floor's script in place of all of the app's own (inline or
 * preloaded): what the page costs MapLibre, its HTML and styles only, with none of the app's code.
 * The script is a file of its own, which the page's Content-Security-Policy lets in.
 */
export function pageFloorHtml(index: string): string {
	const bare = index
		.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
		.replace(/<link [^>]*rel="modulepreload"[^>]*>/g, '');
	return bare.replace(
		'</head>',
		'<link rel="stylesheet" href="/bench/lib/maplibre-gl.css">' +
			'<script type="module" src="/bench/page-floor.js"></script></head>'
	);
}
