// The side panels: active scenario with its steps, rate-limit gauges, clock, catalogue. Each refresh reads the small
// admin answers (GET /__wamock/scenario, /rate-windows, /clock); the catalogue is read once.
import {call} from './api.js';
import {duration} from './format.js';

const $ = id => document.getElementById(id);

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) {
    node.className = className;
  }
  if (text !== undefined) {
    node.textContent = text;
  }
  return node;
}

export class Panels {
  /** `act(promise, done)` runs a write, shows its error, then refreshes; `session()` names the session shown. */
  constructor(session, act) {
    this.session = session;
    this.act = act;
    $('deactivate').addEventListener('click', () => act(call('DELETE', '/scenario', session()), 'deactivated'));
    $('reset').addEventListener('click', () => act(call('POST', '/reset', session()), 'session reset'));
    $('clock-manual').addEventListener('click', () => act(call('POST', '/clock', session(), {mode: 'manual'}), 'clock manual'));
    $('clock-real').addEventListener('click', () => act(call('POST', '/clock', session(), {mode: 'real'}), 'clock real'));
    $('clock-form').addEventListener('submit', event => {
      event.preventDefault();
      const by = $('clock-advance-by').value.trim();
      act(call('POST', '/clock', session(), {advance: by}), 'clock advanced by ' + by);
    });
    $('catalogue-search').addEventListener('input', () => this.search());
  }

  async refresh() {
    const s = this.session();
    const [scenario, windows, clock] = await Promise.all([
      call('GET', '/scenario', s), call('GET', '/rate-windows', s), call('GET', '/clock', s)]);
    this.showActive(scenario.active);
    this.showWindows(windows.windows);
    $('clock-mode').textContent = clock.mode;
    $('clock-now').textContent = duration(clock.nowMillis);
    $('clock-scale').textContent = clock.delayScale;
  }

  showActive(active) {
    $('active-name').textContent = active ? active.name : 'none';
    $('active-description').textContent = active ? active.description || '' : 'The data-driven answers (magic numbers and the X-Wamock-Scenario header still apply).';
    const body = $('active-steps').tBodies[0];
    body.replaceChildren();
    $('active-steps').hidden = !active;
    if (!active) {
      return;
    }
    const current = active.steps.find(st => st.times == null || st.answered < st.times);
    for (const st of active.steps) {
      const row = body.insertRow();
      row.className = st === current ? 'current' : '';
      row.insertCell().textContent = st.index;
      row.insertCell().textContent = st.step;
      row.insertCell().textContent = st.times == null ? '∞' : st.times;
      row.insertCell().textContent = st.answered;
    }
  }

  showWindows(windows) {
    const box = $('windows');
    box.replaceChildren();
    if (windows.length === 0) {
      box.append(el('p', 'note', 'No rate-limit step is running.'));
      return;
    }
    for (const w of windows) {
      const resets = w.resetsInMillis == null ? 'no window open' : 'resets in ' + duration(w.resetsInMillis);
      box.append(gauge(w.scenario + ' #' + w.step + ' app', w.appUsed, w.appCalls,
          resets + ' (window ' + duration(w.windowMillis) + ')'));
      for (const [waba, used] of Object.entries(w.businessUsed)) {
        box.append(gauge('account ' + waba, used, w.businessCalls == null ? w.appCalls : w.businessCalls, ''));
      }
    }
  }

  /** Lists the catalogue once: name, magic number, description, tags, and an activate button each. */
  async loadCatalogue() {
    const list = $('catalogue');
    if (list.children.length > 0) {
      return;
    }
    const entries = await call('GET', '/scenarios', this.session());
    for (const entry of entries) {
      const item = el('li');
      const title = el('div', 'title');
      const name = el('b', '', entry.scenario.name);
      const activate = el('button', '', 'activate');
      activate.type = 'button';
      activate.dataset.scenario = entry.scenario.name;
      activate.addEventListener('click', () => this.act(
          call('POST', '/scenario', this.session(), {name: entry.scenario.name}), entry.scenario.name + ' active'));
      title.append(name, activate);
      item.append(title);
      if (entry.magicNumber) {
        item.append(el('code', 'magic', 'magic number ' + entry.magicNumber));
      }
      item.append(el('div', 'note', entry.scenario.description || ''));
      if (entry.tags && entry.tags.length) {
        item.append(el('div', 'tags', entry.tags.join(' · ')));
      }
      item.dataset.search = [entry.scenario.name, entry.magicNumber, entry.scenario.description, ...(entry.tags || [])]
          .join(' ').toLowerCase();
      list.append(item);
    }
    this.search();
  }

  search() {
    const words = $('catalogue-search').value.toLowerCase().split(/\s+/).filter(Boolean);
    for (const item of $('catalogue').children) {
      item.hidden = !words.every(w => item.dataset.search.includes(w));
    }
  }
}

function gauge(label, used, limit, note) {
  const box = el('div', 'gauge');
  box.append(el('div', '', label + ': ' + used + ' / ' + limit + ' calls' + (note ? ', ' + note : '')));
  const meter = el('meter');
  meter.min = 0;
  meter.max = limit;
  meter.low = limit * 0.75;
  meter.high = limit * 0.99;
  meter.optimum = 0;
  meter.value = Math.min(used, limit);
  box.append(meter);
  return box;
}
