// What a Node client that hard-codes https://graph.facebook.com does behind HTTPS_PROXY, with Node's own modules:
// CONNECT through the proxy, TLS to graph.facebook.com inside the tunnel (trusting only the CA in the PEM file),
// then GET with a fake token. Prints {"status": <HTTP status>, "body": <the JSON answer>} on stdout.
// usage: node graph-through-proxy.js <proxy port> <CA PEM file> <path, e.g. /v23.0/106540352242922>
'use strict';
const fs = require('fs');
const http = require('http');
const tls = require('tls');

const [proxyPort, caFile, path] = process.argv.slice(2);
const fail = (message) => {
  console.error('graph-through-proxy: ' + message);
  process.exit(1);
};
setTimeout(() => fail('no answer within 20 s'), 20000).unref();

const connect = http.request({
  method: 'CONNECT', host: '127.0.0.1', port: Number(proxyPort), path: 'graph.facebook.com:443',
});
connect.on('error', (e) => fail('CONNECT failed: ' + e.message));
connect.on('connect', (answer, socket) => {
  if (answer.statusCode !== 200) {
    fail('the proxy answered CONNECT with ' + answer.statusCode);
  }
  const secure = tls.connect({ socket, servername: 'graph.facebook.com', ca: fs.readFileSync(caFile) }, () => {
    const get = http.request({
      createConnection: () => secure, host: 'graph.facebook.com', path,
      headers: { Host: 'graph.facebook.com', Authorization: 'Bearer fake-token-1234' },
    }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => { body += chunk; });
      response.on('end', () => {
        console.log(JSON.stringify({ status: response.statusCode, body: JSON.parse(body) }));
        secure.end();
      });
    });
    get.on('error', (e) => fail('GET failed: ' + e.message));
    get.end();
  });
  secure.on('error', (e) => fail('TLS failed: ' + e.message));
});
connect.end();
