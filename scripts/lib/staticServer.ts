// A minimal static file server for dist/, bound to 127.0.0.1, for screenshots and browser
// tests. It serves what a CDN would: files, index.html for directories, 404.html otherwise.
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".txt": "text/plain; charset=utf-8",
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** Serve `dir` under `base` ("/" or "/news/") on a free port of 127.0.0.1. */
export async function serveStatic(dir: string, base = "/"): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const inBase = path.startsWith(base) ? path.slice(base.length - 1) : null;
    let file = inBase === null ? null : join(dir, normalize(inBase).replace(/^(\.\.[/\\])+/, ""));
    if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    const found = file !== null && existsSync(file) && statSync(file).isFile();
    const send = found ? file! : join(dir, "404.html");
    res.writeHead(found ? 200 : 404, {
      "content-type": TYPES[extname(send)] ?? "application/octet-stream",
    });
    if (existsSync(send)) createReadStream(send).pipe(res);
    else res.end("Not found");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
