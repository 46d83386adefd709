import { render } from 'svelte/server';
import { getStory } from '../story/story.server.ts';
import type { Story } from '../story/types.ts';
import { placeView, routeView, type PlaceView, type RouteView } from '../story/views.ts';
import LinkPreviewTags from './LinkPreviewTags.svelte';
import { HOME_TITLE, absoluteUrl, clipText } from './meta.ts';

/** What a link preview (Open Graph, Twitter card) shows of one page, with absolute URLs. */
export interface LinkPreview {
	title: string;
	description: string;
	url: string;
	image: string;
	imageAlt: string;
}

/** The same, with the page's and the image's paths in the app. */
type PagePreview = Omit<LinkPreview, 'url'> & { path: string };

/** The pages of a place and of a route, by Kit's route id. */
const PAGE_VIEWS = new Map<
	string | null,
	(story: Story, id: string) => PlaceView | RouteView | undefined
>([
	['/place/[id]', placeView],
	['/route/[id]', routeView]
]);

function pagePreview(routeId: string | null, id: string | undefined): PagePreview | null {
	const story = getStory();
	if (routeId === '/') {
		return {
			title: HOME_TITLE,
			description: `The places, voyages and visits of “${story.article.title}” on a map: click any of them to read the article’s own words about it.`,
			path: '/',
			image: '/og/home.png',
			imageAlt:
				'Map of the Atlantic with the article’s places and the routes between Iran and Latin America'
		};
	}
	const viewOf = PAGE_VIEWS.get(routeId);
	const view = viewOf && id ? viewOf(story, id) : undefined;
	if (!view) return null;
	return {
		title: view.name,
		description: view.passages[0]?.text ?? `${view.name} on the story map of The Cradle’s report.`,
		path: `/${view.kind}/${view.id}`,
		image: `/og/${view.kind}/${view.id}.png`,
		imageAlt:
			view.kind === 'place'
				? `Map of the region around ${view.name}, marked with a dot`
				: `Map of the route: ${view.shortName}`
	};
}

/**
 * The link preview's tags for a page of the story, as HTML for the page's head; empty for any
 * other page (a 404). Link previews are made by crawlers from the static HTML, which never run
 * the app: the tags are written there and nowhere else, and the browser's code has none of them.
 */
export function linkPreviewHead(
	routeId: string | null,
	params: Partial<Record<string, string>>,
	site: string
): string {
	const page = pagePreview(routeId, params.id);
	if (!page) return '';
	const props: LinkPreview = {
		title: page.title,
		description: clipText(page.description),
		url: absoluteUrl(site, page.path),
		image: absoluteUrl(site, page.image),
		imageAlt: page.imageAlt
	};
	return render(LinkPreviewTags, { props }).head;
}
