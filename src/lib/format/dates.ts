const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

interface Parts {
	y: string;
	m?: number;
	d?: number;
}

function parts(iso: string): Parts {
	const [y, m, d] = iso.split('-');
	return { y, m: m ? Number(m) : undefined, d: d ? Number(d) : undefined };
}

function one({ y, m, d }: Parts, withYear = true): string {
	const out: string[] = [];
	if (d !== undefined) out.push(String(d));
	if (m !== undefined) out.push(MONTHS[m - 1]);
	if (withYear) out.push(y);
	return out.join(' ');
}

/**
 * An ISO 8601 date or interval in reader's English: "26 Feb 2023", "Feb 2023",
 * "26 Feb – 4 Mar 2023", "1–2 Feb 2023", "Mar – Apr 2019".
 */
export function formatDate(iso: string): string {
	const [startIso, endIso] = iso.split('/');
	const start = parts(startIso);
	if (!endIso) return one(start);
	const end = parts(endIso);
	if (start.y !== end.y) return `${one(start)} – ${one(end)}`;
	if (start.m === end.m && start.d !== undefined && end.d !== undefined) {
		return `${start.d}–${end.d} ${MONTHS[(start.m as number) - 1]} ${start.y}`;
	}
	return `${one(start, false)} – ${one(end)}`;
}

/**
 * A period's bounds ("YYYY" or "YYYY-MM", either may be missing) in reader's English: "2021",
 * "from Feb 2023 to the end of 2023", "from 2019", "to Mar 2023". Null when it has neither.
 */
export function formatPeriod(from: string | null, to: string | null): string | null {
	if (from && from === to) return formatDate(from);
	// A bare year as the end means its last day: said so when it is the start's own year.
	const endOfStartYear = to !== null && !to.includes('-') && from?.startsWith(`${to}-`);
	const words: string[] = [];
	if (from) words.push(`from ${formatDate(from)}`);
	if (to) words.push(endOfStartYear ? `to the end of ${to}` : `to ${formatDate(to)}`);
	return words.length ? words.join(' ') : null;
}
