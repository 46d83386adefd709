import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

/**
 * The rules `code` breaks, linted as if it were at `filePath`. A component is linted at an existing
 * component's path: the type-aware parser only knows the project's own files.
 */
async function problems(code: string, filePath: string): Promise<string[]> {
	const [result] = await eslint.lintText(code, { filePath });
	return result.messages.map((m) => m.ruleId ?? m.message);
}

describe('the lint rules against markup', () => {
	it('reject {@html} in a component', async () => {
		expect(
			await problems('<p>{@html "<b>x</b>"}</p>\n', 'src/lib/components/Legend.svelte')
		).toContain('svelte/no-at-html-tags');
	});

	it('reject innerHTML, outerHTML, insertAdjacentHTML and document.write in code', async () => {
		const code = [
			'const el = document.createElement("div");',
			'el.innerHTML = "<b>x</b>";',
			'el.outerHTML = "<b>x</b>";',
			'el.insertAdjacentHTML("beforeend", "<b>x</b>");',
			'document.write("<b>x</b>");',
			'export { el };',
			''
		].join('\n');
		const found = await problems(code, 'src/lib/map/probe.ts');
		expect(found.filter((r) => r === 'no-restricted-syntax')).toHaveLength(4);
	});

	it('leave text set as text alone', async () => {
		const code =
			'const el = document.createElement("div");\nel.textContent = "<b>x</b>";\nexport { el };\n';
		expect(await problems(code, 'src/lib/map/probe.ts')).toEqual([]);
	});
});
