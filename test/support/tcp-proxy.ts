import { createConnection, createServer, type Socket } from 'node:net';

export interface TcpProxy {
  port: number;
  /**
   * The server "goes away" when a client next sends anything (so in the middle of a query, not between
   * two): every open connection is reset and new ones are refused.
   */
  cutAtNextRequest(): void;
}

/** Forwards 127.0.0.1:port to a target, so a test can cut a client off its server at a moment of its choosing. */
export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const sockets = new Set<Socket>();
  let armed = false;
  const cut = () => {
    server.close();
    for (const socket of sockets) socket.resetAndDestroy();
  };
  const server = createServer((client) => {
    const upstream = createConnection(target);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      // A reset is what the test is about: it reaches the client as its own error, not this one.
      socket.on('error', () => undefined);
    }
    client.on('data', (data) => {
      if (armed) cut();
      else upstream.write(data);
    });
    upstream.pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : 0,
    cutAtNextRequest: () => {
      armed = true;
    },
  };
}
