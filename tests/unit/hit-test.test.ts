import { describe, expect, it } from 'vitest';
import { HIT_TOLERANCE, hitBox, pickHit } from '../../src/lib/map/hit-test';

const pointer = { x: 100, y: 100 };
const WORLD = 512 * 2 ** 2;

describe('what a click or hover on the map picks', () => {
	it('looks a few pixels around the pointer, so a thin line is easy to hit', () => {
		expect(hitBox(pointer)).toEqual([
			[100 - HIT_TOLERANCE, 100 - HIT_TOLERANCE],
			[100 + HIT_TOLERANCE, 100 + HIT_TOLERANCE]
		]);
	});

	it('prefers the nearest place to any route under it', () => {
		const picked = pickHit(
			[
				{ ref: { kind: 'route', id: 'flotilla-voyage' } },
				{ ref: { kind: 'place', id: 'caracas' }, at: { x: 106, y: 100 } },
				{ ref: { kind: 'place', id: 'la-guaira' }, at: { x: 102, y: 103 } }
			],
			pointer,
			WORLD
		);
		expect(picked).toEqual({ kind: 'place', id: 'la-guaira' });
	});

	it('measures a dot drawn on the next world copy as the near one it is', () => {
		const picked = pickHit(
			[
				{ ref: { kind: 'place', id: 'far' }, at: { x: 107, y: 100 } },
				{ ref: { kind: 'place', id: 'next-copy' }, at: { x: 100 + WORLD + 1, y: 100 } }
			],
			pointer,
			WORLD
		);
		expect(picked).toEqual({ kind: 'place', id: 'next-copy' });
	});

	it('takes the topmost route when no place is near, and nothing when nothing is', () => {
		const routes = [
			{ ref: { kind: 'route' as const, id: 'soleimani-2019' } },
			{ ref: { kind: 'route' as const, id: 'fuel-tankers-2020' } }
		];
		expect(pickHit(routes, pointer, WORLD)).toEqual({ kind: 'route', id: 'soleimani-2019' });
		expect(pickHit([], pointer, WORLD)).toBeUndefined();
	});
});
