import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg, type RenderedImage } from '@resvg/resvg-js';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Story } from '../story/types.ts';
import { SHARE_FONT_FAMILY, shareFonts } from './fonts.server.ts';
import {
	homeScene,
	placeScene,
	routeScene,
	shareImageSvg,
	type Basemap,
	type Basemaps,
	type ShareScene
} from './share-image.ts';

/** Rasterises the share images at build time with resvg: no browser, fonts from node_modules. */

const require = createRequire(import.meta.url);

function readTopology(name: string): Topology {
	return JSON.parse(readFileSync(require.resolve(`world-atlas/${name}`), 'utf8')) as Topology;
}

function basemap(scale: '50m' | '110m'): Basemap {
	const land = readTopology(`land-${scale}.json`);
	const countries = readTopology(`countries-${scale}.json`);
	const countryObject = countries.objects.countries as GeometryCollection;
	return {
		land: feature(land, land.objects.land),
		borders: mesh(countries, countryObject, (a, b) => a !== b)
	};
}

let basemaps: Basemaps | undefined;

/** Natural Earth from world-atlas: 50m for regional views, 110m for the world and the globe. */
export function shareBasemaps(): Basemaps {
	basemaps ??= { fine: basemap('50m'), coarse: basemap('110m') };
	return basemaps;
}

/** The SVG of a scene with the real font metrics, as it is rasterised. */
export function sceneSvg(scene: ShareScene): string {
	return shareImageSvg(scene, shareBasemaps(), shareFonts().measure);
}

/** A scene as a 1200×630 PNG. */
export function renderScene(scene: ShareScene): Buffer {
	return renderSvg(sceneSvg(scene));
}

/** A 1200×630 SVG as pixels (RGBA), with the share font. */
export function rasterise(svg: string): RenderedImage {
	const resvg = new Resvg(svg, {
		font: {
			loadSystemFonts: false,
			fontFiles: shareFonts().files,
			defaultFontFamily: SHARE_FONT_FAMILY,
			sansSerifFamily: SHARE_FONT_FAMILY
		},
		shapeRendering: 2,
		textRendering: 1,
		logLevel: 'error'
	});
	return resvg.render();
}

export function renderSvg(svg: string): Buffer {
	return rasterise(svg).asPng();
}

export function homeImage(story: Story): Buffer {
	return renderScene(homeScene(story));
}

export function placeImage(story: Story, id: string): Buffer | undefined {
	const scene = placeScene(story, id);
	return scene && renderScene(scene);
}

export function routeImage(story: Story, id: string): Buffer | undefined {
	const scene = routeScene(story, id);
	return scene && renderScene(scene);
}

/** The response of a share image endpoint. */
export function pngResponse(png: Buffer): Response {
	return new Response(new Uint8Array(png), {
		headers: { 'content-type': 'image/png', 'content-length': String(png.length) }
	});
}
