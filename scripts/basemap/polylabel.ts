/**
 * Pole of inaccessibility: the point inside a polygon farthest from its edges, found by
 * best-first search over square cells (the polylabel algorithm). Unlike a centroid it always
 * lands inside, even for crescents such as Chile's neighbours or Croatia.
 */

type Ring = number[][];

type Cell = {
	x: number;
	y: number;
	half: number;
	/** Signed distance from the cell's centre to the outline, negative outside. */
	distance: number;
	/** The best distance any point in this cell could reach. */
	potential: number;
};

function squaredSegmentDistance(px: number, py: number, a: number[], b: number[]): number {
	let [x, y] = a;
	let dx = b[0] - x;
	let dy = b[1] - y;
	if (dx !== 0 || dy !== 0) {
		const t = ((px - x) * dx + (py - y) * dy) / (dx * dx + dy * dy);
		if (t > 1) {
			x = b[0];
			y = b[1];
		} else if (t > 0) {
			x += dx * t;
			y += dy * t;
		}
	}
	dx = px - x;
	dy = py - y;
	return dx * dx + dy * dy;
}

function signedDistance(x: number, y: number, rings: Ring[]): number {
	let inside = false;
	let minSquared = Infinity;
	for (const ring of rings) {
		for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
			const a = ring[i];
			const b = ring[j];
			if (a[1] > y !== b[1] > y && x < ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]) + a[0]) {
				inside = !inside;
			}
			minSquared = Math.min(minSquared, squaredSegmentDistance(x, y, a, b));
		}
	}
	return (inside ? 1 : -1) * Math.sqrt(minSquared);
}

function makeCell(x: number, y: number, half: number, rings: Ring[]): Cell {
	const distance = signedDistance(x, y, rings);
	return { x, y, half, distance, potential: distance + half * Math.SQRT2 };
}

/** A binary max-heap on `potential`, so the most promising cell is always refined next. */
class CellQueue {
	private cells: Cell[] = [];

	get size(): number {
		return this.cells.length;
	}

	push(cell: Cell): void {
		const cells = this.cells;
		let i = cells.push(cell) - 1;
		while (i > 0) {
			const parent = (i - 1) >> 1;
			if (cells[parent].potential >= cell.potential) break;
			cells[i] = cells[parent];
			i = parent;
		}
		cells[i] = cell;
	}

	pop(): Cell {
		const cells = this.cells;
		const top = cells[0];
		const last = cells.pop()!;
		if (cells.length > 0) {
			let i = 0;
			for (;;) {
				let child = 2 * i + 1;
				if (child >= cells.length) break;
				if (child + 1 < cells.length && cells[child + 1].potential > cells[child].potential) {
					child++;
				}
				if (cells[child].potential <= last.potential) break;
				cells[i] = cells[child];
				i = child;
			}
			cells[i] = last;
		}
		return top;
	}
}

/** Centroid of the outer ring, a cheap first guess that is often already good. */
function ringCentroid(ring: Ring, rings: Ring[]): Cell {
	let area = 0;
	let x = 0;
	let y = 0;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
		const a = ring[i];
		const b = ring[j];
		const f = a[0] * b[1] - b[0] * a[1];
		x += (a[0] + b[0]) * f;
		y += (a[1] + b[1]) * f;
		area += f * 3;
	}
	return area === 0
		? makeCell(ring[0][0], ring[0][1], 0, rings)
		: makeCell(x / area, y / area, 0, rings);
}

/**
 * @param rings outer ring first, then holes, in any planar coordinates
 * @param precision stop once no cell can beat the best by more than this
 */
export function poleOfInaccessibility(rings: Ring[], precision: number): [number, number] {
	let minX = Infinity;
	let minY = Infinity;
	let maxX = -Infinity;
	let maxY = -Infinity;
	for (const [x, y] of rings[0]) {
		minX = Math.min(minX, x);
		minY = Math.min(minY, y);
		maxX = Math.max(maxX, x);
		maxY = Math.max(maxY, y);
	}
	const size = Math.min(maxX - minX, maxY - minY);
	if (size === 0) return [minX, minY];

	const queue = new CellQueue();
	const half = size / 2;
	for (let x = minX; x < maxX; x += size) {
		for (let y = minY; y < maxY; y += size) {
			queue.push(makeCell(x + half, y + half, half, rings));
		}
	}

	let best = ringCentroid(rings[0], rings);
	const boxCentre = makeCell(minX + (maxX - minX) / 2, minY + (maxY - minY) / 2, 0, rings);
	if (boxCentre.distance > best.distance) best = boxCentre;

	while (queue.size > 0) {
		const cell = queue.pop();
		if (cell.distance > best.distance) best = cell;
		if (cell.potential - best.distance <= precision) continue;
		const h = cell.half / 2;
		queue.push(makeCell(cell.x - h, cell.y - h, h, rings));
		queue.push(makeCell(cell.x + h, cell.y - h, h, rings));
		queue.push(makeCell(cell.x - h, cell.y + h, h, rings));
		queue.push(makeCell(cell.x + h, cell.y + h, h, rings));
	}
	return [best.x, best.y];
}
