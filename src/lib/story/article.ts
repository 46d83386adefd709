/**
 * The article as the app reads it: a title, a dateline and numbered paragraphs. Paragraphs are
 * counted from 1 after the dateline, the numbering passages in `geo/` refer to.
 */
export interface Article {
	title: string;
	dateline: string;
	paragraphs: string[];
}

export function parseArticle(text: string): Article {
	const blocks = text
		.replace(/\r\n?/g, '\n')
		.split(/\n\s*\n/)
		.map((b) => b.trim())
		.filter((b) => b.length > 0);
	if (blocks.length < 3) {
		throw new Error('the article needs a title, a dateline and at least one paragraph');
	}
	const [title, dateline, ...paragraphs] = blocks;
	return { title, dateline, paragraphs };
}

/** Where a passage's text occurs in the article, by paragraph number (from 1), or [] if nowhere. */
export function findParagraphs(article: Article, text: string): number[] {
	const found: number[] = [];
	article.paragraphs.forEach((p, i) => {
		if (p.includes(text)) found.push(i + 1);
	});
	return found;
}
