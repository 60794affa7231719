// The survey page as a respondent's phone gets it: the JavaScript it would download (gzipped),
// and the time to its first byte.
import { gzipSync } from 'node:zlib';
import { request } from './http';
import { percentiles, type Percentiles } from './stats';
import { p50p95, ratioOf, type Row } from './table';

export type PageFigures = { html: Buffer; jsGzipBytes: number; scripts: number; ttfb: Percentiles };

/** Every script the page loads or preloads, and its inline scripts, gzipped. */
async function javascriptOf(base: string, html: string) {
	const sources = [
		...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g),
		...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)
	].map((m) => m[1]);
	const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)]
		.map((m) => m[1])
		.filter((body) => body.trim().length > 0);
	let bytes = inline.reduce((sum, body) => sum + gzipSync(body).length, 0);
	for (const src of new Set(sources)) {
		const reply = await request(new URL(src, base + '/').toString());
		bytes += gzipSync(reply.body).length;
	}
	return { bytes, scripts: sources.length + inline.length };
}

export async function timeTtfb(url: string, cookie: string, samples: number): Promise<Percentiles> {
	const times: number[] = [];
	for (let i = 0; i < samples; i++) {
		const reply = await request(url, { headers: { cookie, accept: 'text/html' } });
		if (reply.status !== 200) throw new Error(`${url}: ${reply.status}`);
		times.push(reply.ttfb);
	}
	return percentiles(times);
}

/** The survey page with an unspent ballot: the form a respondent fills in. */
export async function measureSurveyPage(
	base: string,
	roundId: string,
	cookie: string,
	samples: number
): Promise<PageFigures> {
	const url = `${base}/survey/${roundId}`;
	const first = await request(url, { headers: { cookie, accept: 'text/html' } });
	const html = first.body.toString();
	if (first.status !== 200 || !html.includes('<form')) {
		throw new Error(`the survey page did not show the form (${first.status})`);
	}
	const js = await javascriptOf(base, html);
	return {
		html: first.body,
		jsGzipBytes: js.bytes,
		scripts: js.scripts,
		ttfb: await timeTtfb(url, cookie, samples)
	};
}

export function pageRows(page: PageFigures, bareTtfb: Percentiles): Row[] {
	return [
		{
			measure: 'Survey page: JavaScript, gzipped',
			rapport: `${(page.jsGzipBytes / 1024).toFixed(1)} KB (${page.scripts} scripts; HTML ${(page.html.length / 1024).toFixed(0)} KB, ${(gzipSync(page.html).length / 1024).toFixed(0)} KB gzipped)`,
			baseline: 'budget: 40 KB',
			ratio: null,
			target: '≤ 40 KB',
			met: page.jsGzipBytes <= 40 * 1024
		},
		{
			measure: 'Survey page: HTML before compression (first step, every department offered)',
			rapport: `${(page.html.length / 1024).toFixed(1)} KB`,
			baseline: 'before: 715 KB at 200 departments',
			ratio: null,
			target: '≤ 60 KB',
			met: page.html.length <= 60 * 1024
		},
		{
			measure: 'Survey page: time to first byte',
			rapport: p50p95(page.ttfb),
			baseline: `bare node:http, same bytes from memory: ${p50p95(bareTtfb)}`,
			ratio: ratioOf(bareTtfb.p50, page.ttfb.p50),
			target: '',
			met: null
		}
	];
}
