import { MediaQuery } from 'svelte/reactivity';

/**
 * Whether the reader asked their system for less motion. The query is made once, so reading
 * `reducedMotion.current` is cheap enough for code that runs every animation frame. Not for
 * markup that is prerendered: on the server it is always false.
 */
export const reducedMotion = new MediaQuery('(prefers-reduced-motion: reduce)', false);
