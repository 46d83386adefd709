import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	{
		ignores: [
			'build/',
			'build-online/',
			'.svelte-kit/',
			'static/map/',
			'test-results/',
			'bench-results/',
			'tmp-shots/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		rules: {
			// No text from the story data is ever rendered as HTML.
			'svelte/no-at-html-tags': 'error',
			// Nor as markup from code: elements are built node by node.
			'no-restricted-syntax': [
				'error',
				{
					selector:
						'AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML)$/]',
					message: 'Build elements node by node: nothing is written into the page as markup.'
				},
				{
					selector:
						"CallExpression[callee.property.name='insertAdjacentHTML'], CallExpression[callee.object.name='document'][callee.property.name=/^(write|writeln)$/]",
					message: 'Build elements node by node: nothing is written into the page as markup.'
				}
			],
			// The map view only ever replaces the hash of the current, already resolved page.
			'svelte/no-navigation-without-resolve': ['error', { ignoreReplaceState: true }],
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ varsIgnorePattern: '^_', argsIgnorePattern: '^_' }
			]
		}
	}
);
