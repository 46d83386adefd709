import { getStory } from '$lib/story/story.server';
import type { EntryGenerator } from './$types';

/** Only the pages to prerender: the panel's data is fetched by +page.ts (see story/panel-views.ts). */
export const entries: EntryGenerator = () => getStory().routes.map((f) => ({ id: f.id }));
