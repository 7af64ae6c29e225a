// One journal entry opened: facts, request and response headers, body, and the request as curl; or one webhook attempt:
// its facts, the headers and body wamock POSTed, and the attempt as curl.
import * as f from './format.js';

const $ = id => document.getElementById(id);

function fillHeaders(table, headers) {
  const body = table.tBodies[0];
  body.replaceChildren();
  for (const name of Object.keys(headers || {}).sort()) {
    const row = body.insertRow();
    row.insertCell().textContent = name;
    row.insertCell().textContent = headers[name];
  }
}

function fact(list, name, value) {
  if (value === undefined || value === null || value === '') {
    return;
  }
  const dt = document.createElement('dt');
  dt.textContent = name;
  const dd = document.createElement('dd');
  dd.textContent = value;
  list.append(dt, dd);
}

export class EntryDetail {
  constructor(onClose) {
    this.panel = $('detail');
    $('detail-close').addEventListener('click', () => this.close());
    document.addEventListener('keydown', event => {
      if (event.key === 'Escape' && !this.panel.hidden) {
        this.close();
      }
    });
    $('detail-copy').addEventListener('click', () => this.copy());
    this.onClose = onClose;
  }

  /** Titles the sections for a journal entry (`asEntry`) or a webhook attempt. */
  sections(asEntry) {
    $('detail-request-title').textContent = asEntry ? 'Request headers' : 'Headers POSTed';
    $('detail-response-title').hidden = !asEntry;
    $('detail-response').hidden = !asEntry;
    $('detail-body-title').textContent = asEntry ? 'Response body' : 'Body POSTed (what was signed)';
    $('detail-curl-note').textContent = asEntry ? '(the token as the journal keeps it: redacted)'
      : '(the same POST to the receiver, to replay it)';
    this.panel.setAttribute('aria-label', asEntry ? 'journal entry' : 'webhook attempt');
  }

  /** Shows one webhook attempt (a WebhookDelivery of GET /__wamock/webhooks); the body is text, never markup. */
  showDelivery(d) {
    this.sections(false);
    $('detail-title').textContent = '#' + d.seq + ' webhook ' + f.deliveryWhat(d) + ' try ' + d.attempt + ' → '
      + f.deliveryAnswer(d);
    const facts = $('detail-facts');
    facts.replaceChildren();
    fact(facts, 'field', d.field);
    fact(facts, 'status', d.status);
    fact(facts, 'wamid', d.wamid);
    fact(facts, 'delivery', d.deliveryId + ', try ' + d.attempt);
    fact(facts, 'POSTed to', d.url);
    fact(facts, 'answer', f.deliveryAnswer(d) + (f.acknowledged(d) ? ' (acknowledged)' : ' (not acknowledged)'));
    fact(facts, 'on the clock', f.duration(d.clockNanos / 1e6));
    fact(facts, 'latency', f.latency(d));
    const sent = {'Content-Type': 'application/json', 'User-Agent': 'wamock-webhooks'};
    if (d.signature) {
      sent['X-Hub-Signature-256'] = d.signature;
    }
    fillHeaders($('detail-request'), sent);
    $('detail-body').textContent = d.body;
    $('detail-curl').value = f.deliveryCurl(d);
    $('detail-copied').textContent = '';
    this.panel.hidden = false;
  }

  /** Shows `entry`; its curl names `session` when the request did not. */
  show(entry, session) {
    this.sections(true);
    $('detail-title').textContent = '#' + entry.seq + ' ' + entry.method + ' ' + f.target(entry) + ' → ' + f.status(entry);
    const facts = $('detail-facts');
    facts.replaceChildren();
    fact(facts, 'received', entry.receivedAt);
    fact(facts, 'token', entry.token ? entry.token + (entry.tokenSource ? ' (' + entry.tokenSource + ')' : '') : 'none');
    fact(facts, 'number', entry.numberId);
    fact(facts, 'outcome', entry.outcome);
    fact(facts, 'Graph code', f.code(entry) + (entry.isTransient ? ' (is_transient)' : ''));
    fact(facts, 'scenario step', f.step(entry) + (entry.stepDescription ? ' — ' + entry.stepDescription : ''));
    fact(facts, 'effects', f.effects(entry));
    fact(facts, 'latency', f.latency(entry));
    fact(facts, 'profile', entry.profile);
    fact(facts, 'wamock failure', entry.failure ? JSON.stringify(entry.failure) : null);
    fillHeaders($('detail-request'), entry.headers);
    fillHeaders($('detail-response'), entry.responseHeaders);
    $('detail-body').textContent = entry.responseBody == null ? '(no body sent)' : entry.responseBody;
    $('detail-curl').value = f.curl(entry, location.origin, session);
    $('detail-copied').textContent = '';
    this.panel.hidden = false;
  }

  close() {
    this.panel.hidden = true;
    this.onClose();
  }

  /** The clipboard where the page may use it (a secure context: loopback, HTTPS), else the text selected for Ctrl-C. */
  async copy() {
    const text = $('detail-curl');
    try {
      await navigator.clipboard.writeText(text.value);
      $('detail-copied').textContent = 'copied';
    } catch (notAllowed) {
      text.focus();
      text.select();
      $('detail-copied').textContent = 'selected: press Ctrl-C (the browser allows no clipboard here)';
    }
  }
}
