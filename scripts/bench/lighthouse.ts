import { createServer } from 'node:net';
import lighthouse from 'lighthouse';
import { launchBrowser } from './measure.ts';

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.on('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const { port } = probe.address() as { port: number };
			probe.close(() => resolve(port));
		});
	});
}

/**
 * Lighthouse 12's performance category for one URL, in the same Chromium (same executable and
 * flags, launched by Playwright with a DevTools port open for Lighthouse). Lighthouse's defaults
 * otherwise: mobile form factor and screen, simulated throttling (slow 4G, 4x CPU), which only
 * models a slower network and CPU from the trace and does not slow the real load down.
 */
export async function lighthouseScore(url: string) {
	const port = await freePort();
	const browser = await launchBrowser([`--remote-debugging-port=${port}`]);
	try {
		const result = await lighthouse(url, {
			port,
			output: 'json',
			logLevel: 'error',
			onlyCategories: ['performance']
		});
		const lhr = result?.lhr;
		const metric = (id: string) => lhr?.audits[id]?.numericValue ?? NaN;
		return {
			score: Math.round((lhr?.categories.performance?.score ?? NaN) * 100),
			fcp: metric('first-contentful-paint'),
			lcp: metric('largest-contentful-paint'),
			tbt: metric('total-blocking-time'),
			cls: metric('cumulative-layout-shift'),
			warnings: lhr?.runWarnings ?? []
		};
	} finally {
		await browser.close();
	}
}
