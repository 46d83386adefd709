import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { ONLINE_PORT, PORT } from './tests/e2e/servers';

/**
 * Runs the browser tests in Debian's Chromium unless CHROMIUM_PATH points at another build (for
 * example Playwright's own, where it can be downloaded). SwiftShader gives WebGL without a GPU.
 * Debian's headless shell comes first: it is the build Playwright itself runs headless, and without
 * the full browser's own pages and UI it leaves two cores about a quarter more time for the tests.
 */
const executablePath =
	process.env.CHROMIUM_PATH ??
	['/usr/bin/chromium-headless-shell', '/usr/bin/chromium'].find((path) => existsSync(path)) ??
	'/usr/bin/chromium';

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: 2,
	retries: 0,
	timeout: 45_000,
	expect: { timeout: 15_000 },
	reporter: [['list']],
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		viewport: { width: 1280, height: 800 },
		launchOptions: {
			executablePath,
			args: [
				'--use-angle=swiftshader',
				'--enable-unsafe-swiftshader',
				'--disable-background-networking',
				'--disable-component-update',
				'--no-first-run',
				// Chromium 156 loads its omnibox popup (a web page of its own) for every new window:
				// on two cores, that work competes with the page under test and the benchmark.
				'--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup',
				// The page composited in software (the map is still drawn by WebGL in SwiftShader): on
				// two cores, the tests take some 8% less time.
				'--disable-gpu-compositing'
			]
		}
	},
	webServer: [
		{
			command: `npx tsx scripts/serve.ts`,
			env: { PORT: String(PORT) },
			url: `http://127.0.0.1:${PORT}/`,
			reuseExistingServer: !process.env.CI
		},
		// The build with an online basemap, for its own tests (npm test makes it first).
		...(existsSync('build-online/404.html')
			? [
					{
						command: `npx tsx scripts/serve.ts`,
						env: { PORT: String(ONLINE_PORT), DIR: 'build-online' },
						url: `http://127.0.0.1:${ONLINE_PORT}/`,
						reuseExistingServer: !process.env.CI
					}
				]
			: [])
	]
});
