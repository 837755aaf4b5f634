// A static server for the browser journeys: the release build at /, the test fixtures at
// /fixtures/, and a few routes that misbehave on purpose. Loopback only; stops with its parent.
//
//   /once/<status|garbage>/<key>/<path>  the first request for <key> fails (HTTP <status>, or a
//                                        truncated body); later ones serve <path> (retry tests)
//   /slow/<ms>/<path>                    serves <path> after <ms> milliseconds
//   /status/<code>                       always answers HTTP <code>
import { createServer } from "node:http";
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
};
const seen = new Set();

/// Maps a URL path to a file under dist/ or tests/fixtures/, refusing to leave them.
function fileFor(path) {
  const [base, rest] = path.startsWith("/fixtures/")
    ? [join(root, "tests", "fixtures"), path.slice("/fixtures/".length)]
    : [join(root, "dist"), path.slice(1) || "index.html"];
  const file = normalize(join(base, decodeURIComponent(rest)));
  return file.startsWith(base) ? file : null;
}

async function serveFile(res, path) {
  const file = fileFor(path);
  try {
    if (!file) throw new Error("outside");
    const body = await readFile(file);
    res.writeHead(200, { "content-type": types[extname(file)] || "application/octet-stream", "cache-control": "no-store" });
    res.end(body);
  } catch {
    res.writeHead(404, { "content-type": "text/plain" });
    res.end("not found");
  }
}

const server = createServer(async (req, res) => {
  const url = new URL(req.url, "http://127.0.0.1");
  const path = url.pathname;
  let m;
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
  if ((m = path.match(/^\/status\/(\d{3})$/))) {
    res.writeHead(Number(m[1]), { "content-type": "text/plain" });
    return res.end(`status ${m[1]}`);
  }
  return serveFile(res, path);
});

server.listen(port, "127.0.0.1", () => console.log(`test server on http://127.0.0.1:${port}`));
