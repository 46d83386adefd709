import { existsSync } from 'node:fs';

/** Flags for every Chromium run here. SwiftShader gives WebGL without a GPU. */
export const CHROMIUM_ARGS = [
	'--use-angle=swiftshader',
	'--enable-unsafe-swiftshader',
	'--disable-background-networking',
	'--disable-component-update',
	'--no-first-run',
	// Chromium 156 loads its omnibox popup (a web page of its own) for every new window: on two
	// cores, that work competes with the page under test and the benchmark.
	'--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup'
];

/**
 * The full browser, as a reader runs it (page composited on the "GPU", here SwiftShader): what the
 * benchmark measures. CHROMIUM_PATH points at another build, for example Playwright's own.
 */
export const FULL_CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * What the browser tests run. Debian's headless shell comes first: it is the build Playwright
 * itself runs headless, and without the full browser's own pages and UI, and with the page
 * composited in software (the map is still drawn by WebGL in SwiftShader), the tests take about
 * a third less time on two cores.
 */
export const TEST_CHROMIUM = {
	executablePath:
		process.env.CHROMIUM_PATH ??
		['/usr/bin/chromium-headless-shell', FULL_CHROMIUM].find((path) => existsSync(path)) ??
		FULL_CHROMIUM,
	args: [...CHROMIUM_ARGS, '--disable-gpu-compositing']
};
