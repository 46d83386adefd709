import { getContext, setContext } from 'svelte';
import type { Voyage, VoyagePosition } from './voyage.ts';

/**
 * What the voyage player and the map share while a route plays: the live day lives here (the URL
 * gets it, throttled, as `?at=`), so that sixty frames a second never touch the history.
 */
export class VoyagePlayer {
	voyage = $state.raw<Voyage | null>(null);
	day = $state(0);
	playing = $state(false);
	/** The camera follows the ship until the reader moves the map by hand. */
	following = $state(true);
	/** How many times the reader asked to watch the ship: on a phone the sheet then goes down. */
	watchRequests = $state(0);
	/**
	 * Where the ship is on a day, given by the route page along with its voyage: the geometry
	 * code behind it (Turf) then loads with that page instead of with every page.
	 */
	locate = $state.raw<((voyage: Voyage, day: number) => VoyagePosition) | null>(null);
	position = $derived(this.voyage && this.locate ? this.locate(this.voyage, this.day) : null);

	/** The reader played, stepped, scrubbed or re-centred: the camera goes with the ship. */
	follow() {
		this.following = true;
		this.watchRequests++;
	}
}

const KEY = Symbol('voyage-player');

export function provideVoyagePlayer(): VoyagePlayer {
	return setContext(KEY, new VoyagePlayer());
}

export function useVoyagePlayer(): VoyagePlayer {
	return getContext<VoyagePlayer>(KEY);
}
