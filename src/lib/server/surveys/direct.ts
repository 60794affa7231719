import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { isActionFailure, isHttpError, isRedirect, type Handle } from '@sveltejs/kit';
import { render } from 'svelte/server';
import type { Component } from 'svelte';
import appTemplate from '../../../app.html?raw';
import { load as rootLayoutLoad } from '../../../routes/+layout.server';
import InvitationPage from '../../../routes/(public)/s/[token]/+page.svelte';
import * as invitationRoute from '../../../routes/(public)/s/[token]/+page.server';
import SurveyPage from '../../../routes/(public)/survey/[roundId]/+page.svelte';
import * as surveyRoute from '../../../routes/(public)/survey/[roundId]/+page.server';
import { isUuid } from '../../domain/ids';
import { i18n } from '../../i18n';
import { ownWritesCookie } from '../db/read-routing';
import { isDatabaseUnavailable } from '../db/unavailable';
import { compressionEnabled, negotiateEncoding, type Encoding } from '../http/compression';
import { cookieJar, type CookieJar } from '../http/cookie-jar';
import { LANGUAGE_COOKIE, requestLocale } from '../http/language';
import { stackOf } from '../http/request-label';
import { isCrossSiteWrite } from '../http/security';
import { reason, unavailablePageReply } from '../http/unavailable';
import { verifyBallot } from './ballots';
import { readBallot } from './entry';
import { rapportSecret } from './secret';

// The way from the invitation to the thank-you page, served without SvelteKit's request pipeline.
// Each of its requests costs the server a few milliseconds of SvelteKit's own work (a Web Request
// and Response per request, the hooks, the page's data written out for a script the survey never
// loads), several times what the survey's own code and rendering cost. These requests run the
// same code instead, called directly: the routes' own `load` and `actions`, the same components
// rendered by Svelte, the same cookies, headers and document, so that what a respondent gets does
// not depend on which of the two served it (tests/reliability/direct-survey.test.ts compares
// them request by request).
//
// Only the plain cases are taken: a GET without a query, the Start and submit forms of a browser
// without JavaScript, from this site, with a ballot for the survey being sent. Everything else
// (a language switch, an error page, a signed-in start, a script's enhanced form post, a request
// SvelteKit would refuse) goes to SvelteKit untouched. `SURVEY_DIRECT=off` sends every request
// there.

export const INVITATION_ROUTE = '/(public)/s/[token]';
export const SURVEY_ROUTE = '/(public)/survey/[roundId]';
type RouteId = typeof INVITATION_ROUTE | typeof SURVEY_ROUTE;

/** What a page of a route carries besides its own markup, as SvelteKit wrote it. */
type Shell = { stylesheets: string[]; headers: Readonly<Record<string, string>> };

// The route's stylesheet links and the headers SvelteKit adds to its pages (the Content Security
// Policy, the stylesheets' preload links) are learned from the first page SvelteKit serves on the
// route after the start, so that they are its own, not a copy that could drift from them. Until
// then the route's requests go to SvelteKit.
const shells = new Map<RouteId, Shell>();
const LEARNED_HEADERS = ['content-security-policy', 'link'];
const STYLESHEET_LINK = /<link href="[^"]*" rel="stylesheet">/g;

function isDirectRoute(id: string | null): id is RouteId {
	return id === INVITATION_ROUTE || id === SURVEY_ROUTE;
}

/** A handle that learns each direct route's shell from SvelteKit's first page on it. */
export const learnSurveyShells: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	const id = event.route.id;
	if (!isDirectRoute(id) || shells.has(id) || response.status !== 200) return response;
	if (response.headers.get('content-type') !== 'text/html') return response;
	const html = await response.text();
	const head = html.slice(0, html.indexOf('</head>'));
	shells.set(id, {
		stylesheets: head.match(STYLESHEET_LINK) ?? [],
		headers: Object.fromEntries(
			LEARNED_HEADERS.flatMap((name) => {
				const value = response.headers.get(name);
				return value === null ? [] : [[name, value]];
			})
		)
	});
	return new Response(html, response);
};

/** False when SURVEY_DIRECT=off: SvelteKit then serves the survey too. */
export function directServingEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
	return !/^(off|false|0|no)$/i.test(env.SURVEY_DIRECT?.trim() ?? '');
}

const TOKEN = /^\/s\/([a-z2-7]{32})$/;
const SURVEY = /^\/survey\/([^/]+)$/;
const FORM_TYPE = /^application\/x-www-form-urlencoded\s*(;|$)/i;

type DirectRequest = {
	route: RouteId;
	params: Record<string, string>;
	action: 'start' | 'submit' | null;
};

/** The request, if it is one of the plain cases this serves. */
function directRequest(
	method: string | undefined,
	path: string,
	search: string
): DirectRequest | null {
	const token = TOKEN.exec(path)?.[1];
	if (token) {
		if (method === 'GET' && search === '') {
			return { route: INVITATION_ROUTE, params: { token }, action: null };
		}
		if (method === 'POST' && search === '?/start') {
			return { route: INVITATION_ROUTE, params: { token }, action: 'start' };
		}
		return null;
	}
	const roundId = SURVEY.exec(path)?.[1];
	if (!roundId || !isUuid(roundId)) return null;
	if (method === 'GET' && search === '') {
		return { route: SURVEY_ROUTE, params: { roundId }, action: null };
	}
	if (method === 'POST' && search === '?/submit') {
		return { route: SURVEY_ROUTE, params: { roundId }, action: 'submit' };
	}
	return null;
}

/** adapter-node's BODY_SIZE_LIMIT (512K by default; K, M and G suffixes). */
function bodySizeLimit(value = process.env.BODY_SIZE_LIMIT ?? '512K'): number {
	const unit = ({ K: 1024, M: 1024 ** 2, G: 1024 ** 3 } as Record<string, number>)[
		value.slice(-1).toUpperCase()
	];
	return unit ? Number(value.slice(0, -1)) * unit : Number(value);
}

// Read once, as adapter-node and the compression handle read theirs.
const ORIGIN = process.env.ORIGIN?.replace(/\/+$/, '');
const BODY_SIZE_LIMIT = bodySizeLimit();
const COMPRESSION = compressionEnabled();

/** A form post SvelteKit would take as it is (its own checks, and ours in hooks.server.ts). */
function isPlainFormPost(req: IncomingMessage, origin: string): boolean {
	const length = Number(req.headers['content-length']);
	const site = req.headers['sec-fetch-site'] as string | undefined;
	return (
		req.headers.origin === origin &&
		!isCrossSiteWrite(req.method ?? '', site ?? null) &&
		FORM_TYPE.test(req.headers['content-type'] ?? '') &&
		!req.headers['x-sveltekit-action'] &&
		Number.isInteger(length) &&
		length <= BODY_SIZE_LIMIT
	);
}

/** The request's body, or null when the client went away before sending all of it. */
function readBody(req: IncomingMessage): Promise<string | null> {
	return new Promise((resolveBody) => {
		const chunks: Buffer[] = [];
		req.on('data', (chunk: Buffer) => chunks.push(chunk));
		req.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')));
		req.on('error', () => resolveBody(null));
		req.on('close', () => {
			if (!req.complete) resolveBody(null);
		});
	});
}

/**
 * A urlencoded form as the routes read a FormData: its fields in order, by name, never changed.
 * Lighter than a FormData, which checks and copies each of the survey's dozens of fields.
 */
function formDataOf(body: string): FormData {
	const fields = [...new URLSearchParams(body)];
	const all = (name: string) => fields.filter(([field]) => field === name).map(([, v]) => v);
	const form = {
		entries: () => fields[Symbol.iterator](),
		[Symbol.iterator]: () => fields[Symbol.iterator](),
		keys: () => fields.map(([name]) => name)[Symbol.iterator](),
		values: () => fields.map(([, value]) => value)[Symbol.iterator](),
		get: (name: string) => all(name)[0] ?? null,
		getAll: all,
		has: (name: string) => fields.some(([field]) => field === name),
		forEach(callback: (value: string, name: string, parent: FormData) => void) {
			for (const [name, value] of fields) callback(value, name, form as unknown as FormData);
		}
	};
	return form as unknown as FormData;
}

/** What the routes' `load` and `actions` read of their event, as SvelteKit gives it. */
function eventFor(
	request: DirectRequest,
	url: URL,
	cookies: CookieJar,
	locals: App.Locals,
	form?: FormData
) {
	const headers: Record<string, string> = {};
	const event = {
		params: request.params,
		url,
		cookies,
		locals,
		route: { id: request.route },
		request: { formData: async () => form ?? new FormData() },
		setHeaders(set: Record<string, string>) {
			for (const [name, value] of Object.entries(set)) headers[name.toLowerCase()] = value;
		}
	};
	// The routes' functions are typed for SvelteKit's whole event; they read the part above.
	return { event: event as never, headers };
}

/** SvelteKit's relative path from a page to the site's root (`paths.relative`). */
function relativeRoot(pathname: string): string {
	return (
		pathname
			.split('/')
			.slice(2)
			.map(() => '..')
			.join('/') || '.'
	);
}

// The document template cut once at its placeholders, so that a page is joined from its parts
// rather than copied once per placeholder replaced; like SvelteKit's, only the template's own
// placeholders are filled, never text that happens to be in the page.
const TEMPLATE_PARTS = appTemplate.split(
	/(%sveltekit\.head%|%sveltekit\.body%|%sveltekit\.assets%|%rapport\.lang%)/
);

function documentHtml(
	shell: Shell,
	url: URL,
	locale: string,
	rendered: { head: string; body: string }
): string {
	const filled: Record<string, string> = {
		'%sveltekit.head%': [rendered.head, ...shell.stylesheets].join('\n\t\t'),
		// SvelteKit's root component writes a space after the layouts and the page.
		'%sveltekit.body%': `${rendered.body} `,
		'%sveltekit.assets%': relativeRoot(url.pathname),
		'%rapport.lang%': locale
	};
	let html = '';
	for (const part of TEMPLATE_PARTS) html += filled[part] ?? part;
	return html;
}

function renderPage(
	request: DirectRequest,
	url: URL,
	page: { data: Record<string, unknown>; form: unknown; status: number }
): { head: string; body: string } {
	const component = (request.route === SURVEY_ROUTE ? SurveyPage : InvitationPage) as Component<
		Record<string, unknown>
	>;
	const state = {
		url,
		params: request.params,
		route: { id: request.route },
		status: page.status,
		error: null,
		data: page.data,
		form: page.form,
		state: {}
	};
	// `$app/state`'s page, as SvelteKit hands it to the components it renders.
	const context = new Map([['__request__', { page: state }]]);
	return render(component, {
		props: { data: page.data, form: page.form, params: request.params },
		context
	});
}

/** A page's bytes, and its compressed forms as they are first asked for. */
type Document = { bytes: Buffer } & Partial<Record<Encoding, Buffer>>;

type Reply = {
	status: number;
	headers: Record<string, string>;
	cookies: string[];
	body: string | Document | null;
};

function compressed(document: Document, encoding: Encoding): Buffer {
	return (document[encoding] ??=
		encoding === 'br'
			? brotliCompressSync(document.bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } })
			: gzipSync(document.bytes, { level: 5 }));
}

function send(req: IncomingMessage, res: ServerResponse, reply: Reply): void {
	// Bytes once: a string would be flattened to be measured, then encoded again to be written.
	const document = typeof reply.body === 'string' ? { bytes: Buffer.from(reply.body) } : reply.body;
	let body = document?.bytes ?? null;
	const headers: Record<string, string | string[]> = { ...reply.headers };
	const type = headers['content-type'];
	if (document && typeof type === 'string' && type.startsWith('text/') && COMPRESSION) {
		headers['vary'] = 'Accept-Encoding';
		const encoding = negotiateEncoding(req.headers['accept-encoding'] ?? null);
		if (encoding && document.bytes.length >= 1024) {
			body = compressed(document, encoding);
			headers['content-encoding'] = encoding;
		}
	}
	if (reply.cookies.length > 0) headers['set-cookie'] = reply.cookies;
	headers['content-length'] = String(body?.length ?? 0);
	res.writeHead(reply.status, headers);
	res.end(body ?? undefined);
}

async function pageReply(
	request: DirectRequest,
	shell: Shell,
	url: URL,
	cookies: CookieJar,
	locals: App.Locals,
	action: { status: number; form: unknown } | null
): Promise<Reply> {
	const { event, headers } = eventFor(request, url, cookies, locals);
	const route = request.route === SURVEY_ROUTE ? surveyRoute : invitationRoute;
	// In SvelteKit's order: the root layout's load, then the page's (which may set the language).
	const layoutData = rootLayoutLoad(event);
	const pageData = await route.load(event);
	const data = { ...(await layoutData), ...pageData };
	const status = action?.status ?? 200;
	const form = action?.form ?? null;
	return {
		status,
		headers: { ...shell.headers, ...headers, 'content-type': 'text/html' },
		cookies: cookies.setCookieLines(),
		body: pageDocument(request, shell, url, locals.locale, { data, form, status })
	};
}

// The invitation page, the survey's first step and its thank-you are the same bytes for everyone
// who gets the same props on the same address: the round's, the department's and the language's,
// nothing of the person asking. Such a page is rendered (and compressed) once and kept, under a
// key made of everything its rendering reads: the address, the status, the language and the
// props. A page whose props hold what one person typed or was given (answers shown again, the
// departments chosen, a private link) is never kept. The invitation page's address is the
// person's link: it is keyed by its route instead, and kept only if the link is nowhere in it.
const KEPT_PAGES = new Map<string, Document>();
// Pages' own bytes; their compressed forms add about a sixth. A survey page at 200 departments
// is about 40 KB: the pages of 200 departments in two languages fit.
const KEPT_PAGES_BYTES = 32 * 1024 * 1024;
let keptBytes = 0;

/** Whether a page's props hold nothing of one person: no form, or its outcome alone. */
function isSharedPage(request: DirectRequest, form: unknown): boolean {
	if (form === null) return true;
	if (request.route !== SURVEY_ROUTE) return false;
	return Object.entries(form as object).every(
		([name, value]) => name === 'outcome' || value === null
	);
}

function keep(key: string, document: Document): void {
	keptBytes -= KEPT_PAGES.get(key)?.bytes.length ?? 0;
	KEPT_PAGES.set(key, document);
	keptBytes += document.bytes.length;
	for (const [oldest, kept] of KEPT_PAGES) {
		if (keptBytes <= KEPT_PAGES_BYTES) break;
		KEPT_PAGES.delete(oldest);
		keptBytes -= kept.bytes.length;
	}
}

// A frozen list of frozen items among a page's data (the departments to rate, the questions:
// the routes hand out the same one each time) is written into the page's key as a digest of its
// content, taken once per list; so the key of a survey page at 200 departments costs a few short
// strings, not the list written out. Any other value is written out in full.
const listDigests = new WeakMap<readonly unknown[], string>();

const isFrozenList = (value: unknown): value is readonly unknown[] =>
	Array.isArray(value) &&
	Object.isFrozen(value) &&
	value.every((item) => typeof item !== 'object' || item === null || Object.isFrozen(item));

function digestOf(list: readonly unknown[]): string {
	let digest = listDigests.get(list);
	if (digest === undefined) {
		digest = `\u0000${createHash('sha256').update(JSON.stringify(list)).digest('base64')}`;
		listDigests.set(list, digest);
	}
	return digest;
}

function propsKey(
	address: string,
	page: { data: Record<string, unknown>; form: unknown; status: number },
	locale: string
): string {
	const data: Record<string, unknown> = {};
	for (const [name, value] of Object.entries(page.data)) {
		const list = Array.isArray(value) && (listDigests.has(value) || isFrozenList(value));
		data[name] = list ? digestOf(value) : value;
	}
	return JSON.stringify([address, page.status, locale, data, page.form]);
}

function pageDocument(
	request: DirectRequest,
	shell: Shell,
	url: URL,
	locale: string,
	page: { data: Record<string, unknown>; form: unknown; status: number }
): string | Document {
	const shared = isSharedPage(request, page.form);
	const link = request.route === INVITATION_ROUTE ? request.params.token : null;
	const address = link === null ? url.href : `${url.origin}${INVITATION_ROUTE}`;
	const key = shared ? propsKey(address, page, locale) : '';
	const kept = shared ? KEPT_PAGES.get(key) : undefined;
	if (kept) {
		// Most recently used last, so that the oldest goes first.
		KEPT_PAGES.delete(key);
		KEPT_PAGES.set(key, kept);
		return kept;
	}
	const html = documentHtml(shell, url, locale, renderPage(request, url, page));
	if (!shared || (link !== null && html.includes(link))) return html;
	const document = { bytes: Buffer.from(html) };
	keep(key, document);
	return document;
}

/** A form post answered below 400 marks its sender, as markOwnWrites does for SvelteKit's. */
function withOwnWritesMark(reply: Reply, url: URL): Reply {
	const mark = reply.status < 400 ? ownWritesCookie(url) : null;
	return mark ? { ...reply, cookies: [...reply.cookies, mark] } : reply;
}

function redirectReply(status: number, location: string, cookies: CookieJar): Reply {
	return { status, headers: { location }, cookies: cookies.setCookieLines(), body: null };
}

/**
 * A failure after the form was read, when SvelteKit can no longer be handed the request. Log
 * lines name the route, never the path (docs/anonymity.md), as requestLabel does.
 */
function failureReply(error: unknown, cookies: CookieJar, req: IncomingMessage): Reply {
	if (isDatabaseUnavailable(error)) {
		console.error(`database unavailable: POST ${SURVEY_ROUTE}:`, reason(error));
		const page = unavailablePageReply(
			cookies.get('rapport_survey_locale'),
			req.headers['accept-language'] ?? null
		);
		return { ...page, cookies: [] };
	}
	const status = isHttpError(error) ? error.status : 500;
	let message = isHttpError(error) ? error.body.message : '';
	if (status >= 500) {
		const id = crypto.randomUUID();
		console.error(`error ${id} on POST ${SURVEY_ROUTE}:`, stackOf(error));
		message = i18n(cookies.get('rapport_survey_locale')).t.errors.internal(id);
	}
	return {
		status,
		headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
		cookies: [],
		body: message
	};
}

/**
 * Serves the request if it is one of the plain cases; false (the request untouched) otherwise,
 * for SvelteKit to serve.
 */
export async function serveSurveyDirectly(
	req: IncomingMessage,
	res: ServerResponse
): Promise<boolean> {
	const origin = ORIGIN;
	if (!origin) return false;
	const target = req.url ?? '';
	const queryAt = target.indexOf('?');
	const path = queryAt < 0 ? target : target.slice(0, queryAt);
	const request = directRequest(req.method, path, queryAt < 0 ? '' : target.slice(queryAt));
	const shell = request && shells.get(request.route);
	if (!request || !shell) return false;
	if (request.action && !isPlainFormPost(req, origin)) return false;
	const url = new URL(target, origin);
	const cookies = cookieJar(req.headers.cookie, url);
	const locals: App.Locals = {
		user: null,
		session: null,
		apiKey: null,
		locale: await requestLocale({
			cookie: cookies.get(LANGUAGE_COOKIE),
			acceptLanguage: req.headers['accept-language'] ?? null
		})
	};

	if (request.action === 'start') {
		// Start reads nothing from its form; until it has run, SvelteKit can still be handed the
		// request (a failed statement changed nothing).
		const { event } = eventFor(request, url, cookies, locals);
		try {
			await invitationRoute.actions.start(event);
		} catch (thrown) {
			if (!isRedirect(thrown)) return false;
			send(
				req,
				res,
				withOwnWritesMark(redirectReply(thrown.status, thrown.location, cookies), url)
			);
			return true;
		}
		return false;
	}

	if (request.action === 'submit') {
		// Only with this survey's ballot: the thank-you of a reload, a second tab or a lost ballot
		// is SvelteKit's to answer.
		const ballot = verifyBallot(rapportSecret(), readBallot(cookies, url));
		if (!ballot || ballot.roundId !== request.params.roundId) return false;
		const body = await readBody(req);
		if (body === null) {
			res.destroy();
			return true;
		}
		const form = formDataOf(body);
		let reply: Reply;
		try {
			const { event } = eventFor(request, url, cookies, locals, form);
			const result = await surveyRoute.actions.submit(event);
			const action = isActionFailure(result)
				? { status: result.status, form: result.data }
				: { status: 200, form: result ?? null };
			reply = await pageReply(request, shell, url, cookies, locals, action);
		} catch (thrown) {
			reply = isRedirect(thrown)
				? redirectReply(thrown.status, thrown.location, cookies)
				: failureReply(thrown, cookies, req);
		}
		send(req, res, withOwnWritesMark(reply, url));
		return true;
	}

	// A page: anything but a page to show (an unknown link, a database that cannot be reached)
	// is SvelteKit's, which answers it as it answers every other request.
	let reply: Reply;
	try {
		reply = await pageReply(request, shell, url, cookies, locals, null);
	} catch {
		return false;
	}
	send(req, res, reply);
	return true;
}
