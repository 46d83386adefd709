import { getStory } from '$lib/story/story.server';
import { summaries } from '$lib/story/views';

export function load() {
	const story = getStory();
	return {
		features: summaries(story),
		article: {
			title: story.article.title,
			publication: story.article.meta.publication,
			date: story.article.meta.date
		}
	};
}
