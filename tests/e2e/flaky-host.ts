import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A host in front of the test server whose connection drops for some paths while the rest still
 * come: the network failing for the story's data after the page itself arrived. Playwright's own
 * routing cannot stand in for it, as routing turns the browser's HTTP cache off, and what the
 * browser saved earlier is what such a drill is about. (A host that answers with an error is
 * another case: the browser then drops its saved copy.)
 */
export async function flakyHost(upstream: string) {
	const failing = new Set<string>();
	const server: Server = createServer(async (req, res) => {
		const path = new URL(req.url ?? '/', 'http://host').pathname;
		if (failing.has(path)) {
			req.socket.destroy();
			return;
		}
		const headers: Record<string, string> = {};
		for (const name of ['if-none-match', 'if-modified-since', 'accept']) {
			const value = req.headers[name];
			if (typeof value === 'string') headers[name] = value;
		}
		const answer = await fetch(new URL(req.url ?? '/', upstream), {
			headers,
			redirect: 'manual'
		}).catch(() => null);
		if (!answer) {
			res.destroy();
			return;
		}
		const kept: Record<string, string> = {};
		answer.headers.forEach((value, name) => {
			if (!['content-encoding', 'content-length', 'transfer-encoding', 'connection'].includes(name))
				kept[name] = value;
		});
		res.writeHead(answer.status, kept);
		res.end(Buffer.from(await answer.arrayBuffer()));
	});
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	return {
		origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
		fail: (...paths: string[]) => paths.forEach((p) => failing.add(p)),
		close: () => new Promise((done) => server.close(done))
	};
}
