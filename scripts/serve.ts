import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import sirv from 'sirv';

/**
 * Serves build/ the way a plain static host does: files by path, `.html` implied, and 404.html
 * with status 404 for anything else. Used by the browser tests and the benchmark. Each file is
 * looked up when it is asked for (sirv's `dev`), not listed once at start-up: a rebuild while it
 * runs is served as it is, where a list made at start-up gave 404 for the new files and crashed
 * the server on a removed one (its read stream failed after the headers were sent).
 */
export function serveBuild(port: number, dir = 'build') {
	const root = resolve(dir);
	const notFound = readFileSync(resolve(root, '404.html'));
	const files = sirv(root, { extensions: ['html'], gzip: false, etag: true, dev: true });
	const server = createServer((req, res) => {
		try {
			files(req, res, () => {
				res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
				res.end(notFound);
			});
		} catch {
			// Removed between its lookup and its stat: answered 404 rather than crashing.
			if (!res.headersSent) res.writeHead(404);
			res.end();
		}
	});
	return new Promise<typeof server>((done) => server.listen(port, '127.0.0.1', () => done(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const port = Number(process.env.PORT ?? 4173);
	const dir = process.env.DIR ?? 'build';
	await serveBuild(port, dir);
	console.log(`Serving ${dir}/ at http://127.0.0.1:${port}`);
}
