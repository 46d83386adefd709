import type { Feature, LineString, MultiLineString, Point } from 'geojson';
import type { Article } from './article.ts';
import type {
	ArticleMeta,
	PlaceProperties,
	RouteProperties,
	Source,
	TimelineEvent
} from './schema.ts';

export type PlaceFeature = Feature<Point, PlaceProperties> & { id: string };
export type RouteFeature = Feature<LineString | MultiLineString, RouteProperties> & { id: string };

/** The whole story, only ever built from data that passed every rule. */
export interface Story {
	article: Article & { meta: ArticleMeta };
	sources: Record<string, Source>;
	places: PlaceFeature[];
	routes: RouteFeature[];
	timeline: TimelineEvent[];
}

/** The raw text of each story file, keyed by its path relative to the project. */
export type StoryFiles = Record<StoryFileName, string>;

export const STORY_FILES = {
	article: 'geo/article.txt',
	articleMeta: 'geo/article.json',
	sources: 'geo/sources.json',
	places: 'geo/places.geojson',
	routes: 'geo/routes.geojson',
	timeline: 'geo/timeline.json'
} as const;
export type StoryFileName = (typeof STORY_FILES)[keyof typeof STORY_FILES];
