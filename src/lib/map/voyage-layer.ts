import { Marker, type GeoJSONSource, type Map as MapLibreMap } from 'maplibre-gl';
import type { Geometry, Position } from 'geojson';
import { VOYAGE_SOURCE, VOYAGE_STATE } from './story-layers.ts';
import { PLACE_COLOURS } from '../style/story-marks.ts';
import { sailedParts } from '../voyage/sailed.ts';
import type { Voyage, VoyagePosition } from '../voyage/voyage.ts';

/** Close enough to see the ship move, far enough to see where it is going. */
const FOLLOW_ZOOM = 3.5;
/** The two lines in the voyage's source: sailed up to the last vertex passed, and on to the ship. */
const DONE = 1;
const LEG = 2;

/**
 * How the camera keeps the ship in view: gliding with it, or (with reduced motion) stepping to
 * it at each stop and wherever it would be out of sight; null leaves the camera where it is.
 */
export type ShipCamera = 'glide' | 'step' | null;

export interface VoyageLayer {
	/** Shows a voyage's sailed line and ship (null hides them). */
	setVoyage(voyage: Voyage | null): void;
	/** Moves the ship, and the camera with it as `camera` says. */
	setShip(position: VoyagePosition, camera: ShipCamera): void;
	/** The map left places off or put them back: the ship names a port whose dot is gone. */
	placesChanged(): void;
}

export interface VoyageLayerHooks {
	/** Whether the map's style (so the voyage's source) exists: see create-map. */
	styled: () => boolean;
	/** The camera started following the ship: it wins over a view still waiting for data. */
	onFollow: () => void;
	/** Whether the map leaves a place off (a voyage's ports only with the places layer off). */
	offMap: (placeId: string) => boolean;
}

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string>) {
	const el = document.createElementNS('http://www.w3.org/2000/svg', tag);
	for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
	return el;
}

/** A dark arrowhead with a white edge, pointing the way the ship sails (the marker turns it). */
function shipElement(): HTMLElement {
	const el = document.createElement('div');
	el.className = 'voyage-ship';
	el.setAttribute('aria-hidden', 'true');
	const icon = svg('svg', { viewBox: '-12 -12 24 24', width: '26', height: '26' });
	icon.append(
		svg('path', {
			d: 'M0 -10 L6 8 L0 4 L-6 8 Z',
			fill: '#111',
			stroke: '#fff',
			'stroke-width': '2',
			'stroke-linejoin': 'round'
		})
	);
	el.append(icon);
	return el;
}

/**
 * The name of a stop with no dot or label of its own on the map (a point at sea, which is on the
 * route and not a place, or a port while the places layer is switched off), beside the ship while
 * it is there: in the colours of the map's own labels, upright whichever way the ship turns.
 * Screen readers hear it from the player.
 */
function stopNameElement(name: string): HTMLElement {
	const el = document.createElement('div');
	el.className = 'voyage-stop-name';
	el.textContent = name;
	el.setAttribute('aria-hidden', 'true');
	const halo = PLACE_COLOURS.labelHalo;
	Object.assign(el.style, {
		font: '600 12px/1.2 system-ui, sans-serif',
		color: PLACE_COLOURS.label,
		textShadow: `0 0 2px ${halo}, 0 0 3px ${halo}, 0 0 4px ${halo}`,
		// Wrapped as the map's labels are: a long name stays inside a phone's map.
		width: 'max-content',
		maxWidth: '9em',
		pointerEvents: 'none'
	});
	return el;
}

/**
 * The voyage player's drawing: the line sailed so far and the ship. A module of its own, which
 * the map loads when a voyage is first shown, so a visit that plays none does not download it.
 */
export function createVoyageLayer(map: MapLibreMap, hooks: VoyageLayerHooks): VoyageLayer {
	let voyage: Voyage | null = null;
	let passed = -1;
	let ship: Marker | null = null;
	let stopName: Marker | null = null;
	let wasFollowing = false;
	/** The stop the ship was last at: a step to a stop is made once, as the ship reaches it. */
	let lastStop: string | undefined;
	/** Where the ship was last put, drawn once the voyage's source exists (after the style). */
	let shipAt: { position: VoyagePosition; camera: ShipCamera } | null = null;

	const voyageSource = () => map.getSource<GeoJSONSource>(VOYAGE_SOURCE);

	function setVoyage(next: Voyage | null) {
		// Another voyage's ship is not drawn on this one's line.
		if (next?.routeId !== voyage?.routeId) shipAt = null;
		voyage = next;
		passed = -1;
		const source = voyageSource();
		if (!source) {
			// Before the style loads, or while a lost WebGL context has taken it away.
			if (!hooks.styled()) map.once('style.load', () => setVoyage(voyage));
			return;
		}
		map.setGlobalStateProperty(VOYAGE_STATE, next?.routeId ?? '');
		const line = (coordinates: Position[]) => ({
			type: 'Feature' as const,
			properties: { route: next?.routeId ?? '' },
			geometry: { type: 'LineString' as const, coordinates }
		});
		source.setData({
			type: 'FeatureCollection',
			features: next
				? [
						{ ...line([next.line[0], next.line[0]]), id: DONE },
						{ ...line([next.line[0], next.line[0]]), id: LEG }
					]
				: []
		});
		if (!next) {
			ship?.remove();
			stopName?.remove();
			ship = stopName = null;
			shipAt = null;
		} else if (shipAt) {
			setShip(shipAt.position, shipAt.camera);
		}
	}

	/** The line sailed up to the ship. */
	function drawSailed(sailed: Voyage, source: GeoJSONSource, position: VoyagePosition) {
		const parts = sailedParts(sailed, position.km, position.point);
		const update: { id: number; newGeometry: Geometry }[] = [
			{ id: LEG, newGeometry: { type: 'LineString', coordinates: parts.leg } }
		];
		// The passed vertices change only when the ship passes one: the worker gets the short leg
		// every frame and the long line only then.
		if (parts.passed !== passed) {
			passed = parts.passed;
			update.push({
				id: DONE,
				newGeometry: { type: 'LineString', coordinates: sailed.line.slice(0, passed + 1) }
			});
		}
		source.updateData({ update });
	}

	/** Whether the view shows the point; its bounds, and the line, run past ±180° at times. */
	function shows([lng, lat]: Position) {
		const bounds = map.getBounds();
		return [-360, 0, 360].some((turn) => bounds.contains([lng + turn, lat]));
	}

	/** Without continuous motion: the view jumps to the ship, with a short fade. */
	function stepTo(point: Position) {
		hooks.onFollow();
		map.jumpTo({ center: [point[0], point[1]] });
		map.getContainer().animate([{ opacity: 0.35 }, { opacity: 1 }], { duration: 350 });
	}

	/** Names the stop the ship is at, unless the map's own label does. */
	function nameStop(position: VoyagePosition) {
		const at = position.atStop;
		const unnamed = at && (!at.stop.place || hooks.offMap(at.stop.place)) ? at.name : '';
		if (!unnamed) {
			stopName?.remove();
			stopName = null;
		} else if (stopName?.getElement().textContent !== unnamed) {
			stopName?.remove();
			// Right of the ship, clear of its arrow whichever way that points.
			stopName = new Marker({ element: stopNameElement(unnamed), anchor: 'left', offset: [16, 0] })
				.setLngLat([position.point[0], position.point[1]])
				.addTo(map);
		}
	}

	function setShip(position: VoyagePosition, camera: ShipCamera) {
		shipAt = { position, camera };
		const source = voyageSource();
		if (!voyage || !source) return;
		drawSailed(voyage, source, position);
		const [lng, lat] = position.point;
		if (!ship)
			ship = new Marker({ element: shipElement(), rotationAlignment: 'map' })
				.setLngLat([lng, lat])
				.addTo(map);
		ship.setLngLat([lng, lat]).setRotation(position.heading);
		nameStop(position);
		const stop = position.atStop?.id;
		const reached = stop !== undefined && stop !== lastStop;
		lastStop = stop;
		if (camera === 'step' && (reached || !shows(position.point))) stepTo(position.point);
		const follow = camera === 'glide';
		if (follow) hooks.onFollow();
		// Ease onto the ship when following starts, and keep easing while the camera is still
		// catching up (scrubbing jumps faster than an ease); then track it frame by frame.
		if (follow && (!wasFollowing || map.isMoving())) {
			map.easeTo({ center: [lng, lat], zoom: Math.max(map.getZoom(), FOLLOW_ZOOM), duration: 600 });
		} else if (follow) {
			map.jumpTo({ center: [lng, lat] });
		}
		wasFollowing = follow;
	}

	return {
		setVoyage,
		setShip,
		placesChanged: () => {
			if (voyage && shipAt) nameStop(shipAt.position);
		}
	};
}
