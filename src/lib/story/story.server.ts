import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { naturalEarthLand } from '../geo/natural-earth.server.ts';
import { STORY_FILES, type Story, type StoryFiles } from './types.ts';
import { validateStory } from './validate.ts';

/** Reads every story file from a project folder; a missing file is left out for the rules to report. */
export function readStoryFiles(root: string): Partial<StoryFiles> {
	const files: Partial<StoryFiles> = {};
	for (const name of Object.values(STORY_FILES)) {
		try {
			files[name] = readFileSync(resolve(root, name), 'utf8');
		} catch {
			// Reported by validateStory as "is missing".
		}
	}
	return files;
}

let cached: { key: string; story: Story } | undefined;

/**
 * The validated story of this project. Re-validated only when a file changed, so the dev server
 * picks up edits while a build validates once.
 */
export function getStory(root = process.cwd()): Story {
	const files = readStoryFiles(root);
	const key = Object.values(STORY_FILES)
		.map((name) => files[name] ?? '')
		.join('\u0000');
	if (cached?.key !== key) {
		cached = { key, story: validateStory(files, naturalEarthLand('50m')) };
	}
	return cached.story;
}
