import { describe, expect, it } from 'vitest';
import { splitAtAntimeridian, unwrapLine, wrapLongitude } from '../../src/lib/geo/antimeridian';

describe('lines across the antimeridian', () => {
	const pacific = [
		[170, -10],
		[179, -12],
		[-178, -13],
		[-150, -15]
	];

	it('unwraps longitudes so consecutive points are never more than 180° apart', () => {
		const line = unwrapLine(pacific);
		expect(line.map((p) => p[0])).toEqual([170, 179, 182, 210]);
		for (let i = 1; i < line.length; i++) {
			expect(Math.abs(line[i][0] - line[i - 1][0])).toBeLessThan(180);
		}
	});

	it('splits an unwrapped line at ±180 into RFC 7946 parts that meet at the seam', () => {
		const parts = splitAtAntimeridian(unwrapLine(pacific));
		expect(parts).toHaveLength(2);
		const [west, east] = parts;
		expect(west[west.length - 1][0]).toBe(180);
		expect(east[0][0]).toBe(-180);
		expect(west[west.length - 1][1]).toBeCloseTo(east[0][1]);
		expect(west[west.length - 1][1]).toBeCloseTo(-12 - 1 / 3);
		for (const p of parts.flat()) expect(Math.abs(p[0])).toBeLessThanOrEqual(180);
	});

	it('does not split a line that stays on one side', () => {
		const line = [
			[10, 0],
			[50, 10]
		];
		expect(splitAtAntimeridian(line)).toEqual([line]);
	});

	it('splits a westward crossing too', () => {
		const parts = splitAtAntimeridian(
			unwrapLine([
				[-170, 0],
				[170, 0]
			])
		);
		expect(parts).toEqual([
			[
				[-170, 0],
				[-180, 0]
			],
			[
				[180, 0],
				[170, 0]
			]
		]);
	});

	it('wraps any longitude into [-180, 180]', () => {
		expect(wrapLongitude(190)).toBe(-170);
		expect(wrapLongitude(-190)).toBe(170);
		expect(wrapLongitude(540)).toBe(180);
		expect(wrapLongitude(45)).toBe(45);
	});
});
