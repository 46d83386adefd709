import type { Handle } from '@sveltejs/kit';
import { env } from '$env/dynamic/public';
import { linkPreviewHead } from '$lib/share/link-preview.server';
import { siteUrl } from '$lib/share/meta';

/**
 * Kit links from each page's HTML the stylesheets of the code the page may import later, so they
 * apply before that code runs. A stylesheet linked from the HTML holds back the first paint, and
 * MapLibre's (71 kB, 10 kB gzip) is for nothing drawn before the map: on a throttled slow 4G
 * connection the article painted at 0.8 s with it and 0.46 s without. Vite's loader links it when
 * the map's code is imported and waits for it before that code runs, so the map is made with it.
 */
const MAPLIBRE_STYLESHEET = /<link href="[^"]*\/maplibre-gl\.[\w-]+\.css" rel="stylesheet">/g;

export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) =>
			html
				.replace(MAPLIBRE_STYLESHEET, '')
				.replace(
					'</head>',
					() =>
						`${linkPreviewHead(event.route.id, event.params, siteUrl(env.PUBLIC_SITE_URL))}</head>`
				)
	});
