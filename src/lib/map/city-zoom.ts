/**
 * A town of rank r (1 for the largest cities) is named from zoom r + 3: the basemap style's filter
 * and the tiles' cut (scripts/basemap/tiles.ts) both follow it, so the tiles are rebuilt when it
 * changes (scripts/build-basemap.ts).
 */
export const CITY_ZOOM_AFTER_RANK = 3;
export const cityZoom = (rank: number) => rank + CITY_ZOOM_AFTER_RANK;
