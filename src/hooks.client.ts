import type { HandleClientError } from '@sveltejs/kit';

/**
 * What a reader is told when a page fails in the browser: a page's code or text is fetched the
 * first time it is opened, so a connection that dropped since the story map loaded, or a deploy
 * that replaced its files, shows here. Kit's own message was "Internal Error".
 */
export const handleError: HandleClientError = ({ status }) => {
	if (status === 404) return { message: 'Not Found' };
	return {
		message: navigator.onLine
			? 'This part of the story map could not be loaded. The site may just have been updated: reload the page.'
			: 'This part of the story map could not be loaded: you seem to be offline. Reconnect, then try again.'
	};
};
