/*
 * wamock timeline chart: one lane per number (or token), one mark per request coloured by its outcome, the waits
 * between a lane's requests in ms, and the waits the server asked for (Retry-After, estimated_time_to_regain_access)
 * drawn as intervals, so a retry that came before its interval ended is marked "too early".
 * Vanilla JS and inline SVG: no library, no network; works from a file:// page.
 *
 *   WamockTimeline.render(container, entries, options)  replaces the container's content with the chart
 *   WamockTimeline.analyse(entries, options)            the model the chart draws (lanes, waits, too-early retries)
 *
 * entries: journal entries as GET /__wamock/journal returns them (any order; a whole journal object is accepted too).
 * options: groupBy "number" (default) or "token"; maxEntries (2000: the newest kept), maxPerLane (200: the newest
 * drawn), maxLanes (24: the most recently active drawn), width (px; default the container's width, else 960).
 * deliveries (optional): webhook attempts as GET /__wamock/webhooks returns them (WebhookDelivery: seq, wamid, status,
 * attempt, answerStatus, failure, clockNanos…). Each is drawn in the lane of the send whose answer named its wamid, on a
 * line under that send (sent, delivered, read follow it), placed by the scenario clock and coloured acknowledged (2xx)
 * or failed; attempts whose send is not among the entries go to a lane of their own, "webhooks".
 * A click on a mark (or Enter on a focused one) dispatches "wamock-timeline-select" (detail: {seq}) on the container;
 * on a delivery's mark, detail: {deliverySeq}.
 */
(function (global) {
  'use strict';

  var SAME_TIME_NS = 5e6;          // the scenario clock counts as real time while it drifts less than this
  var REPEAT_WINDOW_NS = 50e6;     // java.net.http repeats a GET by itself this soon after a reset
  var DEFAULTS = {groupBy: 'number', maxEntries: 2000, maxPerLane: 200, maxLanes: 24, width: 0, deliveries: null,
    maxDeliveries: 2000};
  var WEBHOOK_LANE = 'webhooks';
  var RATE_LIMIT_CODES = {4: true, 17: true, 32: true, 613: true, 80007: true, 130429: true, 131056: true};
  var NO_ANSWER = {'reset': true, 'no-response': true, 'cut-off': true};
  var OUTCOMES = [['2xx', '2xx'], ['4xx', '4xx'], ['rate-limit', '429 / rate limit'], ['5xx', '5xx'],
    ['fault', 'connection fault'], ['wamock-error', 'wamock bug']];

  function num(v) {
    var n = Number(v);
    return isFinite(n) ? n : 0;
  }

  function esc(v) {
    return String(v == null ? '' : v).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;').replace(/'/g, '&#39;');
  }

  function fmtMs(ms) {
    var a = Math.abs(ms);
    if (a < 10) return ms.toFixed(1) + ' ms';
    if (a < 10000) return Math.round(ms) + ' ms';
    if (a < 600000) return (Math.round(ms / 100) / 10) + ' s';
    return (Math.round(ms / 6000) / 10) + ' min';
  }

  function header(map, name) {
    if (!map || typeof map !== 'object') return null;
    var lower = name.toLowerCase();
    for (var k in map) {
      if (Object.prototype.hasOwnProperty.call(map, k) && k.toLowerCase() === lower) return map[k];
    }
    return null;
  }

  function instantMs(v) {
    if (typeof v === 'number') return v > 1e11 ? v : v * 1000;
    var ms = Date.parse(String(v == null ? '' : v).replace(/(\.\d{3})\d+/, '$1'));
    return isNaN(ms) ? null : ms;
  }

  function outcomeOf(e) {
    var o = e.outcome || 'response', s = num(e.status);
    if (o === 'wamock-error') return 'wamock-error';
    if (o !== 'response') return 'fault';
    if (s === 429 || (s >= 400 && RATE_LIMIT_CODES[e.code])) return 'rate-limit';
    if (s >= 500) return '5xx';
    if (s >= 400) return '4xx';
    return s >= 200 && s < 300 ? '2xx' : 'other';
  }

  function delayed(e) {
    return (e.effects || []).some(function (f) { return /^(delay|slow-body) /.test(String(f)); });
  }

  function answeredNs(e) {
    return num(e.answeredNanos) !== 0 ? num(e.answeredNanos) : num(e.receivedNanos) + num(e.latencyMicros) * 1000;
  }

  /** The clock's jump between two requests in ns when the scenario clock did not follow real time, else -1. */
  function clockJump(a, b) {
    var onClock = num(b.clockNanos) - num(a.clockNanos), real = num(b.receivedNanos) - num(a.receivedNanos);
    return onClock > 0 && Math.abs(onClock - real) > SAME_TIME_NS ? onClock : -1;
  }

  function retryAfterMs(e) {
    var v = header(e.responseHeaders, 'retry-after');
    if (v == null) return null;
    v = String(v).trim();
    if (/^\d+(\.\d+)?$/.test(v)) return Math.round(parseFloat(v) * 1000);
    var at = Date.parse(v), sent = instantMs(e.receivedAt);
    return isNaN(at) || sent == null ? null : at - sent;
  }

  function maxRegainMinutes(node, depth) {
    if (!node || typeof node !== 'object' || depth > 6) return 0;
    var max = Array.isArray(node) ? 0 : num(node.estimated_time_to_regain_access);
    for (var k in node) {
      if (Object.prototype.hasOwnProperty.call(node, k)) max = Math.max(max, maxRegainMinutes(node[k], depth + 1));
    }
    return max;
  }

  function regainMs(e) {
    var v = header(e.responseHeaders, 'x-business-use-case-usage');
    if (v == null) return null;
    try {
      var minutes = maxRegainMinutes(JSON.parse(v), 0);
      return minutes > 0 ? minutes * 60000 : null;
    } catch (notJson) {
      return null;
    }
  }

  /** The wait the answer asked for: the longer of Retry-After and estimated_time_to_regain_access, or null. */
  function askedWait(e) {
    var ra = retryAfterMs(e), rg = regainMs(e), asked = null;
    if (ra != null && ra > 0) asked = {ms: ra, source: 'Retry-After: ' + header(e.responseHeaders, 'retry-after')};
    if (rg != null && (asked == null || rg > asked.ms)) {
      asked = {ms: rg, source: 'estimated_time_to_regain_access: ' + (rg / 60000) + ' min'};
    }
    return asked;
  }

  function isTransportRepeat(a, b) {
    return NO_ANSWER[a.outcome] && a.method === b.method && a.path === b.path && a.query === b.query
      && a.token === b.token && num(b.receivedNanos) - answeredNs(a) <= REPEAT_WINDOW_NS;
  }

  function laneKey(e, groupBy) {
    if (groupBy === 'token') return e.token ? String(e.token) : '(no token)';
    return e.numberId ? String(e.numberId) : '(other paths)';
  }

  function analyse(input, options) {
    var o = {};
    for (var d in DEFAULTS) o[d] = options && options[d] != null ? options[d] : DEFAULTS[d];
    var all = (Array.isArray(input) ? input : (input && input.entries) || []).filter(function (e) {
      return e && typeof e === 'object';
    }).slice().sort(function (a, b) { return num(a.seq) - num(b.seq); });
    var entries = all.slice(Math.max(0, all.length - Math.max(1, o.maxEntries)));
    var t = 0, lanes = [], byKey = {}, tooEarly = 0, ordered = [];
    entries.forEach(function (e, i) {
      if (i > 0) {
        var prev = entries[i - 1], jump = clockJump(prev, e);
        t += (jump >= 0 ? jump : num(e.receivedNanos) - num(prev.receivedNanos)) / 1e6;
      }
      var key = laneKey(e, o.groupBy), lane = byKey[key];
      if (!lane) {
        lane = byKey[key] = {key: key, marks: []};
        lanes.push(lane);
      }
      var mark = {entry: e, seq: num(e.seq), t: t, end: t + (answeredNs(e) - num(e.receivedNanos)) / 1e6,
        outcome: outcomeOf(e), delayed: delayed(e), asked: askedWait(e), wait: null, tooEarly: null};
      var before = lane.marks[lane.marks.length - 1];
      if (before) {
        var j = clockJump(before.entry, e);
        mark.wait = {ms: j >= 0 ? j / 1e6 : Math.max(0, (num(e.receivedNanos) - answeredNs(before.entry)) / 1e6),
          onClock: j >= 0, repeat: !!isTransportRepeat(before.entry, e), after: before.seq};
        if (before.asked && !mark.wait.repeat) {
          before.asked.honoured = mark.wait.ms >= before.asked.ms;
          if (!before.asked.honoured) {
            mark.tooEarly = {requiredMs: before.asked.ms, waitedMs: mark.wait.ms, source: before.asked.source,
              after: before.seq, afterOutcome: before.entry.status || before.entry.outcome};
            tooEarly++;
          }
        }
      }
      lane.marks.push(mark);
      ordered.push(mark);
      lane.lastT = t;
    });
    var placed = placeDeliveries(entries, ordered, lanes, byKey, o);
    var hiddenLanes = 0;
    if (lanes.length > o.maxLanes) {
      var recent = lanes.slice().sort(function (a, b) { return b.lastT - a.lastT; }).slice(0, o.maxLanes);
      hiddenLanes = lanes.length - recent.length;
      lanes = lanes.filter(function (l) { return recent.indexOf(l) >= 0; });
    }
    lanes.forEach(function (l) {
      l.total = l.marks.length;
      l.marks = l.marks.slice(Math.max(0, l.marks.length - Math.max(1, o.maxPerLane)));
    });
    return {lanes: lanes, hiddenLanes: hiddenLanes, received: all.length, kept: entries.length, tooEarly: tooEarly,
      groupBy: o.groupBy, width: o.width, deliveries: placed.count, failedDeliveries: placed.failed};
  }

  /** The wamid a send was answered with ({"messages":[{"id":"wamid…"}]}), or null. */
  function sentWamid(e) {
    if (!e.responseBody || String(e.path || '').indexOf('/messages') < 0) return null;
    try {
      var body = JSON.parse(e.responseBody);
      return body && body.messages && body.messages[0] && body.messages[0].id ? String(body.messages[0].id) : null;
    } catch (notJson) {
      return null;
    }
  }

  /** The chart's time (ms) of a scenario clock reading: after the latest entry read at or before it on that clock. */
  function clockToT(entries, marks, clockNanos, base) {
    var k = -1;
    for (var i = 0; i < entries.length; i++) {
      if (num(entries[i].clockNanos) <= clockNanos) k = i;
    }
    if (entries.length === 0) return (clockNanos - base) / 1e6;
    var at = k >= 0 ? k : 0;
    return marks[at].t + (clockNanos - num(entries[at].clockNanos)) / 1e6;
  }

  /** Puts each webhook attempt in the lane of its send (by wamid), else in the "webhooks" lane. */
  function placeDeliveries(entries, markOf, lanes, byKey, o) {
    var list = (Array.isArray(o.deliveries) ? o.deliveries : []).filter(function (d) {
      return d && typeof d === 'object';
    }).slice().sort(function (a, b) { return num(a.seq) - num(b.seq); });
    list = list.slice(Math.max(0, list.length - Math.max(1, o.maxDeliveries)));
    var sends = {}, failed = 0;
    lanes.forEach(function (lane) {
      lane.deliveries = [];
      lane.marks.forEach(function (m) {
        var w = sentWamid(m.entry);
        if (w) sends[w] = {lane: lane, mark: m};
      });
    });
    var base = list.length ? num(list[0].clockNanos) : 0;
    list.forEach(function (d) {
      var send = d.wamid ? sends[String(d.wamid)] : null, lane = send ? send.lane : byKey[WEBHOOK_LANE];
      if (!lane) {
        lane = byKey[WEBHOOK_LANE] = {key: WEBHOOK_LANE, marks: [], deliveries: [], lastT: -Infinity};
        lanes.push(lane);
      }
      var acked = num(d.answerStatus) >= 200 && num(d.answerStatus) < 300, t = clockToT(entries, markOf, num(d.clockNanos), base);
      if (!acked) failed++;
      lane.deliveries.push({delivery: d, seq: num(d.seq), t: t, end: t + num(d.latencyMicros) / 1000,
        acked: acked, send: send ? send.mark : null});
      lane.lastT = Math.max(lane.lastT == null ? -Infinity : lane.lastT, t);
    });
    return {count: list.length, failed: failed};
  }


  var LEFT = 170, RIGHT = 28, TOP = 30, LANE_H = 64;

  function niceStep(span, count) {
    var raw = span / Math.max(1, count), p = Math.pow(10, Math.floor(Math.log(raw) / Math.LN10)), n = raw / p;
    return (n <= 1 ? 1 : n <= 2 ? 2 : n <= 5 ? 5 : 10) * p;
  }

  function appUsage(e) {
    try {
      var usage = JSON.parse(header(e.responseHeaders, 'x-app-usage'));
      return usage && typeof usage.call_count === 'number' && usage.call_count > 0 ? usage.call_count : null;
    } catch (notJson) {
      return null;
    }
  }

  function answerText(e) {
    var o = e.outcome || 'response';
    return (o === 'response' ? String(num(e.status)) : o + (num(e.status) ? ' (' + num(e.status) + ')' : ''))
      + (e.code != null ? ' code ' + e.code + (e.subcode != null ? '/' + e.subcode : '') : '');
  }

  function markTitle(m, t0) {
    var e = m.entry, lines = ['#' + m.seq + ' ' + (e.method || '') + ' ' + (e.path || '')
      + (e.query ? '?' + e.query : '') + ' \u2192 ' + answerText(e)];
    lines.push('at +' + fmtMs(m.t - t0) + ', answered in ' + fmtMs(m.end - m.t)
      + ((e.effects || []).length ? ' [' + e.effects.join(', ') + ']' : ''));
    if (e.token) lines.push('token ' + e.token);
    if (e.scenario) lines.push('scenario ' + e.scenario + (e.step != null ? ' step ' + e.step : ' (pass)'));
    if (m.wait) {
      lines.push(m.wait.repeat ? 'a transport repeat of #' + m.wait.after + ' (java.net.http repeats a GET after a reset)'
        : 'waited ' + fmtMs(m.wait.ms) + ' after #' + m.wait.after + (m.wait.onClock ? ' on the scenario clock' : ''));
    }
    if (m.tooEarly) {
      lines.push('TOO EARLY: #' + m.tooEarly.after + ' (' + m.tooEarly.afterOutcome + ') asked for '
        + fmtMs(m.tooEarly.requiredMs) + ' (' + m.tooEarly.source + ') but the client came back after '
        + fmtMs(m.tooEarly.waitedMs));
    }
    if (m.asked) lines.push('asks the client to wait ' + fmtMs(m.asked.ms) + ' (' + m.asked.source + ')');
    var usage = appUsage(e);
    if (usage != null) lines.push('x-app-usage call_count ' + usage + ' %');
    return lines.join('\n');
  }

  function shape(m, x, y) {
    if (m.outcome === 'fault') {
      return '<path class="wt-shape" d="M' + x + ' ' + (y - 8) + 'L' + (x + 8) + ' ' + y + 'L' + x + ' ' + (y + 8)
        + 'L' + (x - 8) + ' ' + y + 'Z"/>';
    }
    if (m.outcome === 'wamock-error') {
      return '<rect class="wt-shape" x="' + (x - 6) + '" y="' + (y - 6) + '" width="12" height="12"/>';
    }
    return '<circle class="wt-shape" cx="' + x + '" cy="' + y + '" r="6.5"/>';
  }

  function drawLane(s, lane, i, x, t0, plotEnd) {
    var y = TOP + i * LANE_H + LANE_H / 2, marks = lane.marks;
    s.push('<g class="wt-lane" data-lane="' + esc(lane.key) + '" data-requests="' + lane.total + '">');
    s.push('<rect class="wt-lane-bg" x="0" y="' + (y - LANE_H / 2) + '" width="100%" height="' + LANE_H + '"/>');
    s.push('<text class="wt-lane-label" x="8" y="' + (y - 2) + '">' + esc(lane.key) + '</text>');
    var hooks = (lane.deliveries || []).length;
    s.push('<text class="wt-lane-count" x="8" y="' + (y + 13) + '">' + (lane.total || !hooks ? lane.total
      + (lane.total === 1 ? ' request' : ' requests') + (lane.total > marks.length ? ', last ' + marks.length + ' drawn' : '')
      : '') + (hooks ? (lane.total ? ', ' : '') + hooks + (hooks === 1 ? ' webhook' : ' webhooks') : '') + '</text>');
    s.push('<line class="wt-lane-line" x1="' + LEFT + '" x2="' + plotEnd + '" y1="' + y + '" y2="' + y + '"/>');
    marks.forEach(function (m) {
      if (!m.asked) return;
      var from = x(m.end), to = x(m.end + m.asked.ms), state = m.asked.honoured == null ? 'open'
        : m.asked.honoured ? 'honoured' : 'violated';
      s.push('<rect class="wt-interval wt-' + state + '" data-required-ms="' + Math.round(m.asked.ms) + '" data-state="'
        + state + '" x="' + from + '" y="' + (y - 15) + '" width="' + Math.max(2, to - from) + '" height="30"><title>'
        + esc('#' + m.seq + ' asked the client to wait ' + fmtMs(m.asked.ms) + ' (' + m.asked.source + ')'
          + (state === 'open' ? '' : state === 'honoured' ? '; the next request waited long enough'
            : '; the next request came too early')) + '</title></rect>');
      if (m.end + m.asked.ms > x.max) {
        s.push('<text class="wt-interval-more" x="' + (plotEnd + 2) + '" y="' + (y - 17) + '">\u2192 '
          + esc(fmtMs(m.asked.ms)) + '</text>');
      }
    });
    marks.forEach(function (m, k) {
      var before = k > 0 ? marks[k - 1] : null;
      if (!m.wait || !before) return;
      var x1 = x(before.end), x2 = x(m.t);
      s.push('<line class="wt-gap' + (m.wait.onClock ? ' wt-gap-clock' : '') + '" x1="' + x1 + '" x2="' + x2 + '" y1="'
        + (y - 20) + '" y2="' + (y - 20) + '"/>');
      if (x2 - x(before.t) >= 46) {
        s.push('<text class="wt-wait' + (m.wait.onClock ? ' wt-wait-clock' : '') + '" data-wait-ms="'
          + Math.round(m.wait.ms) + '" x="' + ((x(before.t) + x2) / 2) + '" y="' + (y - 24) + '">'
          + esc(m.wait.repeat ? 'repeat' : fmtMs(m.wait.ms)) + '</text>');
      }
    });
    var lastLabel = -Infinity;
    marks.forEach(function (m) {
      var e = m.entry, cx = x(m.t), w = x(m.end) - cx;
      s.push('<g class="wt-mark wt-o-' + m.outcome + (m.delayed ? ' wt-delayed' : '') + (m.tooEarly ? ' wt-too-early' : '')
        + '" data-seq="' + m.seq + '" data-outcome="' + m.outcome + '" data-status="' + num(e.status) + '"'
        + (m.tooEarly ? ' data-too-early="true"' : '') + ' tabindex="0"><title>' + esc(markTitle(m, t0)) + '</title>');
      if (w >= 2) s.push('<rect class="wt-latency" x="' + cx + '" y="' + (y - 2) + '" width="' + w + '" height="4"/>');
      if (m.tooEarly) {
        s.push('<circle class="wt-too-early-ring" cx="' + cx + '" cy="' + y + '" r="11"/>');
        if (cx - lastLabel >= 58) { // a label that would overlap the one before is left out; the ring and title stay
          s.push('<text class="wt-too-early-label" x="' + cx + '" y="' + (y + 26) + '">too early</text>');
          lastLabel = cx;
        }
      }
      s.push(shape(m, cx, y) + '</g>');
    });
    drawDeliveries(s, lane, x, y, t0);
    s.push('</g>');
  }

  function deliveryTitle(m, t0) {
    var d = m.delivery;
    return '#' + m.seq + ' webhook ' + (d.field || '') + (d.status ? ' ' + d.status : '') + ' try ' + num(d.attempt)
      + ' \u2192 ' + (num(d.answerStatus) ? num(d.answerStatus) : 'no answer' + (d.failure ? ' (' + d.failure + ')' : ''))
      + '\n' + (d.wamid ? d.wamid + '\n' : '') + 'at +' + fmtMs(m.t - t0) + ' on the scenario clock, answered in '
      + fmtMs(m.end - m.t);
  }

  /** A lane's webhook attempts on a line under its requests, from each send to its last attempt. */
  function drawDeliveries(s, lane, x, y, t0) {
    var marks = lane.deliveries || [], dy = y + 19, spans = {};
    if (!marks.length) return;
    marks.forEach(function (m) {
      var key = m.delivery.wamid || '', from = m.send ? m.send.t : m.t, span = spans[key];
      if (!span) span = spans[key] = {from: from, to: m.t, send: m.send};
      span.from = Math.min(span.from, m.t, from);
      span.to = Math.max(span.to, m.t);
    });
    for (var key in spans) {
      var sp = spans[key];
      if (sp.send) {
        s.push('<line class="wt-delivery-link" x1="' + x(sp.send.t) + '" x2="' + x(sp.send.t) + '" y1="' + (y + 7)
          + '" y2="' + dy + '"/>');
      }
      s.push('<line class="wt-delivery-line" data-wamid="' + esc(key) + '" x1="' + x(sp.from) + '" x2="' + x(sp.to)
        + '" y1="' + dy + '" y2="' + dy + '"/>');
    }
    marks.forEach(function (m) {
      var d = m.delivery, cx = x(m.t), state = m.acked ? 'acked' : 'unacked';
      s.push('<g class="wt-delivery wt-d-' + state + '" data-delivery-seq="' + m.seq + '" data-wamid="' + esc(d.wamid || '')
        + '" data-status="' + esc(d.status || d.field || '') + '" data-answer="' + num(d.answerStatus) + '" tabindex="0"><title>'
        + esc(deliveryTitle(m, t0)) + '</title><path class="wt-d-shape" d="M' + cx + ' ' + (dy - 6) + 'L' + (cx + 6) + ' '
        + (dy + 5) + 'L' + (cx - 6) + ' ' + (dy + 5) + 'Z"/></g>');
    });
  }

  function draw(container, model) {
    var width = Math.max(360, model.width || container.clientWidth || 960), plotEnd = width - RIGHT, t0 = Infinity,
      t1 = -Infinity;
    model.lanes.forEach(function (l) {
      l.marks.forEach(function (m) { t0 = Math.min(t0, m.t); t1 = Math.max(t1, m.end); });
      (l.deliveries || []).forEach(function (m) { t0 = Math.min(t0, m.t); t1 = Math.max(t1, m.end); });
    });
    var s = ['<div class="wt-summary" data-requests="' + model.received + '" data-too-early-count="' + model.tooEarly + '">'
      + model.received + (model.received === 1 ? ' request' : ' requests') + ' in ' + model.lanes.length
      + (model.lanes.length === 1 ? ' lane' : ' lanes') + ' (by ' + esc(model.groupBy) + ')'
      + (model.tooEarly ? ' \u00b7 <strong class="wt-too-early-count">' + model.tooEarly
        + (model.tooEarly === 1 ? ' retry' : ' retries') + ' too early</strong>' : '')
      + (model.deliveries ? ' \u00b7 <span class="wt-delivery-count" data-deliveries="' + model.deliveries
        + '" data-failed="' + model.failedDeliveries + '">' + model.deliveries + ' webhook '
        + (model.deliveries === 1 ? 'attempt' : 'attempts') + (model.failedDeliveries ? ', ' + model.failedDeliveries
          + ' not acknowledged' : '') + '</span>' : '')
      + (model.kept < model.received ? ' \u00b7 the newest ' + model.kept + ' analysed' : '')
      + (model.hiddenLanes ? ' \u00b7 ' + model.hiddenLanes + ' less recent lanes not drawn' : '') + '</div>'];
    s.push('<div class="wt-legend">' + OUTCOMES.map(function (o) {
      return '<span class="wt-key wt-o-' + o[0] + '"><i></i>' + esc(o[1]) + '</span>';
    }).join('') + '<span class="wt-key wt-key-delayed"><i></i>delayed</span>'
      + '<span class="wt-key wt-key-interval"><i></i>wait asked (Retry-After, regain access)</span>'
      + '<span class="wt-key wt-key-too-early"><i></i>retry too early</span>'
      + (model.deliveries ? '<span class="wt-key wt-key-acked"><i></i>webhook acknowledged</span>'
        + '<span class="wt-key wt-key-unacked"><i></i>webhook failed</span>' : '') + '</div>');
    if (t0 === Infinity) {
      container.innerHTML = s.join('') + '<div class="wt-empty">no requests</div>';
      return model;
    }
    var span = Math.max(t1 - t0, 1) * 1.04, plot = plotEnd - LEFT;
    var x = function (t) {
      return Math.round((LEFT + Math.max(0, Math.min(plot, (t - t0) / span * plot))) * 10) / 10;
    };
    x.max = t0 + span;
    var height = TOP + model.lanes.length * LANE_H + 4;
    s.push('<svg class="wt-chart" width="' + width + '" height="' + height + '" viewBox="0 0 ' + width + ' ' + height
      + '" role="img" aria-label="timeline of ' + model.received + ' requests">');
    var step = niceStep(span, Math.max(2, Math.floor(plot / 110)));
    for (var k = 0; k * step <= span; k++) {
      var tx = x(t0 + k * step);
      s.push('<line class="wt-tick" x1="' + tx + '" x2="' + tx + '" y1="' + (TOP - 6) + '" y2="' + height + '"/>'
        + '<text class="wt-tick-label" x="' + tx + '" y="' + (TOP - 10) + '">' + (k === 0 ? '0' : '+' + esc(fmtMs(k * step)))
        + '</text>');
    }
    model.lanes.forEach(function (lane, i) { drawLane(s, lane, i, x, t0, plotEnd); });
    s.push('</svg>');
    container.innerHTML = s.join('');
    return model;
  }

  function select(event) {
    var target = event.target;
    while (target && target !== this && !(target.getAttribute
        && (target.getAttribute('data-seq') || target.getAttribute('data-delivery-seq')))) {
      target = target.parentNode;
    }
    if (target && target !== this && target.getAttribute && target.getAttribute('data-delivery-seq')) {
      this.dispatchEvent(new CustomEvent('wamock-timeline-select', {bubbles: true,
        detail: {deliverySeq: Number(target.getAttribute('data-delivery-seq'))}}));
    } else if (target && target !== this && target.getAttribute) {
      this.dispatchEvent(new CustomEvent('wamock-timeline-select', {bubbles: true,
        detail: {seq: Number(target.getAttribute('data-seq'))}}));
    }
  }

  function render(container, entries, options) {
    if (!container || container.nodeType !== 1) throw new Error('WamockTimeline.render needs a container element');
    container.classList.add('wamock-timeline');
    if (!container.hasAttribute('data-wt-listening')) {
      container.setAttribute('data-wt-listening', 'true');
      container.addEventListener('click', select);
      container.addEventListener('keydown', function (event) {
        if (event.key === 'Enter') select.call(this, event);
      });
    }
    return draw(container, analyse(entries, options));
  }

  global.WamockTimeline = {render: render, analyse: analyse, formatMs: fmtMs};
})(window);
