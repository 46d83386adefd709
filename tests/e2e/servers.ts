import { existsSync } from 'node:fs';

/**
 * Where the browser tests find the two builds: the default one, and one built with an online
 * basemap configured (`npm run build:online-fixture`), whose stand-in host the tests answer for.
 */
export const PORT = Number(process.env.E2E_PORT ?? 4321);
export const ONLINE_PORT = PORT + 1;
export const ONLINE_BUILD_URL = `http://127.0.0.1:${ONLINE_PORT}`;
/** Must match PUBLIC_BASEMAP_STYLE in package.json's build:online-fixture. */
export const ONLINE_BASEMAP_ORIGIN = 'https://basemap.example';

/** The online build's tests fail with this, not a refused connection, when it was not made. */
export function requireOnlineBuild() {
	if (!existsSync('build-online/404.html')) {
		throw new Error('build-online/ is missing: run `npm run build:online-fixture` (npm test does)');
	}
}
