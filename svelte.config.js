import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { loadEnv } from 'vite';
import { onlineBasemap } from './src/lib/map/online-basemap.js';

// From the environment, .env or .env.production: the files a build reads, and that the layout
// reads through $env when the build prerenders it (a mode's own .env.<mode> is not read here).
const basemap = onlineBasemap(loadEnv('production', process.cwd(), 'PUBLIC_BASEMAP_'));
/** Only the online basemap, when one is configured, may be fetched from another origin. */
const basemapOrigins = /** @type {`${string}://${string}.${string}`[]} */ (basemap?.origins ?? []);
const buildDir = process.env.BUILD_DIR || 'build';
/** The path the site is served under, if not the host's root: e.g. /story-map on a project site. */
const basePath = process.env.BASE_PATH ?? '';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	// Svelte's version is not announced on `window`: nothing reads it, and every chunk would import it.
	// Every component in runes mode, including one that uses no rune (the legend): a single
	// legacy-mode component brings Svelte's legacy runtime (0.4 kB gzip) to every first visit.
	// Fragments built node by node: a panel's first showing parsed some twenty templates through
	// innerHTML, at about half a millisecond each, between the click and its text on screen.
	compilerOptions: { discloseVersion: false, runes: true, fragments: 'tree' },
	kit: {
		// The app's own stylesheets are small: inlined (and hashed into the CSP), they do not hold
		// back the first paint of the text or Kit's start-up script. MapLibre's 70 kB stays a file.
		inlineStyleThreshold: 16_000,
		// Asset and page URLs from the site's root, not relative to each page: relative ones broke
		// every script and stylesheet when a host answered /place/managua/ (trailing slash) with
		// /place/managua's page, as many static servers do. A site under a sub-path sets BASE_PATH.
		paths: { relative: false, base: /** @type {'' | `/${string}`} */ (basePath) },
		adapter: adapter({ pages: buildDir, assets: buildDir, fallback: '404.html', strict: true }),
		prerender: {
			handleHttpError: 'fail',
			handleMissingId: 'fail'
		},
		// A strict policy, emitted by Kit as a <meta http-equiv> tag in every prerendered page, with
		// the hash of Kit's inline start-up script added to script-src. The host must send
		// frame-ancestors itself: a <meta> policy cannot carry it (see README, Security).
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				// No 'unsafe-inline', no 'unsafe-eval': only our own files and Kit's hashed bootstrap.
				'script-src': ['self'],
				// <style> elements and stylesheets: our own files only (Kit adds the hash of any
				// inlined <style>); Svelte compiles component CSS to files.
				'style-src': ['self'],
				// Style *attributes* need 'unsafe-inline': app.html's `style="display: contents"`,
				// Kit's route announcer, and components that set custom properties or positions in
				// markup (style="--colour: …", style="left: …%") are rendered into prerendered HTML,
				// and hashes would need 'unsafe-hashes' plus one hash per value. An attribute cannot
				// hold selectors or run script, and img-src/font-src keep any url() on this origin.
				// MapLibre and Svelte's style: directives go through CSSOM, which CSP does not gate.
				'style-src-attr': ['unsafe-inline'],
				// MapLibre's worker is a same-origin module file (setWorkerUrl), not a blob:.
				'worker-src': ['self'],
				// maplibre-gl.css draws its control icons as data: SVGs; blob: for images MapLibre makes.
				'img-src': ['self', 'data:', 'blob:', ...basemapOrigins],
				// Tiles, style, GeoJSON and the label fonts are all fetched; MapLibre then hands the font
				// bytes to FontFace as an ArrayBuffer, which font-src does not gate (font-src still
				// covers any @font-face in our CSS).
				'connect-src': ['self', ...basemapOrigins],
				'font-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['none'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
