// How a journal entry (the JSON of GET /__wamock/journal) reads in the table, the detail and curl.

function pad(n, width) {
  return String(n).padStart(width, '0');
}

/** 14:03:07.215, local time. */
export function time(entry) {
  const d = new Date(entry.receivedAt);
  if (Number.isNaN(d.getTime())) {
    return '';
  }
  return pad(d.getHours(), 2) + ':' + pad(d.getMinutes(), 2) + ':' + pad(d.getSeconds(), 2) + '.' + pad(d.getMilliseconds(), 3);
}

/** The token's last 4 characters (the journal keeps "…k3Zq"), or '' when none was sent. */
export function tokenTail(entry) {
  return entry.token ? entry.token.replace(/^…/, '').slice(-4) : '';
}

/** Whether no HTTP answer went out as written: a connection fault or a spoiled body. */
export function isFault(entry) {
  return entry.outcome && entry.outcome !== 'response';
}

/** 200, 429, or the fault's name ("reset", "500 truncated"). */
export function status(entry) {
  if (!isFault(entry)) {
    return String(entry.status);
  }
  return (entry.status ? entry.status + ' ' : '') + entry.outcome;
}

/** A class for the status cell's colour. */
export function statusClass(entry) {
  if (isFault(entry)) {
    return 's-fault';
  }
  return entry.status >= 500 ? 's-5xx' : entry.status >= 400 ? 's-4xx' : 's-ok';
}

/** "4/2446079", "2", or ''. */
export function code(entry) {
  if (entry.code == null) {
    return '';
  }
  return entry.subcode == null ? String(entry.code) : entry.code + '/' + entry.subcode;
}

/** "#0 transient-then-ok", "pass transient-then-ok" (the step first: a narrow column cuts the end), or ''. */
export function step(entry) {
  if (!entry.scenario) {
    return '';
  }
  const which = entry.step == null ? 'pass ' : '#' + entry.step + (entry.stepLabel ? ' ' + entry.stepLabel : '') + ' ';
  return which + entry.scenario;
}

/** "delay 100ms, fault reset", or ''. */
export function effects(entry) {
  return (entry.effects || []).join(', ');
}

/** "12.3 ms". */
export function latency(entry) {
  return (entry.latencyMicros / 1000).toFixed(1) + ' ms';
}

/** Path and query as the client sent them (tokens redacted). */
export function target(entry) {
  return entry.path + (entry.query ? '?' + entry.query : '');
}

/** "1h 02m 03.4s" for a reading in milliseconds. */
export function duration(millis) {
  const negative = millis < 0;
  let rest = Math.abs(millis);
  const h = Math.floor(rest / 3600000);
  rest -= h * 3600000;
  const m = Math.floor(rest / 60000);
  rest -= m * 60000;
  const s = (rest / 1000).toFixed(1);
  const text = h > 0 ? h + 'h ' + pad(m, 2) + 'm ' + s.padStart(4, '0') + 's' : m > 0 ? m + 'm ' + s.padStart(4, '0') + 's' : s + 's';
  return (negative ? '-' : '') + text;
}

const HOP_HEADERS = new Set(['host', 'content-length', 'connection', 'transfer-encoding', 'keep-alive', 'upgrade', 'te',
  'http2-settings']);

function quote(text) {
  return "'" + String(text).replace(/'/g, "'\\''") + "'";
}

/**
 * The request as a curl command against `origin`, headers as the journal keeps them (so the token is the redacted
 * "…k3Zq": put the real one back before running it). A non-default session that the request named by its base URL
 * (which the journal does not keep) is named with X-Wamock-Session.
 */
export function curl(entry, origin, session) {
  const parts = ['curl -i ' + (entry.method === 'GET' ? '' : '-X ' + entry.method + ' ') + quote(origin + target(entry))];
  const names = Object.keys(entry.headers || {});
  for (const name of names) {
    if (!HOP_HEADERS.has(name.toLowerCase())) {
      parts.push('-H ' + quote(name + ': ' + entry.headers[name]));
    }
  }
  const named = names.some(n => n.toLowerCase() === 'x-wamock-session') || /(^|&)session=/.test(entry.query || '');
  if (session && !named) {
    parts.push('-H ' + quote('X-Wamock-Session: ' + session));
  }
  return parts.join(' \\\n  ');
}

/** Whether the receiver took a webhook attempt (a 2xx answer). */
export function acknowledged(delivery) {
  return delivery.answerStatus >= 200 && delivery.answerStatus < 300;
}

/** "statuses delivered", "messages". */
export function deliveryWhat(delivery) {
  return delivery.field + (delivery.status ? ' ' + delivery.status : '');
}

/** "wamid.HBgL…3QzNA" (the start and the end), or ''. */
export function shortWamid(wamid) {
  if (!wamid) {
    return '';
  }
  return wamid.length <= 18 ? wamid : wamid.slice(0, 10) + '…' + wamid.slice(-6);
}

/** "200", "500", or "no answer (connect timed out)". */
export function deliveryAnswer(delivery) {
  return delivery.answerStatus ? String(delivery.answerStatus)
    : 'no answer' + (delivery.failure ? ' (' + delivery.failure + ')' : '');
}

/** The attempt as curl: the same POST, body and signature (when the server signs), to the receiver, to replay it. */
export function deliveryCurl(delivery) {
  return ['curl -i -X POST ' + quote(delivery.url), '-H ' + quote('Content-Type: application/json')]
    .concat(delivery.signature ? ['-H ' + quote('X-Hub-Signature-256: ' + delivery.signature)] : [])
    .concat(['--data-binary ' + quote(delivery.body)]).join(' \\\n  ');
}
