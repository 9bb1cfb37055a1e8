// The browsers' only way off the machine in the end-to-end tests: an HTTP proxy on
// 127.0.0.1 that records every request it is handed (plain requests and HTTPS
// CONNECTs) and refuses them all. The test server on 127.0.0.1 bypasses it.
import http from 'node:http';

export async function startProxy() {
  const requests = [];
  const server = http.createServer((req, res) => {
    requests.push({ method: req.method, url: req.url, at: Date.now() });
    res.writeHead(502, { 'content-type': 'text/plain', connection: 'close' });
    res.end('whosaid tests: no request leaves this machine');
  });
  server.on('connect', (req, socket) => {
    requests.push({ method: 'CONNECT', url: req.url, at: Date.now() });
    socket.on('error', () => {});
    socket.end('HTTP/1.1 502 Bad Gateway\r\nconnection: close\r\n\r\n');
  });
  server.on('clientError', (e, socket) => socket.destroy());
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return {
    port: server.address().port,
    requests,
    close: () => new Promise((r) => { server.closeAllConnections?.(); server.close(() => r()); }),
  };
}
