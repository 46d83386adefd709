/**
 * Whether the whole height of `el` can be seen: its top and bottom edges are each the topmost
 * thing on screen at their points. A rectangle test alone says yes for words under a sticky
 * header (a phone sheet's handle) or cut off by a scrolling column's edge.
 */
export function inSight(el: Element): boolean {
	const box = el.getBoundingClientRect();
	if (!box.height) return false;
	const x = box.left + Math.min(8, box.width / 2);
	return [box.top + 1, box.bottom - 1].every((y) => {
		const hit = document.elementFromPoint(x, y);
		return !!hit && el.contains(hit);
	});
}

/**
 * Whether the box that scrolls `el` keeps a sticky header over its top, which it says by padding
 * its scroll for it (a phone's sheet and its handle).
 */
export function scrollsUnderHeader(el: Element): boolean {
	for (let box = el.parentElement; box; box = box.parentElement) {
		const style = getComputedStyle(box);
		if (/auto|scroll/.test(style.overflowY)) return style.scrollPaddingTop !== 'auto';
	}
	return false;
}
