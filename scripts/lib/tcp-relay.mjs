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
