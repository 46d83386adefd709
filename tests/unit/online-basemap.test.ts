import { afterEach, describe, expect, it, vi } from 'vitest';
import { onlineBasemap } from '../../src/lib/map/online-basemap.js';

const STYLE = 'https://tiles.example.org/styles/light/style.json';

describe('the optional online basemap', () => {
	it('is off unless a style is given: the embedded basemap, nothing from elsewhere', () => {
		expect(onlineBasemap({})).toBeNull();
		expect(onlineBasemap({ PUBLIC_BASEMAP_STYLE: '  ' })).toBeNull();
	});

	it('lets in the style’s own origin, the dark style’s and any listed ones', () => {
		expect(
			onlineBasemap({
				PUBLIC_BASEMAP_STYLE: STYLE,
				PUBLIC_BASEMAP_STYLE_DARK: 'https://dark.example.net/style.json',
				PUBLIC_BASEMAP_ORIGINS:
					'https://fonts.example.com, https://tiles.example.org https://sprites.example.com/'
			})
		).toEqual({
			style: STYLE,
			darkStyle: 'https://dark.example.net/style.json',
			origins: [
				'https://tiles.example.org',
				'https://dark.example.net',
				'https://fonts.example.com',
				'https://sprites.example.com'
			]
		});
	});

	it('allows plain http only on this machine', () => {
		expect(
			onlineBasemap({ PUBLIC_BASEMAP_STYLE: 'http://localhost:8080/style.json' })?.origins
		).toEqual(['http://localhost:8080']);
		expect(() =>
			onlineBasemap({ PUBLIC_BASEMAP_STYLE: 'http://tiles.example.org/style.json' })
		).toThrow(/PUBLIC_BASEMAP_STYLE: .* must use https:\/\//);
	});

	it.each([
		[
			{ PUBLIC_BASEMAP_STYLE: 'styles/light.json' },
			/PUBLIC_BASEMAP_STYLE: "styles\/light.json" is not an absolute URL/
		],
		[{ PUBLIC_BASEMAP_STYLE: 'javascript:alert(1)' }, /PUBLIC_BASEMAP_STYLE: .* must use https/],
		[
			{ PUBLIC_BASEMAP_STYLE: STYLE, PUBLIC_BASEMAP_STYLE_DARK: 'ftp://x.org/s.json' },
			/PUBLIC_BASEMAP_STYLE_DARK/
		],
		[
			{ PUBLIC_BASEMAP_STYLE: STYLE, PUBLIC_BASEMAP_ORIGINS: 'https://cdn.example.org/fonts' },
			/PUBLIC_BASEMAP_ORIGINS: .* is not an origin; .* https:\/\/cdn.example.org/
		],
		[
			{ PUBLIC_BASEMAP_STYLE: STYLE, PUBLIC_BASEMAP_ORIGINS: "'unsafe-inline'" },
			/PUBLIC_BASEMAP_ORIGINS/
		],
		[{ PUBLIC_BASEMAP_ORIGINS: 'https://cdn.example.org' }, /need PUBLIC_BASEMAP_STYLE/]
	])('refuses %j, naming the variable', (env, message) => {
		expect(() => onlineBasemap(env)).toThrow(message);
	});
});

describe('the Content-Security-Policy the build writes', () => {
	afterEach(() => {
		vi.unstubAllEnvs();
		vi.resetModules();
	});

	/** Every variable is set, so a developer's .env cannot change what is tested. */
	async function directives(env: { style?: string; origins?: string }) {
		vi.stubEnv('PUBLIC_BASEMAP_STYLE', env.style ?? '');
		vi.stubEnv('PUBLIC_BASEMAP_STYLE_DARK', '');
		vi.stubEnv('PUBLIC_BASEMAP_ORIGINS', env.origins ?? '');
		vi.resetModules();
		const { default: config } = await import('../../svelte.config.js');
		return config.kit!.csp!.directives!;
	}

	it('lets nothing be fetched from another origin by default', async () => {
		const d = await directives({});
		expect(d['connect-src']).toEqual(['self']);
		expect(d['img-src']).toEqual(['self', 'data:', 'blob:']);
	});

	it('lets in the online basemap’s origins, for fetches and images only', async () => {
		const d = await directives({ style: STYLE, origins: 'https://fonts.example.com' });
		expect(d['connect-src']).toEqual([
			'self',
			'https://tiles.example.org',
			'https://fonts.example.com'
		]);
		expect(d['img-src']).toContain('https://tiles.example.org');
		expect(d['script-src']).toEqual(['self']);
		expect(d['worker-src']).toEqual(['self']);
	});
});
