/** A place's, route's or source's id: a lowercase slug such as "rio-de-janeiro". */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
