import { getContext, setContext } from 'svelte';
import { formatDate } from '../format/dates.ts';

/**
 * "The Cradle, 14 Apr 2023": the article's publication and date as every credit shows them (the
 * masthead, each quoted passage, a share image), from geo/article.json, in the dates' one style.
 */
export function articleCredit(meta: { publication: string; date: string }): string {
	return `${meta.publication}, ${formatDate(meta.date)}`;
}

const KEY = Symbol('article-credit');

/** The layout hands the credit to the passages a page's panels quote. */
export function provideArticleCredit(credit: () => string): void {
	setContext(KEY, credit);
}

export function useArticleCredit(): () => string {
	return getContext<() => string>(KEY);
}
