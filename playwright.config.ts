import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { TEST_CHROMIUM } from './tests/e2e/browser';
import { ONLINE_PORT, PORT } from './tests/e2e/servers';

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
		launchOptions: TEST_CHROMIUM
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
