/**
 * The story's words and date rules that the browser needs too, kept apart from the zod schema so
 * the validation library never ships to readers (it would also need `eval`, which the CSP bars).
 */

export const EVIDENCE_LEVELS = [
	'documented',
	'reported',
	'announced',
	'inferred',
	'disputed'
] as const;
export type Evidence = (typeof EVIDENCE_LEVELS)[number];

/** ISO 8601 calendar date at year, month or day precision. */
const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function isIsoDate(value: string): boolean {
	const m = ISO_DATE.exec(value);
	if (!m) return false;
	const month = m[2] === undefined ? 1 : Number(m[2]);
	const day = m[3] === undefined ? 1 : Number(m[3]);
	if (month < 1 || month > 12) return false;
	const probe = new Date(Date.UTC(Number(m[1]), month - 1, day));
	return probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

/** A date or an ISO 8601 interval `start/end` whose start is not after its end. */
export function isIsoDateOrRange(value: string): boolean {
	const parts = value.split('/');
	if (parts.length === 1) return isIsoDate(parts[0]);
	if (parts.length !== 2 || !parts.every(isIsoDate)) return false;
	return parts[0] <= parts[1];
}
