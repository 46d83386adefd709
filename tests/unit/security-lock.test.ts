import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * Packages whose code ships to the reader's browser, each with the first version that fixes a
 * known security advisory. `npm audit` cannot reach its service from here, so the lock file is
 * checked against this list instead: add a line when an advisory lands for a shipped package.
 */
const MINIMUM_SAFE: Record<string, { version: string; why: string }> = {
	'maplibre-gl': { version: '6.4.1', why: 'security fix in maplibre-gl 6.4.1' },
	svelte: { version: '5.55.7', why: 'security fix in svelte 5.55.7' },
	'@sveltejs/kit': { version: '2.20.6', why: 'security fix in @sveltejs/kit 2.20.6' },
	// Kit's client parses page data with devalue.
	devalue: {
		version: '5.3.2',
		why: 'CVE-2025-57820 (GHSA-vj54-72f3-p5jv), prototype pollution in devalue.parse'
	}
};

type Version = { core: [number, number, number]; pre: string[] };

function parseVersion(version: string): Version {
	const m = /^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/.exec(
		version.trim()
	);
	if (!m) throw new Error(`not a semver version: ${version}`);
	return {
		core: [Number(m[1]), Number(m[2]), Number(m[3])],
		pre: m[4] ? m[4].split('.') : []
	};
}

/** Semver precedence: negative if a < b, 0 if equal, positive if a > b (build metadata ignored). */
export function compareVersions(a: string, b: string): number {
	const x = parseVersion(a);
	const y = parseVersion(b);
	for (let i = 0; i < 3; i++) if (x.core[i] !== y.core[i]) return x.core[i] - y.core[i];
	// A pre-release sorts before its release; identifiers compare numerically when both are numbers.
	if (!x.pre.length || !y.pre.length) return y.pre.length - x.pre.length;
	for (let i = 0; i < Math.max(x.pre.length, y.pre.length); i++) {
		const p = x.pre[i];
		const q = y.pre[i];
		if (p === undefined) return -1;
		if (q === undefined) return 1;
		if (p === q) continue;
		const pn = /^\d+$/.test(p);
		const qn = /^\d+$/.test(q);
		if (pn && qn) return Number(p) - Number(q);
		if (pn !== qn) return pn ? -1 : 1;
		return p < q ? -1 : 1;
	}
	return 0;
}

const isAtLeast = (version: string, minimum: string) => compareVersions(version, minimum) >= 0;

interface Lock {
	lockfileVersion: number;
	packages: Record<string, { version?: string; link?: boolean }>;
}

/** Every installed copy of a package in the lock, nested ones included. */
function installed(lock: Lock, name: string): { path: string; version: string }[] {
	return Object.entries(lock.packages)
		.filter(([path, entry]) => path.endsWith(`node_modules/${name}`) && entry.version)
		.map(([path, entry]) => ({ path, version: entry.version! }));
}

describe('version comparison', () => {
	it('rejects 6.4.0 and accepts 6.4.1 against a fix in 6.4.1', () => {
		expect(isAtLeast('6.4.0', '6.4.1')).toBe(false);
		expect(isAtLeast('6.4.1', '6.4.1')).toBe(true);
	});

	it('compares numbers, not strings, and ranks pre-releases below their release', () => {
		expect(isAtLeast('6.10.0', '6.4.1')).toBe(true);
		expect(isAtLeast('6.17.0', '6.4.1')).toBe(true);
		expect(isAtLeast('5.9.0', '6.4.1')).toBe(false);
		expect(isAtLeast('10.0.0', '9.99.99')).toBe(true);
		expect(isAtLeast('6.4.1-beta.2', '6.4.1')).toBe(false);
		expect(compareVersions('1.0.0-alpha', '1.0.0-alpha.1')).toBeLessThan(0);
		expect(compareVersions('1.0.0-alpha.2', '1.0.0-alpha.10')).toBeLessThan(0);
		expect(compareVersions('1.0.0-beta', '1.0.0-alpha.9')).toBeGreaterThan(0);
		expect(compareVersions('1.0.0+build.5', '1.0.0')).toBe(0);
		expect(() => compareVersions('6.4', '6.4.1')).toThrow(/not a semver/);
	});
});

describe('package-lock.json', () => {
	const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as Lock;

	it('is a lock file npm 7+ wrote (with a packages map)', () => {
		expect(lock.lockfileVersion).toBeGreaterThanOrEqual(2);
		expect(Object.keys(lock.packages).length).toBeGreaterThan(0);
	});

	for (const [name, { version: minimum, why }] of Object.entries(MINIMUM_SAFE)) {
		it(`locks ${name} at ${minimum} or later (${why})`, () => {
			const copies = installed(lock, name);
			expect(copies.length, `${name} is not in package-lock.json`).toBeGreaterThan(0);
			const unsafe = copies.filter((c) => !isAtLeast(c.version, minimum));
			expect(unsafe, `below ${minimum}: ${why}`).toEqual([]);
		});
	}
});
