/**
 * Runs `work` once the browser has painted the current changes: a requestAnimationFrame callback
 * runs just before the next paint, and a task queued from it runs after that paint. Used for what
 * may wait a frame after a selection (camera moves, scrolling that forces layout), so the text the
 * reader asked for is painted first. Returns a function that cancels work not yet run.
 */
export function afterPaint(work: () => void): () => void {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const frame = requestAnimationFrame(() => {
		timer = setTimeout(work, 0);
	});
	return () => {
		cancelAnimationFrame(frame);
		clearTimeout(timer);
	};
}
