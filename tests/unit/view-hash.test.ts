import { describe, expect, it } from 'vitest';
import { formatViewHash, parseViewHash } from '../../src/lib/url/view-hash';

describe('map view in the URL hash', () => {
	it('reads MapLibre’s zoom/lat/lng order', () => {
		expect(parseViewHash('#4.5/12.13/-86.25')).toEqual({
			zoom: 4.5,
			center: [-86.25, 12.13],
			bearing: 0,
			pitch: 0
		});
	});

	it('reads bearing and pitch when present', () => {
		expect(parseViewHash('#3/10/20/45/30')).toMatchObject({ bearing: 45, pitch: 30 });
	});

	it('round-trips a view through the hash', () => {
		const view = {
			zoom: 6.25,
			center: [-43.1822, -22.9064] as [number, number],
			bearing: -20,
			pitch: 40
		};
		const again = parseViewHash(formatViewHash(view));
		expect(again?.zoom).toBe(6.25);
		expect(again?.center[0]).toBeCloseTo(-43.1822, 3);
		expect(again?.center[1]).toBeCloseTo(-22.9064, 3);
		expect(again?.bearing).toBe(-20);
		expect(again?.pitch).toBe(40);
	});

	it('leaves bearing and pitch out when the map is flat and north-up', () => {
		expect(formatViewHash({ zoom: 2, center: [10, 20], bearing: 0, pitch: 0 })).toBe('#2/20/10');
	});

	it('clamps and wraps values that are out of range', () => {
		const view = parseViewHash('#99/89/200/400/89');
		expect(view?.zoom).toBe(18);
		expect(view?.center[1]).toBeCloseTo(85.0511);
		expect(view?.center[0]).toBe(-160);
		expect(view?.bearing).toBe(40);
		expect(view?.pitch).toBe(60);
		expect(parseViewHash('#-5/0/0')?.zoom).toBe(-1);
	});

	it.each([
		'',
		'#',
		'#section-2',
		'#1/2',
		'#NaN/1/2',
		'#1/Infinity/2',
		'#1e400/1/2',
		'#<script>alert(1)</script>',
		'#1/2/3/4/5/6',
		// No latitude: a corrupt link, not the pole. It had opened on empty Arctic sea.
		'#3/95/500',
		'#3/-90.5/0',
		`#${'9'.repeat(200)}/1/1`
	])('ignores %j, which is not a view', (hash) => {
		expect(parseViewHash(hash)).toBeNull();
	});
});
