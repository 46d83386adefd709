import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { serveBuild } from '../serve.ts';
import { floorPage, PAGE_FLOOR_SCRIPT, pageFloorHtml } from './floor-page.ts';
import { syntheticPlaces, syntheticRoutes } from './synthetic.ts';

const MAPLIBRE_DIST = 'node_modules/maplibre-gl/dist';
const LIB_FILES: Record<string, string> = {
	'maplibre-gl.mjs': 'text/javascript; charset=utf-8',
	'maplibre-gl-worker.mjs': 'text/javascript; charset=utf-8',
	'maplibre-gl.css': 'text/css; charset=utf-8'
};

/** The bench's own pages and data, served from memory; nothing of it goes into `dir`. */
function benchFiles(dir: string): Map<string, { type: string; body: Buffer }> {
	const files = new Map<string, { type: string; body: Buffer }>();
	const html = 'text/html; charset=utf-8';
	files.set('/bench/floor.html', { type: html, body: Buffer.from(floorPage()) });
	files.set('/bench/page-floor.html', {
		type: html,
		body: Buffer.from(pageFloorHtml(readFileSync(join(dir, 'index.html'), 'utf8')))
	});
	files.set('/bench/page-floor.js', {
		type: 'text/javascript; charset=utf-8',
		body: Buffer.from(PAGE_FLOOR_SCRIPT)
	});
	for (const [name, type] of Object.entries(LIB_FILES)) {
		files.set(`/bench/lib/${name}`, { type, body: readFileSync(join(MAPLIBRE_DIST, name)) });
	}
	const geojson = 'application/geo+json';
	files.set('/bench/places-10k.geojson', {
		type: geojson,
		body: Buffer.from(JSON.stringify(syntheticPlaces(10_000)))
	});
	files.set('/bench/routes-1k.geojson', {
		type: geojson,
		body: Buffer.from(JSON.stringify(syntheticRoutes(1_000)))
	});
	return files;
}

/**
 * A build (build/ or a copy of it) served by scripts/serve.ts exactly as the tests see it, on a
 * free loopback port, with /bench/* answered from memory in front of it.
 */
export async function startBenchServer(dir = 'build') {
	const files = benchFiles(dir);
	const server = await serveBuild(0, dir);
	const [site] = server.listeners('request') as ((
		req: IncomingMessage,
		res: ServerResponse
	) => void)[];
	server.removeAllListeners('request');
	server.on('request', (req: IncomingMessage, res: ServerResponse) => {
		const path = (req.url ?? '/').split('?')[0];
		const file = files.get(path);
		if (!file) return site(req, res);
		res.writeHead(200, { 'content-type': file.type, 'content-length': file.body.length });
		res.end(file.body);
	});
	const { port } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${port}`,
		syntheticSizes: {
			places: files.get('/bench/places-10k.geojson')!.body.length,
			routes: files.get('/bench/routes-1k.geojson')!.body.length
		},
		close: () =>
			new Promise<void>((done) => {
				server.close(() => done());
				server.closeAllConnections();
			})
	};
}
