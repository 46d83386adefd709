/**
 * `npm run bench`: builds the site, serves build/ on loopback as a static host would, and measures
 * it in the tests' Chromium. Prints one table (median [min–max] of the measured runs, each after
 * one warm-up) with the targets, and writes everything to bench-results/latest.json.
 *
 * BENCH_RUNS (default 5) sets the measured runs; BENCH_SKIP_BUILD=1 reuses build/ as it is.
 */
import { spawnSync } from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { homeView } from '../src/lib/map/home-view.ts';
import { articleExtent } from '../src/lib/story/extent.ts';
import { getStory } from '../src/lib/story/story.server.ts';
import { FULL_CHROMIUM } from '../tests/e2e/browser.ts';
import { lighthouseScore } from './bench/lighthouse.ts';
import {
	clickToText,
	firstVisit,
	idleAndPan,
	launchBrowser,
	loadToIdle,
	playerScriptPerFrame,
	VIEWPORT
} from './bench/measure.ts';
import { startBenchServer } from './bench/server.ts';
import { fmt, kB, summarise, table, tick, type Summary } from './bench/stats.ts';

const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 5));
const started = Date.now();
const log = (message: string) =>
	console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}`);

const TARGETS = {
	floorRatio: 1.15,
	otherJsGzipBytes: 60_000,
	clickToTextMs: 100,
	scriptPerFrameMs: 4,
	scaleIdleRatio: 2
};

/** Every page's scripts, styles and preloads are in the copy: no other build got in between. */
function isWhole(dir: string): boolean {
	const pages = (readdirSync(dir, { recursive: true }) as string[]).filter((f) =>
		f.endsWith('.html')
	);
	if (!pages.includes('index.html')) return false;
	return pages.every((page) => {
		const html = readFileSync(join(dir, page), 'utf8');
		return [...html.matchAll(/_app\/immutable\/[\w./-]+/g)].every(([path]) =>
			existsSync(join(dir, path))
		);
	});
}

/**
 * Builds, then serves a private copy of build/: other builds in the same tree may rewrite build/
 * while the bench runs, and a clash fails a build strangely, so both are retried.
 */
function build(): string {
	mkdirSync('bench-results', { recursive: true });
	const site = mkdtempSync(join(tmpdir(), 'story-bench-site-'));
	for (let attempt = 1; attempt <= 3; attempt++) {
		if (process.env.BENCH_SKIP_BUILD) {
			log('build skipped (BENCH_SKIP_BUILD)');
		} else {
			log(`npm run build (attempt ${attempt}), log in bench-results/build.log`);
			const run = spawnSync('npm', ['run', 'build'], { encoding: 'utf8' });
			writeFileSync('bench-results/build.log', `${run.stdout}\n${run.stderr}`);
			if (run.status !== 0) continue;
		}
		rmSync(site, { recursive: true, force: true });
		cpSync('build', site, { recursive: true });
		if (isWhole(site)) return site;
		log('build/ changed while it was copied; building again');
	}
	const tail = readFileSync('bench-results/build.log', 'utf8').split('\n').slice(-30).join('\n');
	throw new Error(`no whole build after three attempts:\n${tail}`);
}

/** A pause for the browser to finish closing the last page's process and GPU memory. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 1500));

/**
 * The loads one after the other, starting from the `shift`-th (any integer, taken round the list:
 * a pair runs the other way round with an odd shift); the results in the loads' own order.
 */
async function inRotation<T extends unknown[]>(
	shift: number,
	...loads: { [K in keyof T]: () => Promise<T[K]> }
): Promise<T> {
	const out: unknown[] = [];
	for (let k = 0; k < loads.length; k++) {
		const at = (((k + shift) % loads.length) + loads.length) % loads.length;
		out[at] = await loads[at]();
	}
	return out as T;
}

/** Runs `measure` once as a warm-up, then RUNS times; `null` results mean "not applicable". */
async function repeat<T>(label: string, measure: (i: number) => Promise<T>): Promise<T[]> {
	log(`${label}: warm-up + ${RUNS} runs`);
	const first = await measure(-1);
	if (first === null) return [];
	const out: T[] = [];
	for (let i = 0; i < RUNS; i++) out.push(await measure(i));
	return out;
}

const site = build();
// Everything here is wall-clock time on a shared machine: note how busy it was. Only the load
// before says whether other work was running: the bench's own browser keeps two cores busy, so
// the one-minute load average is near 3 by the end of any run.
const load = { cpus: availableParallelism(), before: loadavg()[0], after: NaN };
const server = await startBenchServer(site);
const { origin } = server;
const browser = await launchBrowser();

try {
	// 1. Time to idle, in turn: the app's / and the floor with the story (which goes first changes
	// from run to run), then the floor with 10k places and 1k routes (both floors then panned for
	// 2 s), all in the same browser.
	let floorQuery = '';
	const app: { ms: number; created: number }[] = [];
	const story: { idle: number; created: number; frameMs: number }[] = [];
	const large: { idle: number; frameMs: number }[] = [];
	const loadApp = async () => {
		const a = await loadToIdle(browser, `${origin}/`);
		if (!floorQuery) {
			// Without a view in the link, the app opens on the article's places: so does the floor.
			const home = homeView(a.box, articleExtent(getStory()));
			const v = a.view ?? { zoom: home.zoom, lng: home.center[0], lat: home.center[1] };
			floorQuery = `w=${a.box.width}&h=${a.box.height}&lng=${v.lng}&lat=${v.lat}&zoom=${v.zoom}`;
		}
		return a;
	};
	const loadFloor = () => idleAndPan(browser, `${origin}/bench/floor.html?${floorQuery}`);
	await repeat(
		'time to map:idle: / and floor (alternately first), floor with 10k places',
		async (i) => {
			// Each goes first every other run (once the floor has the app's view): the first follows the
			// heavy 10k page, the second the first.
			const [a, f] = await inRotation(i % 2 !== 0 && floorQuery !== '' ? 1 : 0, loadApp, loadFloor);
			const l = await idleAndPan(
				browser,
				`${origin}/bench/floor.html?${floorQuery}&places=/bench/places-10k.geojson&routes=/bench/routes-1k.geojson`
			);
			// The browser tears the 10k page down in the background: the next run should not pay.
			await settle();
			if (i >= 0) {
				app.push(a);
				story.push(f);
				large.push(l);
			}
		}
	);

	// 1b. The same pair in a browser that composites its pages in software, as the tests' does and
	// as Chromium does on a machine whose GPU it cannot use: how much of the ratio is SwiftShader
	// compositing the whole window on the CPU for every frame the map draws.
	log(`/ and floor again, pages composited in software: warm-up + ${RUNS} pairs`);
	const softBrowser = await launchBrowser(['--disable-gpu-compositing']);
	const softRatios: number[] = [];
	try {
		await repeat('/ ÷ floor, software compositing', async (i) => {
			const [a, f] = await inRotation(
				i % 2,
				() => loadToIdle(softBrowser, `${origin}/`),
				() => idleAndPan(softBrowser, `${origin}/bench/floor.html?${floorQuery}`, 0)
			);
			if (i >= 0) softRatios.push(a.ms / f.idle);
		});
	} finally {
		await softBrowser.close();
	}

	// 1c. What the page itself costs MapLibre, and what the app's scripts add: the floor's own
	// script in the prerendered / with none of the app's scripts, in turn with / and the floor
	// (each of the three first in one run out of three).
	const pageOnly: { app: number; page: number; floor: number }[] = [];
	await repeat("/, the floor's script in the page, and the floor, in turn", async (i) => {
		const [app, page, floor] = await inRotation(
			i + 1,
			async () => (await loadToIdle(browser, `${origin}/`)).ms,
			async () => (await loadToIdle(browser, `${origin}/bench/page-floor.html?${floorQuery}`)).ms,
			async () => (await idleAndPan(browser, `${origin}/bench/floor.html?${floorQuery}`, 0)).idle
		);
		if (i >= 0) pageOnly.push({ app, page, floor });
	});

	// 2. Bytes of a first visit of /.
	log('first visit of /: recording responses');
	const transfers = await firstVisit(browser, origin);
	const sum = (list: typeof transfers, key: 'gzip' | 'raw') => list.reduce((n, t) => n + t[key], 0);
	const js = transfers.filter((t) => t.js);
	const bytes = {
		maplibreJsGzip: sum(
			js.filter((t) => t.maplibre),
			'gzip'
		),
		otherJsGzip: sum(
			js.filter((t) => !t.maplibre),
			'gzip'
		),
		totalGzip: sum(transfers, 'gzip'),
		totalRaw: sum(transfers, 'raw'),
		requests: transfers.length,
		maplibreFiles: js.filter((t) => t.maplibre).map((t) => t.url)
	};

	// 3. Click on Managua to its words on screen.
	const clicks = await repeat('click-to-text on Managua', async () => clickToText(browser, origin));

	// 4. Script per frame while the voyage player plays: one page, a warm-up window, then RUNS
	// windows of ~3 s each along the voyage.
	log(`voyage player script per frame: warm-up + ${RUNS} windows of 3 s`);
	const player = await playerScriptPerFrame(browser, origin, RUNS + 1);

	// 5. Lighthouse, alone on the machine (the measuring browser closed first).
	await browser.close();
	log('Lighthouse (performance, defaults: mobile, simulated throttling)');
	let lh: Awaited<ReturnType<typeof lighthouseScore>> | { error: string };
	try {
		lh = await lighthouseScore(`${origin}/`);
	} catch (e) {
		lh = { error: (e as Error).message };
	}

	// The table.
	const s = {
		app: summarise(app.map((a) => a.ms)),
		floor: summarise(story.map((r) => r.idle)),
		ratio: summarise(app.map((a, i) => a.ms / story[i].idle)),
		softRatio: summarise(softRatios),
		pageToFloor: summarise(pageOnly.map((r) => r.page / r.floor)),
		appToPage: summarise(pageOnly.map((r) => r.app / r.page)),
		appCreated: summarise(app.map((a) => a.created)),
		floorCreated: summarise(story.map((r) => r.created)),
		click: summarise(clicks.map((c) => c.painted)),
		press: summarise(clicks.map((c) => c.press)),
		presented: clicks.every((c) => c.presented !== null)
			? summarise(clicks.map((c) => c.presented!))
			: null,
		player: player ? summarise(player.slice(1).map((w) => w.msPerFrame)) : null,
		largeIdle: summarise(large.map((r) => r.idle)),
		scaleRatio: summarise(large.map((r, i) => r.idle / story[i].idle)),
		storyFrame: summarise(story.map((r) => r.frameMs)),
		largeFrame: summarise(large.map((r) => r.frameMs)),
		frameRatio: summarise(large.map((r, i) => r.frameMs / story[i].frameMs))
	};
	const meets = (v: Summary | null, limit: number) => (v ? v.median <= limit : null);
	const rows: string[][] = [
		['Time to map:idle, /', fmt(s.app, 'ms'), '', ''],
		['Time to map:idle, bare MapLibre floor (story data)', fmt(s.floor, 'ms'), '', ''],
		['… of which before the map is made (style requested), /', fmt(s.appCreated, 'ms'), '', ''],
		['… of which before the map is made, floor', fmt(s.floorCreated, 'ms'), '', ''],
		[
			'Ratio / ÷ floor (per run, loaded in turn)',
			fmt(s.ratio, '', 2).trim(),
			`≤ ${TARGETS.floorRatio}`,
			tick(meets(s.ratio, TARGETS.floorRatio))
		],
		[
			'… the same pair, pages composited in software (no target)',
			fmt(s.softRatio, '', 2).trim(),
			'',
			''
		],
		[
			'… the floor’s script in the prerendered /, no app script, ÷ floor (no target)',
			fmt(s.pageToFloor, '', 2).trim(),
			'',
			''
		],
		[
			'… / ÷ that page: what the app’s scripts add (no target)',
			fmt(s.appToPage, '', 2).trim(),
			'',
			''
		],
		['JS on first visit, MapLibre + worker (gzip)', kB(bytes.maplibreJsGzip), '', ''],
		[
			'JS on first visit, everything else (gzip)',
			kB(bytes.otherJsGzip),
			`≤ ${kB(TARGETS.otherJsGzipBytes)}`,
			tick(bytes.otherJsGzip <= TARGETS.otherJsGzipBytes)
		],
		[
			`All first-visit bytes (${bytes.requests} responses, gzip where compressible)`,
			`${kB(bytes.totalGzip)} (raw ${kB(bytes.totalRaw)})`,
			'',
			''
		],
		[
			'Click on Managua → h1 + passage painted (main thread)',
			fmt(s.click, 'ms'),
			`≤ ${TARGETS.clickToTextMs} ms`,
			tick(meets(s.click, TARGETS.clickToTextMs))
		],
		[
			'Click on Managua → that frame on screen (Element Timing)',
			s.presented ? fmt(s.presented, 'ms') : 'n/a (not reported)',
			'',
			''
		],
		['… the press before each click (mousedown → click)', fmt(s.press, 'ms'), '', ''],
		[
			`Script per frame, voyage player (${RUNS} windows of 3 s)`,
			s.player ? fmt(s.player, 'ms', 2) : 'n/a (no player yet)',
			`≤ ${TARGETS.scriptPerFrameMs} ms`,
			tick(meets(s.player, TARGETS.scriptPerFrameMs))
		],
		['Time to map:idle, floor with 10k places + 1k routes', fmt(s.largeIdle, 'ms'), '', ''],
		[
			'Ratio 10k ÷ story data, time to idle (per run)',
			fmt(s.scaleRatio, '', 2).trim(),
			`≤ ${TARGETS.scaleIdleRatio}`,
			tick(meets(s.scaleRatio, TARGETS.scaleIdleRatio))
		],
		['Frame time panning 2 s, story data', fmt(s.storyFrame, 'ms', 1), '', ''],
		['Frame time panning 2 s, 10k + 1k', fmt(s.largeFrame, 'ms', 1), '', ''],
		['Ratio 10k ÷ story frame time', fmt(s.frameRatio, '', 2).trim(), '', ''],
		[
			'Lighthouse performance, / (mobile, simulated throttling)',
			'error' in lh ? `failed: ${lh.error.slice(0, 60)}` : `${lh.score} / 100`,
			'',
			''
		]
	];
	const seconds = (Date.now() - started) / 1000;
	load.after = loadavg()[0];
	console.log(
		`\nBenchmark: ${RUNS} measured runs after 1 warm-up; median [min–max]; viewport ` +
			`${VIEWPORT.width}×${VIEWPORT.height}; kB = 1000 bytes, gzip level 6\n`
	);
	console.log(table(['Measure', 'Result', 'Target', ''], rows));
	console.log(`\nMapLibre chunks: ${bytes.maplibreFiles.join(', ')}`);
	console.log(
		`Load average ${load.before.toFixed(1)} at the start, ${load.after.toFixed(1)} at the end, ` +
			`on ${load.cpus} CPUs${load.before > load.cpus ? ': the machine was busy before the bench began, times are inflated' : ''}.`
	);
	console.log(`Bench took ${seconds.toFixed(0)} s. Full results: bench-results/latest.json`);

	mkdirSync('bench-results', { recursive: true });
	writeFileSync(
		'bench-results/latest.json',
		JSON.stringify(
			{
				date: new Date().toISOString(),
				runs: RUNS,
				viewport: VIEWPORT,
				chromium: FULL_CHROMIUM,
				targets: TARGETS,
				idle: {
					app: s.app,
					floor: s.floor,
					ratio: s.ratio,
					mapCreated: { app: s.appCreated, floor: s.floorCreated },
					ratioSoftwareCompositing: s.softRatio,
					pageWithoutAppScripts: { toFloor: s.pageToFloor, appToPage: s.appToPage, runs: pageOnly },
					floorQuery
				},
				firstVisit: { ...bytes, transfers },
				clickToText: { painted: s.click, presented: s.presented, press: s.press, runs: clicks },
				player: s.player ?? 'n/a (no player yet)',
				playerWindows: player ?? [],
				scale: {
					syntheticBytes: server.syntheticSizes,
					storyIdle: s.floor,
					largeIdle: s.largeIdle,
					idleRatio: s.scaleRatio,
					storyFrameMs: s.storyFrame,
					largeFrameMs: s.largeFrame,
					frameRatio: s.frameRatio
				},
				lighthouse: lh,
				load,
				seconds
			},
			null,
			'\t'
		) + '\n'
	);
} finally {
	await browser.close().catch(() => {});
	await server.close();
	rmSync(site, { recursive: true, force: true });
}
