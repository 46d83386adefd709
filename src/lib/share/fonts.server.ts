import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import type { Measure } from './share-image.ts';

/**
 * Noto Sans for the share images, from the @fontsource package the map labels already use, so a
 * fresh `npm ci` is all a build needs. resvg reads TrueType/OpenType files only, and the package
 * ships WOFF and WOFF2: WOFF is plain zlib around the same tables, so it is unwrapped here.
 */

const require = createRequire(import.meta.url);

export const SHARE_FONT_FAMILY = 'Noto Sans';
export const SHARE_FONT_WEIGHTS = [400, 700] as const;
export type ShareFontWeight = (typeof SHARE_FONT_WEIGHTS)[number];

const woffPath = (weight: ShareFontWeight) =>
	require.resolve(`@fontsource/noto-sans/files/noto-sans-latin-${weight}-normal.woff`);

/** A WOFF 1.0 file as the TrueType/OpenType font it wraps (https://www.w3.org/TR/WOFF/). */
export function woffToSfnt(woff: Uint8Array): Buffer {
	const src = Buffer.from(woff.buffer, woff.byteOffset, woff.byteLength);
	if (src.toString('latin1', 0, 4) !== 'wOFF') throw new Error('not a WOFF 1.0 font');
	const flavor = src.readUInt32BE(4);
	const numTables = src.readUInt16BE(12);
	const tables = [];
	for (let i = 0; i < numTables; i++) {
		const at = 44 + i * 20;
		const tag = src.toString('latin1', at, at + 4);
		const offset = src.readUInt32BE(at + 4);
		const compLength = src.readUInt32BE(at + 8);
		const origLength = src.readUInt32BE(at + 12);
		const checksum = src.readUInt32BE(at + 16);
		const stored = src.subarray(offset, offset + compLength);
		const data = compLength < origLength ? inflateSync(stored) : stored;
		if (data.length !== origLength) throw new Error(`WOFF table ${tag}: bad length`);
		tables.push({ tag, checksum, data });
	}
	tables.sort((a, b) => (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0));

	const entrySelector = Math.floor(Math.log2(numTables));
	const searchRange = 2 ** entrySelector * 16;
	const headerSize = 12 + numTables * 16;
	const padded = (n: number) => (n + 3) & ~3;
	const size = tables.reduce((sum, t) => sum + padded(t.data.length), headerSize);
	const out = Buffer.alloc(size);
	out.writeUInt32BE(flavor, 0);
	out.writeUInt16BE(numTables, 4);
	out.writeUInt16BE(searchRange, 6);
	out.writeUInt16BE(entrySelector, 8);
	out.writeUInt16BE(numTables * 16 - searchRange, 10);
	let offset = headerSize;
	tables.forEach((t, i) => {
		const at = 12 + i * 16;
		out.write(t.tag, at, 'latin1');
		out.writeUInt32BE(t.checksum, at + 4);
		out.writeUInt32BE(offset, at + 8);
		out.writeUInt32BE(t.data.length, at + 12);
		t.data.copy(out, offset);
		offset += padded(t.data.length);
	});
	return out;
}

function tableOf(font: Buffer, tag: string): Buffer {
	const numTables = font.readUInt16BE(4);
	for (let i = 0; i < numTables; i++) {
		const at = 12 + i * 16;
		if (font.toString('latin1', at, at + 4) === tag) {
			const offset = font.readUInt32BE(at + 8);
			return font.subarray(offset, offset + font.readUInt32BE(at + 12));
		}
	}
	throw new Error(`font has no ${tag} table`);
}

/** Glyph ids by code point, from the Unicode BMP subtable (cmap format 4). */
function cmapFormat4(font: Buffer): (codePoint: number) => number {
	const cmap = tableOf(font, 'cmap');
	const count = cmap.readUInt16BE(2);
	for (let i = 0; i < count; i++) {
		const platform = cmap.readUInt16BE(4 + i * 8);
		const encoding = cmap.readUInt16BE(6 + i * 8);
		const sub = cmap.subarray(cmap.readUInt32BE(8 + i * 8));
		if (!((platform === 3 && encoding === 1) || platform === 0) || sub.readUInt16BE(0) !== 4) {
			continue;
		}
		const segments = sub.readUInt16BE(6) / 2;
		const ends = 14;
		const starts = ends + segments * 2 + 2;
		const deltas = starts + segments * 2;
		const rangeOffsets = deltas + segments * 2;
		return (cp) => {
			if (cp > 0xffff) return 0;
			for (let s = 0; s < segments; s++) {
				if (cp > sub.readUInt16BE(ends + s * 2)) continue;
				const start = sub.readUInt16BE(starts + s * 2);
				if (cp < start) return 0;
				const delta = sub.readInt16BE(deltas + s * 2);
				const rangeOffset = sub.readUInt16BE(rangeOffsets + s * 2);
				if (rangeOffset === 0) return (cp + delta) & 0xffff;
				const at = rangeOffsets + s * 2 + rangeOffset + (cp - start) * 2;
				const glyph = sub.readUInt16BE(at);
				return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
			}
			return 0;
		};
	}
	throw new Error('font has no Unicode BMP cmap');
}

/** Text width from the font's advance widths (no kerning): close enough to wrap and fit lines. */
export function fontMeasure(font: Buffer): (text: string, size: number) => number {
	const unitsPerEm = tableOf(font, 'head').readUInt16BE(18);
	const metrics = tableOf(font, 'hmtx');
	const longMetrics = tableOf(font, 'hhea').readUInt16BE(34);
	const glyphOf = cmapFormat4(font);
	const advance = (glyph: number) =>
		metrics.readUInt16BE(Math.min(glyph, longMetrics - 1) * 4) / unitsPerEm;
	const cache = new Map<number, number>();
	return (text, size) => {
		let em = 0;
		for (const char of text) {
			const cp = char.codePointAt(0)!;
			let width = cache.get(cp);
			if (width === undefined) {
				const glyph = glyphOf(cp);
				// A character outside the Latin subset falls back to another font: guess a wide one.
				width = glyph === 0 ? 0.65 : advance(glyph);
				cache.set(cp, width);
			}
			em += width;
		}
		return em * size;
	};
}

let fonts: { files: string[]; measure: Measure } | undefined;

/**
 * The TrueType files for resvg (written once into the system's temporary folder, named by their
 * content) and a measure of text set in them.
 */
export function shareFonts(): { files: string[]; measure: Measure } {
	if (fonts) return fonts;
	const sfnts = SHARE_FONT_WEIGHTS.map((weight) => ({
		weight,
		data: woffToSfnt(readFileSync(woffPath(weight)))
	}));
	const hash = createHash('sha256');
	for (const { data } of sfnts) hash.update(data);
	const dir = join(tmpdir(), `story-map-fonts-${hash.digest('hex').slice(0, 12)}`);
	mkdirSync(dir, { recursive: true });
	const files = sfnts.map(({ weight, data }) => {
		const file = join(dir, `noto-sans-latin-${weight}.ttf`);
		if (!existsSync(file)) {
			// Written aside and renamed, so parallel builds never read half a file.
			const part = `${file}.${process.pid}.part`;
			writeFileSync(part, data);
			renameSync(part, file);
		}
		return file;
	});
	const measures = new Map(sfnts.map(({ weight, data }) => [weight, fontMeasure(data)]));
	fonts = {
		files,
		measure: (text, size, weight) => measures.get(weight >= 600 ? 700 : 400)!(text, size)
	};
	return fonts;
}
