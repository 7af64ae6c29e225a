// The Webhooks panel: the session's delivery attempts (GET /__wamock/webhooks, then only the new ones), newest first;
// a row opens the attempt.
import {call} from './api.js';
import * as f from './format.js';

const $ = id => document.getElementById(id);
const ROWS = 200;
const RECORD = 10000; // as many as the server keeps

export class WebhooksPanel {
  /** `session()` names the session shown; `onOpen(delivery)` shows one; `onChange(list)` after the list changed. */
  constructor(session, onOpen, onChange) {
    this.session = session;
    this.onOpen = onOpen;
    this.onChange = onChange;
    this.list = [];
    this.shownFor = null;
    this.selected = null;
    $('webhooks').tBodies[0].addEventListener('click', event => {
      const row = event.target.closest('tr[data-seq]');
      if (row) {
        this.open(Number(row.dataset.seq));
      }
    });
  }

  /**
   * Reads the attempts after the last one shown, that one included (GET /__wamock/webhooks?since=<its seq - 1>): when
   * it comes back first, the rest are new; when it does not (the session was reset, or it fell off the record), reads
   * them all again. Redraws only when something changed.
   */
  async refresh() {
    const session = this.session();
    const last = this.shownFor === session && this.list.length ? this.list[this.list.length - 1] : null;
    let list;
    if (last) {
      const after = await call('GET', '/webhooks?since=' + (last.seq - 1), session);
      const same = after.length > 0 && after[0].seq === last.seq && after[0].deliveryId === last.deliveryId
          && after[0].attempt === last.attempt;
      if (same && after.length === 1) {
        return;
      }
      list = same ? this.list.concat(after.slice(1)) : await call('GET', '/webhooks', session);
    } else {
      list = await call('GET', '/webhooks', session);
      if (this.shownFor === session && list.length === 0 && this.list.length === 0) {
        return;
      }
    }
    if (this.session() !== session) {
      return; // another session was picked meanwhile
    }
    this.shownFor = session;
    this.list = list.slice(-RECORD);
    this.render();
    this.onChange(this.list);
  }

  clear() {
    this.list = [];
    this.shownFor = null;
    this.render();
  }

  find(seq) {
    return this.list.find(d => d.seq === seq);
  }

  open(seq) {
    const delivery = this.find(seq);
    if (delivery) {
      this.selected = seq;
      this.render();
      this.onOpen(delivery);
    }
  }

  render() {
    const body = $('webhooks').tBodies[0];
    body.replaceChildren();
    $('webhooks').hidden = this.list.length === 0;
    $('webhooks-empty').hidden = this.list.length > 0;
    $('webhooks-count').textContent = this.list.length > ROWS ? '(newest ' + ROWS + ' of ' + this.list.length + ')' : '';
    for (const d of this.list.slice(-ROWS).reverse()) {
      const row = body.insertRow();
      row.dataset.seq = d.seq;
      row.dataset.status = d.status || '';
      row.dataset.answer = d.answerStatus;
      row.className = (f.acknowledged(d) ? 's-ok' : 's-5xx') + (d.seq === this.selected ? ' selected' : '');
      row.title = d.wamid || '';
      for (const text of ['#' + d.seq, f.deliveryWhat(d), f.shortWamid(d.wamid), d.attempt, f.deliveryAnswer(d),
        f.latency(d), f.duration(d.clockNanos / 1e6)]) {
        row.insertCell().textContent = text;
      }
    }
  }
}
