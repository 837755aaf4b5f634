// A static server for the browser journeys: the release build at /, the test fixtures at
// /fixtures/, and a few routes that misbehave on purpose. Loopback only; stops with its parent.
//
//   /once/<status|garbage>/<key>/<path>  the first request for <key> fails (HTTP <status>, or a
//                                        truncated body); later ones serve <path> (retry tests)
//   /slow/<ms>/<path>                    serves <path> after <ms> milliseconds
//   /status/<code>                       always answers HTTP <code>
//   /slow-once/<ms>/<key>/<path>         the first request for <key> waits <ms> milliseconds (a
//                                        timeout to provoke); later ones serve <path> at once
//   /drop/<key>/<path>                   destroys the connection without an answer (a network
//                                        failure) until /heal/<key> is requested; then serves <path>
//                                        (a key, not "once": Chromium itself retries a request whose
//                                        reused connection was closed, so one drop could go unseen)
//   /heal/<key>                          see /drop
//   /big/<n>                             a valid contract article of about <n> MB (0 < n ≤ 20):
//                                        many paragraphs, headings and inline markup
//   /wp-json/wp/v2/posts/<id>            a WordPress REST API: tests/fixtures/wordpress/post-<id>.json
//   /wp-json/wp/v2/posts?categories=…    (or post.json), and the category query's list
//   /__axe.js                            axe-core, as a same-origin script (inline ones break CSP)
//   /wp/…                                a real WordPress (tests/wordpress/serve), when WORDPRESS_PORT
//                                        names its port: forwarded as they are, so the reader reads
//                                        it on its own origin, under the same strict CSP
//
// Every HTML page is served under the strict Content-Security-Policy that hosts are told to use,
// so every journey also proves the reader needs nothing more. `?tt=1` on a page adds Trusted
// Types enforcement with one allowed policy name, the reader's (TRUSTED_TYPES below).
import { createServer, request } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(fileURLToPath(new URL("../..", import.meta.url)));
const port = Number(process.env.PORT || 8181);
const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".woff2": "font/woff2",
};
const seen = new Set();
const healed = new Set();
const bigArticles = new Map();
export const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' https: data:; " +
  "connect-src 'self' https:; base-uri 'none'; object-src 'none'";
/// Trusted Types on top of CSP: every DOM sink that parses HTML or script refuses plain strings,
/// and the only policy that may be created is the reader's own (never `default`).
export const TRUSTED_TYPES = "require-trusted-types-for 'script'; trusted-types article-reader";
const axePath = join(root, "node_modules", "axe-core", "axe.min.js");

/// The release build served at / (READER_DIST: another build of it, relative to the repository).
const dist = join(root, process.env.READER_DIST || "dist");

/// Maps a URL path to a file under dist/, tests/fixtures/ or examples/, refusing to leave them.
function fileFor(path) {
  const [base, rest] = path.startsWith("/fixtures/")
    ? [join(root, "tests", "fixtures"), path.slice("/fixtures/".length)]
    : path.startsWith("/examples/")
      ? [join(root, "examples"), path.slice("/examples/".length)]
      : [dist, path.slice(1) || "index.html"];
  const file = normalize(join(base, decodeURIComponent(rest)));
  return file.startsWith(base) ? file : null;
}

/// A valid contract article of about `mb` megabytes of JSON: a realistic long read (plain and
/// marked-up paragraphs, headings, a list every so often) rather than one giant string.
function bigArticle(mb) {
  const target = Math.round(mb * 1024 * 1024);
  const sentence =
    "The committee heard evidence from engineers, residents and the city's own auditors, " +
    "who described in detail how the budget for the bridge had grown year after year. ";
  const body = [];
  let size = 0;
  for (let i = 0; size < target; i++) {
    let block;
    if (i % 40 === 0) {
      block = { type: "heading", level: 2, text: `Part ${i / 40 + 1}` };
    } else if (i % 17 === 0) {
      block = { type: "list", ordered: i % 2 === 0, items: [`Item <em>one</em> of ${i}`, `Item <a href="/item/${i}">two</a>`, "Item three"] };
    } else if (i % 3 === 0) {
      block = {
        type: "paragraph",
        html: `<strong>${i}.</strong> ${sentence}<em>${sentence}</em> <a href="https://news.example/${i}">Read more</a> &amp; ${sentence}`,
      };
    } else {
      block = { type: "paragraph", text: `${i}. ${sentence.repeat(3)}` };
    }
    body.push(block);
    size += JSON.stringify(block).length + 1;
  }
  body.push({ type: "paragraph", text: "The end of the very long article." });
  return JSON.stringify({
    version: 1,
    id: `big-${mb}`,
    lang: "en",
    title: `A very long article (${mb} MB)`,
    standfirst: "Every paragraph of a long inquiry, in one document.",
    published: "2026-08-14T11:00:00+01:00",
    authors: [{ name: "Sam Long" }],
    body,
    related: [{ title: "The short version", url: "https://news.example/en/short", src: "/demo/en.json" }],
  });
}

/// The precompressed twin of `file` (written by scripts/post-build.mjs) that the request accepts,
/// as a production server would send it: brotli first, then gzip; none for anything else.
async function precompressed(file, accept) {
  for (const [encoding, suffix] of [["br", ".br"], ["gzip", ".gz"]]) {
    if (!new RegExp(`\\b${encoding}\\b`).test(accept)) continue;
    try {
      return { encoding, body: await readFile(file + suffix) };
    } catch {}
  }
  return null;
}

async function serveFile(res, path, trustedTypes = false, accept = "") {
  const file = path === "/__axe.js" ? axePath : fileFor(path);
  try {
    if (!file) throw new Error("outside");
    const twin = await precompressed(file, accept);
    const body = twin ? twin.body : await readFile(file);
    const headers = { "content-type": types[extname(file)] || "application/octet-stream", "cache-control": "no-store" };
    if (twin) Object.assign(headers, { "content-encoding": twin.encoding, vary: "accept-encoding" });
    if (extname(file) === ".html") {
      headers["content-security-policy"] = trustedTypes ? `${CSP}; ${TRUSTED_TYPES}` : CSP;
    }
    res.writeHead(200, headers);
    res.end(body);
  } catch {
    res.writeHead(404, { "content-type": "text/plain" });
    res.end("not found");
  }
}

/// Forwards a request to the real WordPress of tests/wordpress/serve (its site address is this
/// server's /wp/, so the Host header goes as it is).
function forwardToWordPress(req, res) {
  const port = Number(process.env.WORDPRESS_PORT);
  if (!port) {
    res.writeHead(404, { "content-type": "text/plain" });
    return res.end("no WordPress here: run the journeys through tests/wordpress/serve");
  }
  const upstream = request({ host: "127.0.0.1", port, method: req.method, path: req.url, headers: req.headers }, (answer) => {
    res.writeHead(answer.statusCode, answer.headers);
    answer.pipe(res);
  });
  upstream.on("error", (e) => {
    res.writeHead(502, { "content-type": "text/plain" });
    res.end(`WordPress did not answer: ${e.message}`);
  });
  req.pipe(upstream);
}

const server = createServer(async (req, res) => {
  const url = new URL(req.url, "http://127.0.0.1");
  const path = url.pathname;
  let m;
  if (path.startsWith("/wp/")) return forwardToWordPress(req, res);
  if ((m = path.match(/^\/once\/(\d{3}|garbage)\/([\w-]+)(\/.*)$/))) {
    const [, fault, key, rest] = m;
    if (!seen.has(key)) {
      seen.add(key);
      if (fault === "garbage") {
        res.writeHead(200, { "content-type": "application/json" });
        return res.end('{"id": "cut", "title": "Cut sh');
      }
      res.writeHead(Number(fault), { "content-type": "text/plain" });
      return res.end(`failing once with ${fault}`);
    }
    return serveFile(res, rest);
  }
  if ((m = path.match(/^\/slow\/(\d+)(\/.*)$/))) {
    await new Promise((r) => setTimeout(r, Math.min(Number(m[1]), 60000)));
    return serveFile(res, m[2]);
  }
  if ((m = path.match(/^\/slow-once\/(\d+)\/([\w-]+)(\/.*)$/))) {
    const [, ms, key, rest] = m;
    if (!seen.has(`slow-once:${key}`)) {
      seen.add(`slow-once:${key}`);
      await new Promise((r) => setTimeout(r, Math.min(Number(ms), 60000)));
    }
    return serveFile(res, rest);
  }
  if ((m = path.match(/^\/drop\/([\w-]+)(\/.*)$/))) {
    if (!healed.has(m[1])) return req.socket.destroy();
    return serveFile(res, m[2]);
  }
  if ((m = path.match(/^\/heal\/([\w-]+)$/))) {
    healed.add(m[1]);
    res.writeHead(204);
    return res.end();
  }
  if ((m = path.match(/^\/big\/(\d+(?:\.\d+)?)$/))) {
    const mb = Number(m[1]);
    if (!(mb > 0 && mb <= 20)) {
      res.writeHead(400, { "content-type": "text/plain" });
      return res.end("0 < n <= 20");
    }
    if (!bigArticles.has(mb)) bigArticles.set(mb, Buffer.from(bigArticle(mb)));
    res.writeHead(200, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" });
    return res.end(bigArticles.get(mb));
  }
  if ((m = path.match(/^\/wp-json\/wp\/v2\/posts(?:\/(\d+))?$/))) {
    if (m[1]) return serveFile(res, `/fixtures/wordpress/${m[1] === "4512" ? "post" : `post-${m[1]}`}.json`);
    if (url.searchParams.has("categories")) return serveFile(res, "/fixtures/wordpress/category-list.json");
  }
  if ((m = path.match(/^\/status\/(\d{3})$/))) {
    res.writeHead(Number(m[1]), { "content-type": "text/plain" });
    return res.end(`status ${m[1]}`);
  }
  return serveFile(res, path, url.searchParams.has("tt"), req.headers["accept-encoding"] || "");
});

server.listen(port, "127.0.0.1", () => console.log(`test server on http://127.0.0.1:${port}`));
