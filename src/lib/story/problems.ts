/** One thing wrong with the story data, said so that a data editor can find and fix it. */
export interface Problem {
	file: string;
	/** The feature, source, stop or event id, when the problem belongs to one. */
	feature?: string;
	/** Dotted path of the field inside the feature, e.g. `properties.passages[0].text`. */
	field?: string;
	message: string;
}

export function formatProblem(p: Problem): string {
	const where = [p.file];
	if (p.feature !== undefined) where.push(`feature '${p.feature}'`);
	if (p.field) where.push(p.field);
	return `${where.join(': ')}: ${p.message}`;
}

/** Thrown when any story file breaks a rule: nothing is loaded unless everything is valid. */
export class StoryDataError extends Error {
	readonly problems: Problem[];

	constructor(problems: Problem[]) {
		const lines = problems.map((p) => `  - ${formatProblem(p)}`);
		super(
			`The story data in geo/ has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${lines.join('\n')}`
		);
		this.name = 'StoryDataError';
		this.problems = problems;
	}
}

export function fieldPath(path: ReadonlyArray<PropertyKey>): string {
	let out = '';
	for (const key of path) {
		if (typeof key === 'number') out += `[${key}]`;
		else out += out ? `.${String(key)}` : String(key);
	}
	return out;
}
