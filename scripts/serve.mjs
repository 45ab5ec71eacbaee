// Serves the built app (started by scripts/start.ts, which prepares the database first).
// A small HTTP server around Next's request handler, for one reason: the client address. Next only fills
// X-Forwarded-For when the request has none, so a client could send its own and slip past the per-address rate
// limits (public survey, complaints). Unless LENTERA_TRUST_PROXY=1 says a reverse proxy in front appends the real
// address, the header is replaced with the socket's address; lib/security/rate-limit.ts reads its last entry.
import { createServer } from "node:http";
import next from "next";

const port = Number(process.env.PORT ?? "3000");
const hostname = process.env.HOST ?? "0.0.0.0";
const trustProxy = process.env.LENTERA_TRUST_PROXY === "1";

const app = next({ dev: false, hostname, port, dir: process.cwd() });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((req, res) => {
  if (!trustProxy) {
    req.headers["x-forwarded-for"] = req.socket.remoteAddress ?? "unknown";
    delete req.headers["x-real-ip"];
  }
  handle(req, res).catch((error) => {
    console.error(error);
    if (!res.headersSent) res.statusCode = 500;
    res.end();
  });
});
server.listen(port, hostname, () => {
  console.log(`Siap / ready: http://${hostname}:${port}`);
});

const stop = () => {
  server.close(() => process.exit(0));
  setTimeout(() => process.exit(0), 5000).unref();
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
