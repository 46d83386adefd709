import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { TEST_CHROMIUM } from './tests/e2e/browser';
import { ONLINE_PORT, PORT } from './tests/e2e/servers';

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	// The tests are mostly the browser's CPU, but each also waits (for the network, a timer, a
	// frame): on two cores, three workers fill those waits; the suite took 6.4 min, against 7.7
	// with two and 6.4 with four.
	workers: 3,
	// On CI (`.ci/run` sets CI), a failed test runs once more: the run passes if the second attempt
	// does, and the report still lists the test as flaky. A test that fails twice fails the run.
	retries: process.env.CI ? 1 : 0,
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
