import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * A data editor's view: break one rule in a copy of geo/ and both `vite build` and `vite dev`
 * refuse to start, saying which file, feature and field is wrong.
 */
const root = resolve('.');
let copy: string;

beforeAll(() => {
	copy = mkdtempSync(join(tmpdir(), 'story-geo-'));
	for (const name of [
		'src',
		'static',
		'node_modules',
		'package.json',
		'svelte.config.js',
		'vite.config.ts',
		'tsconfig.json'
	]) {
		symlinkSync(join(root, name), join(copy, name));
	}
	cpSync(join(root, 'geo'), join(copy, 'geo'), { recursive: true });
	const file = join(copy, 'geo/places.geojson');
	const places = JSON.parse(readFileSync(file, 'utf8'));
	const managua = places.features.find((f: { id: string }) => f.id === 'managua');
	managua.geometry.coordinates = [12.1328, -86.2504];
	writeFileSync(file, JSON.stringify(places));
});

afterAll(() => rmSync(copy, { recursive: true, force: true }));

const MESSAGE =
	"geo/places.geojson: feature 'managua': geometry.coordinates: [12.1328, -86.2504] look swapped (lat, lon)";

function run(args: string[]) {
	const vite = join(root, 'node_modules/vite/bin/vite.js');
	return spawnSync(process.execPath, [vite, ...args], {
		cwd: copy,
		encoding: 'utf8',
		timeout: 60_000,
		env: { ...process.env, VITEST: '' }
	});
}

describe('a bad edit in geo/', () => {
	it('stops the build with the data editor’s message', () => {
		const result = run(['build', '--outDir', join(copy, 'out')]);
		expect(result.status).not.toBe(0);
		expect(result.stdout + result.stderr).toContain(MESSAGE);
	}, 60_000);

	it('stops the dev server at start-up with the same message', () => {
		const result = run(['dev', '--port', '0', '--strictPort', 'false']);
		expect(result.status).not.toBe(0);
		expect(result.stdout + result.stderr).toContain(MESSAGE);
	}, 60_000);
});
