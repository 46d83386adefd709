/** Median and spread of a few measured runs. */
export interface Summary {
	median: number;
	min: number;
	max: number;
	runs: number[];
}

export function summarise(runs: number[]): Summary {
	if (runs.length === 0) return { median: NaN, min: NaN, max: NaN, runs };
	const sorted = [...runs].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
	return { median, min: sorted[0], max: sorted[sorted.length - 1], runs };
}

/** Decimal kilobytes, as Vite and most hosts report them. */
export const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

export function fmt(s: Summary, unit: string, digits = 0): string {
	const f = (n: number) => n.toFixed(digits);
	return `${f(s.median)} ${unit} [${f(s.min)}–${f(s.max)}]`;
}

export function tick(ok: boolean | null): string {
	return ok === null ? '–' : ok ? '✓' : '✗';
}

/** A plain-text table, columns padded to their widest cell. */
export function table(header: string[], rows: string[][]): string {
	const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
	const line = (cells: string[]) =>
		'| ' + cells.map((c, i) => (c ?? '').padEnd(widths[i])).join(' | ') + ' |';
	const rule = '|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|';
	return [line(header), rule, ...rows.map(line)].join('\n');
}
