import { env } from '$env/dynamic/public';
import { countryAt } from '$lib/geo/countries.server';
import { onlineBasemap } from '$lib/map/online-basemap';
import { articleParagraphs } from '$lib/story/article-links';
import { articleExtent } from '$lib/story/extent';
import { stopPlacesByRoute } from '$lib/story/named-places';
import { featureDates } from '$lib/story/period';
import { siteUrl } from '$lib/share/meta';
import { getStory } from '$lib/story/story.server';
import { routeView, summaries, timelineViews } from '$lib/story/views';
import { PLACE_COLOURS, routeColour } from '$lib/style/story-marks';
import { PLACES_LAYER } from '$lib/url/story-url';
import { buildVoyage } from '$lib/voyage/voyage';

function basemapStyles() {
	const online = onlineBasemap(env);
	return online && { style: online.style, darkStyle: online.darkStyle };
}

export function load() {
	const story = getStory();
	return {
		/** Checked here, at build time, so the browser needs neither the check nor the variable. */
		site: siteUrl(env.PUBLIC_SITE_URL),
		/** The online basemap's styles, if the build was given one (null: the embedded basemap). */
		basemap: basemapStyles(),
		features: summaries(story, countryAt),
		/** What the map opens on, without a view or a selection in the link. */
		extent: articleExtent(story),
		article: { ...story.article.meta, title: story.article.title },
		paragraphs: articleParagraphs(story),
		timeline: timelineViews(story),
		dates: featureDates(story),
		layers: [
			{ id: PLACES_LAYER, label: 'Places', colour: PLACE_COLOURS.article },
			...story.routes.map((r) => ({
				id: r.id,
				label: r.properties.shortName,
				colour: routeColour(r.id),
				evidence: r.properties.evidence
			}))
		],
		/** The stops of each route the voyage player plays: the moments a link can name. */
		stops: Object.fromEntries(
			story.routes
				.filter((r) => buildVoyage(routeView(story, r.id)!) !== null)
				.map((r) => [r.id, r.properties.stops.map((s) => s.id)])
		),
		/** The places each route stops at, named on the map when the route is selected. */
		stopPlaces: stopPlacesByRoute(story)
	};
}
