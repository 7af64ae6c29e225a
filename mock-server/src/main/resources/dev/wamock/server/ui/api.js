// The admin API as the page calls it: same origin only (paths, never a URL with a host), the admin token from this
// tab's sessionStorage in the Authorization header, writes with the headers AdminGuard asks for.
const ADMIN = '/__wamock';
const TOKEN_KEY = 'wamock.adminToken';

/** The server refused the call for want of the admin token (401). */
export class NeedsToken extends Error {
  constructor(message) {
    super(message || 'this server needs its admin token');
    this.name = 'NeedsToken';
  }
}

export function token() {
  return sessionStorage.getItem(TOKEN_KEY);
}

/** Keeps the token in this tab only; null forgets it. */
export function setToken(value) {
  if (value) {
    sessionStorage.setItem(TOKEN_KEY, value);
  } else {
    sessionStorage.removeItem(TOKEN_KEY);
  }
}

function headers(extra) {
  const all = Object.assign({}, extra);
  const t = token();
  if (t) {
    all.Authorization = 'Bearer ' + t;
  }
  return all;
}

/** {@code path?session=…}: the default session ('') names none; a path with a query of its own keeps it. */
export function withSession(path, session, params) {
  const query = new URLSearchParams(params || {});
  if (session) {
    query.set('session', session);
  }
  const text = query.toString();
  return ADMIN + path + (text ? (path.includes('?') ? '&' : '?') + text : '');
}

async function failure(response) {
  let message = 'HTTP ' + response.status;
  try {
    const body = await response.json();
    message = (body && body.error && body.error.message) || message;
  } catch (notJson) {
    // keep the status
  }
  return response.status === 401 ? new NeedsToken(message) : new Error(message);
}

/**
 * One admin call; resolves to the JSON answer. A write with a body sends it as JSON; one without sends
 * X-Wamock-Admin: 1. Rejects with NeedsToken on a 401, else with an Error carrying the server's message.
 */
export async function call(method, path, session, body) {
  const extra = method === 'GET' ? {} : body === undefined ? {'X-Wamock-Admin': '1'} : {'Content-Type': 'application/json'};
  const response = await fetch(withSession(path, session), {
    method, headers: headers(extra), cache: 'no-store', credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) {
    throw await failure(response);
  }
  return response.json();
}

function parseEvent(block) {
  const event = {event: 'message', data: '', id: null};
  let data = [];
  for (const line of block.split('\n')) {
    if (line === '' || line.startsWith(':')) {
      continue;
    }
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (field === 'event') {
      event.event = value;
    } else if (field === 'data') {
      data.push(value);
    } else if (field === 'id') {
      event.id = value;
    }
  }
  if (data.length === 0) {
    return null;
  }
  event.data = data.join('\n');
  return event;
}

/**
 * Reads GET /__wamock/journal/stream with fetch (so the token goes in a header, never in the URL), from the entry
 * after `after`, handing each event ({event, data, id}) to onEvent; onOpen once the server accepted it. Resolves
 * when the server ends the stream, rejects when it refuses it (NeedsToken on a 401) or the connection fails.
 */
export async function streamJournal({session, after, signal, onOpen, onEvent}) {
  const extra = {Accept: 'text/event-stream'};
  if (after > 0) {
    extra['Last-Event-ID'] = String(after);
  }
  const response = await fetch(withSession('/journal/stream', session), {
    headers: headers(extra), cache: 'no-store', credentials: 'same-origin', signal,
  });
  if (!response.ok) {
    throw await failure(response);
  }
  onOpen();
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const {value, done} = await reader.read();
    if (done) {
      return;
    }
    buffer += value.replace(/\r\n?/g, '\n');
    let end;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const event = parseEvent(buffer.slice(0, end));
      buffer = buffer.slice(end + 2);
      if (event) {
        onEvent(event);
      }
    }
  }
}
