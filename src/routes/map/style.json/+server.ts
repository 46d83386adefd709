import { json } from '@sveltejs/kit';
import { basemapStyle, LIGHT } from '$lib/map/basemap-style';

export const prerender = true;

export function GET() {
	return json(basemapStyle(LIGHT));
}
