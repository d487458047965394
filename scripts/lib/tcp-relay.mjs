// A TCP relay that can be cut and restored: stands in for the network
// between the site and its database in fault runs and tests.
import { connect, createServer } from "node:net";

export function tcpRelay({ host, port: targetPort }) {
  const sockets = new Set();
  let server = null;
  let port = 0;
  return {
    port: () => port,
    open: () =>
      new Promise((resolve) => {
        server = createServer((client) => {
          const upstream = connect(targetPort, host);
          for (const s of [client, upstream]) {
            sockets.add(s);
            s.on("close", () => sockets.delete(s));
            s.on("error", () => s.destroy());
          }
          client.pipe(upstream).pipe(client);
        });
        server.listen(port, "127.0.0.1", () => {
          port = server.address().port;
          resolve();
        });
      }),
    /** Refuses new connections and drops every open one, as an outage does. */
    cut: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/**
 * An open relay in front of the service `url` names (PostgreSQL, Redis), and
 * the same URL pointed through it: what a fault run hands the process under test.
 */
export async function relayedUrl(url, defaultPort) {
  const target = new URL(url);
  const relay = tcpRelay({ host: target.hostname, port: Number(target.port || defaultPort) });
  await relay.open();
  target.hostname = "127.0.0.1";
  target.port = String(relay.port());
  return { relay, url: target.toString() };
}
