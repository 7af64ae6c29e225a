// The dashboard: wires the live journal stream, the table, the detail, the panels, the chart and the token prompt.
import {call, NeedsToken, setToken, streamJournal, token} from './api.js';
import {EntryDetail} from './detail.js';
import {JournalTable, matches} from './table.js';
import {Panels} from './panels.js';
import {WebhooksPanel} from './webhooks.js';

const $ = id => document.getElementById(id);
const CHART_ENTRIES = 2000;
const CHART_EVERY_MS = 1000;
const PANELS_EVERY_MS = 1000;

const state = {
  session: sessionFromPath(),
  lastSeq: 0,
  stream: null,
  dropped: 0,
  skipped: 0,
  arrivals: [],
  tokenWaiters: [],
  chartDue: 0,
};

/** A page opened at /sessions/<id>/__wamock/ui shows that session first. */
function sessionFromPath() {
  const match = location.pathname.match(/^\/sessions\/([^/]+)\/__wamock\//);
  return match ? decodeURIComponent(match[1]) : '';
}

function setStatus(kind, text) {
  const status = $('status');
  status.dataset.state = kind;
  status.textContent = text;
}

function message(text, ok) {
  const box = $('message');
  box.textContent = text || '';
  box.classList.toggle('ok', Boolean(ok));
}

const detail = new EntryDetail(() => {
  table.selected = null;
  table.render();
  webhooks.selected = null;
  webhooks.render();
});
const table = new JournalTable($('rows'), $('spacer'), entry => {
  webhooks.selected = null;
  webhooks.render();
  detail.show(entry, state.session);
}, onTableChange);
const panels = new Panels(() => state.session, act);
const webhooks = new WebhooksPanel(() => state.session, delivery => {
  table.selected = null;
  table.render();
  detail.showDelivery(delivery);
}, () => scheduleChart());

function onTableChange() {
  const now = performance.now();
  state.arrivals = state.arrivals.filter(t => now - t < 5000);
  const rate = (state.arrivals.length / 5).toFixed(0);
  $('counts').textContent = table.entries.length + ' entries, ' + table.shown.length + ' shown, ' + rate + ' req/s'
      + (state.dropped ? ', ' + state.dropped + ' not streamed (fell off the journal)' : '')
      + (state.skipped ? ', ' + state.skipped + ' skipped (arriving faster than the stream sends: the newest are shown)'
          : '');
  $('empty').hidden = table.entries.length > 0;
  scheduleChart();
}

/** Redraws the timeline at most once a second, with the entries the filters show, when its script is on the page. */
function scheduleChart() {
  if (!window.WamockTimeline) {
    $('chart-note').textContent = 'The timeline chart is not in this build (timeline.js of the scenarios module).';
    return;
  }
  const now = performance.now();
  if (state.chartDue > now) {
    return;
  }
  state.chartDue = now + CHART_EVERY_MS;
  setTimeout(() => {
    const entries = table.shown.slice(-CHART_ENTRIES);
    window.WamockTimeline.render($('chart-body'), entries, {groupBy: table.filter.token ? 'token' : 'number',
      deliveries: webhooks.list});
  }, CHART_EVERY_MS);
}

/** A mark clicked in the chart opens its entry (or webhook attempt), as a row does. */
$('chart-body').addEventListener('wamock-timeline-select', event => {
  if (event.detail.deliverySeq != null) {
    webhooks.open(event.detail.deliverySeq);
    return;
  }
  const entry = table.find(event.detail.seq);
  if (entry) {
    table.selected = entry.seq;
    table.render();
    detail.show(entry, state.session);
  }
});

function onEvent(event) {
  if (event.event === 'entry') {
    const entry = JSON.parse(event.data);
    state.lastSeq = Math.max(state.lastSeq, entry.seq);
    state.arrivals.push(performance.now());
    table.add(entry);
  } else if (event.event === 'cleared') {
    state.lastSeq = 0;
    state.dropped = 0;
    state.skipped = 0;
    table.clear();
  } else if (event.event === 'dropped') {
    state.dropped += JSON.parse(event.data).count;
  } else if (event.event === 'skipped') {
    state.skipped += JSON.parse(event.data).count;
  } else if (event.event === 'end' || event.event === 'error') {
    setStatus(event.event === 'end' ? 'stopped' : 'error', JSON.parse(event.data).message);
  }
}

/** Follows the journal of the session shown, reconnecting (from the last entry seen) with a growing pause. */
async function follow() {
  const controller = new AbortController();
  state.stream = controller;
  let pause = 500;
  while (!controller.signal.aborted) {
    try {
      setStatus('connecting', 'connecting…');
      await streamJournal({session: state.session, after: state.lastSeq, signal: controller.signal, onEvent,
        onOpen: () => {
          setStatus('live', 'live');
          pause = 500;
        }});
    } catch (e) {
      if (controller.signal.aborted) {
        return;
      }
      if (e instanceof NeedsToken) {
        await askToken(e.message);
        continue;
      }
      setStatus('retrying', e.message);
    }
    if (controller.signal.aborted) {
      return;
    }
    if ($('status').dataset.state === 'live') {
      setStatus('retrying', 'stream ended; reconnecting…');
    }
    await new Promise(resolve => setTimeout(resolve, pause));
    pause = Math.min(pause * 2, 10000);
  }
}

function showSession(session) {
  if (state.stream) {
    state.stream.abort();
  }
  state.session = session;
  state.lastSeq = 0;
  state.dropped = 0;
  state.skipped = 0;
  table.clear();
  webhooks.clear();
  detail.close();
  follow();
  refresh();
}

/** Shows the token prompt (once, however many calls were refused) and resolves when a token was typed. */
function askToken(reason) {
  setStatus('token', 'needs the admin token');
  $('token-error').textContent = token() ? 'The server refused that token: ' + reason : '';
  $('token-dialog').hidden = false;
  $('token-input').focus();
  return new Promise(resolve => state.tokenWaiters.push(resolve));
}

$('token-form').addEventListener('submit', event => {
  event.preventDefault();
  setToken($('token-input').value);
  $('token-input').value = '';
  $('token-dialog').hidden = true;
  $('forget-token').hidden = false;
  state.tokenWaiters.splice(0).forEach(resolve => resolve());
});

$('forget-token').addEventListener('click', () => {
  setToken(null);
  location.reload();
});

async function guarded(work) {
  try {
    await work();
  } catch (e) {
    if (e instanceof NeedsToken) {
      await askToken(e.message);
      return guarded(work);
    }
    message(e.message);
  }
}

/** Runs an admin write, says how it went, and refreshes the panels. */
function act(write, done) {
  return guarded(async () => {
    await write;
    message(done, true);
    await panels.refresh();
  });
}

function refresh() {
  return guarded(async () => {
    await panels.loadCatalogue();
    await panels.refresh();
    await webhooks.refresh();
    await loadSessions();
  });
}

async function loadSessions() {
  const {sessions} = await call('GET', '/sessions');
  const select = $('session');
  const all = sessions.includes(state.session) ? sessions : sessions.concat([state.session]);
  if (select.options.length !== all.length || all.some((s, i) => select.options[i].value !== s)) {
    select.replaceChildren(...all.map(s => new Option(s === '' ? '(default)' : s, s)));
  }
  select.value = state.session;
}

function readFilters() {
  table.setFilter({
    number: $('filter-number').value.trim(),
    status: $('filter-status').value.trim(),
    token: $('filter-token').value.trim(),
  });
}

$('filters').addEventListener('input', readFilters);
$('filters').addEventListener('submit', event => event.preventDefault());
$('filter-clear').addEventListener('click', () => {
  $('filters').reset();
  readFilters();
});
$('session').addEventListener('change', event => showSession(event.target.value));
$('example-url').textContent = location.origin + '/v23.0/106540352242922';
$('forget-token').hidden = !token();

setInterval(() => {
  if (document.visibilityState === 'visible' && $('token-dialog').hidden) {
    refresh();
  }
}, PANELS_EVERY_MS);

window.wamockDashboard = {table, matches, state, webhooks}; // for tests and the curious
scheduleChart();
follow();
refresh();
