import { nauticalMiles, type PlayedMode } from './voyage.ts';

/**
 * How the player speaks of a journey. Ships sail and are at sea between ports, in nautical miles;
 * a minister's flights are not, and their distance reads better in kilometres.
 */
export interface TravelWords {
	/** The player's name. */
	player: string;
	/** What the player plays, for its slider's name. */
	journey: string;
	/** Where the traveller is on a day between two stops. */
	between: (from: string, to: string) => string;
	/** The distance covered so far: short for the readout, spelt out for a screen reader. */
	covered: (km: number) => { short: string; spoken: string };
}

const count = (n: number) => Math.round(n).toLocaleString('en-GB');

const SEA: TravelWords = {
	player: 'Voyage player',
	journey: 'voyage',
	between: (from, to) => `at sea between ${from} and ${to}`,
	covered: (km) => {
		const nmi = count(nauticalMiles(km));
		return { short: `${nmi} nmi sailed`, spoken: `${nmi} nautical miles sailed` };
	}
};

const FLIGHT: TravelWords = {
	player: 'Journey player',
	journey: 'journey',
	between: (from, to) => `travelling between ${from} and ${to}`,
	covered: (km) => ({ short: `${count(km)} km flown`, spoken: `${count(km)} kilometres flown` })
};

export const TRAVEL_WORDS: Record<PlayedMode, TravelWords> = {
	sea: SEA,
	flight: FLIGHT
};
