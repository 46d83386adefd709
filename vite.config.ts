import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { getStory } from './src/lib/story/story.server.ts';

/**
 * Validates geo/ when a build or the dev server starts, so a bad edit stops both with the data
 * editor's message instead of a blank map; the dev server re-checks on every edit of geo/.
 */
function storyData(): Plugin {
	return {
		name: 'story-data',
		buildStart() {
			getStory();
		},
		configureServer(server) {
			getStory();
			server.watcher.add('geo');
			server.watcher.on('change', (file) => {
				if (!file.includes('/geo/')) return;
				try {
					getStory();
					server.ws.send({ type: 'full-reload' });
				} catch (e) {
					server.config.logger.error((e as Error).message);
					server.ws.send({ type: 'error', err: { message: (e as Error).message, stack: '' } });
				}
			});
		}
	};
}

export default defineConfig({
	// Vitest checks the story in its own tests, which report every problem rather than stopping.
	plugins: [...(process.env.VITEST ? [] : [storyData()]), sveltekit()],
	// MapLibre in a chunk of its own: the map code that wraps it is ours, and `npm run bench`
	// counts it with the rest of our JavaScript rather than as MapLibre's. Everything else every
	// page loads in one chunk with it: Svelte's runtime, Kit's client, Vite's preload helper and the
	// small modules the pages share (dates, story helpers, URLs, marks, the components and voyage
	// state more than one page uses). Split by who imports them they made a dozen files of a few
	// hundred bytes, each with its own lists of imports and exports; one file also compresses
	// smaller than several (0.9 kB gzip less than three). A module only one page or the map uses
	// stays with it, off the first visit of the others.
	build: {
		rolldownOptions: {
			output: {
				codeSplitting: {
					groups: [
						{ name: 'maplibre-gl', test: /node_modules[\\/]maplibre-gl[\\/]/, priority: 2 },
						{
							name: 'shared',
							test: (id: string) =>
								/node_modules[\\/](svelte|@sveltejs[\\/]kit|devalue|esm-env|clsx)[\\/]/.test(id) ||
								/src[\\/]lib[\\/](format|story|url|style|dom|components|voyage)[\\/]/.test(id) ||
								id === '\0vite/preload-helper.js',
							minShareCount: 2,
							priority: 1
						}
					]
				}
			}
		}
	},
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node',
		// The files share their workers' loaded modules (the story, zod, turf): importing them again
		// for each file took half the run. No test relies on a fresh module state.
		isolate: false,
		testTimeout: 20_000
	}
});
