// The Webhooks panel: the session's delivery attempts (GET /__wamock/webhooks), newest first; a row opens the attempt.
import {call} from './api.js';
import * as f from './format.js';

const $ = id => document.getElementById(id);
const ROWS = 200;

export class WebhooksPanel {
  /** `session()` names the session shown; `onOpen(delivery)` shows one; `onChange(list)` after the list changed. */
  constructor(session, onOpen, onChange) {
    this.session = session;
    this.onOpen = onOpen;
    this.onChange = onChange;
    this.list = [];
    this.key = '';
    this.selected = null;
    $('webhooks').tBodies[0].addEventListener('click', event => {
      const row = event.target.closest('tr[data-seq]');
      if (row) {
        this.open(Number(row.dataset.seq));
      }
    });
  }

  /** Reads the attempts again; redraws only when they changed (a new attempt, another session). */
  async refresh() {
    const list = await call('GET', '/webhooks', this.session());
    const last = list.length ? list[list.length - 1].seq : 0;
    const key = this.session() + '|' + list.length + '|' + last;
    if (key === this.key) {
      return;
    }
    this.key = key;
    this.list = list;
    this.render();
    this.onChange(list);
  }

  clear() {
    this.list = [];
    this.key = '';
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
