// The live journal table: entries kept in sequence order (at most MAX_ENTRIES), shown newest first through a
// virtualised list (only the rows in view exist in the DOM, re-used as it scrolls), updated once per animation frame
// whatever the rate of arrivals.
import * as f from './format.js';

export const MAX_ENTRIES = 20000;
const OVERSCAN = 8;
const CELLS = [
  e => '#' + e.seq, f.time, e => e.method, f.target, f.tokenTail, f.status, f.code, f.step, f.effects, f.latency,
];

/** Whether `entry` passes the filters: number (part of the ID), status (429, 5xx, reset, fault; comma-separated), token (last characters). */
export function matches(entry, filter) {
  if (filter.number && !(entry.numberId || '').includes(filter.number)) {
    return false;
  }
  if (filter.token && !(entry.token || '').endsWith(filter.token)) {
    return false;
  }
  if (filter.status) {
    const wanted = filter.status.split(/[\s,]+/).filter(Boolean);
    return wanted.length === 0 || wanted.some(w => statusMatches(entry, w.toLowerCase()));
  }
  return true;
}

function statusMatches(entry, word) {
  if (/^\d{3}$/.test(word) || word === '0') {
    return entry.status === Number(word);
  }
  if (/^[1-5]xx$/.test(word)) {
    return Math.floor(entry.status / 100) === Number(word[0]) && !f.isFault(entry);
  }
  if (word === 'fault') {
    return f.isFault(entry);
  }
  return entry.outcome === word;
}

export class JournalTable {
  constructor(viewport, spacer, onSelect, onChange) {
    this.viewport = viewport;
    this.spacer = spacer;
    this.onSelect = onSelect;
    this.onChange = onChange;
    this.rowHeight = parseFloat(getComputedStyle(document.documentElement).getPropertyValue('--row')) || 24;
    this.entries = [];
    this.seqs = new Set();
    this.shown = [];
    this.pending = [];
    this.filter = {number: '', status: '', token: ''};
    this.pool = [];
    this.selected = null;
    this.scheduled = false;
    viewport.addEventListener('scroll', () => this.schedule());
    viewport.addEventListener('click', event => {
      const row = event.target.closest('.row');
      if (row && row.entry) {
        this.selected = row.entry.seq;
        this.render();
        onSelect(row.entry);
      }
    });
    new ResizeObserver(() => this.schedule()).observe(viewport);
  }

  /** The kept entry with this sequence number, or undefined. */
  find(seq) {
    let lo = 0;
    let hi = this.entries.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const at = this.entries[mid].seq;
      if (at === seq) {
        return this.entries[mid];
      }
      if (at < seq) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return undefined;
  }

  /** Queues an entry; it shows at the next frame. */
  add(entry) {
    this.pending.push(entry);
    this.schedule();
  }

  clear() {
    this.entries = [];
    this.seqs.clear();
    this.shown = [];
    this.pending = [];
    this.schedule();
    this.onChange();
  }

  setFilter(filter) {
    this.filter = filter;
    this.shown = this.entries.filter(e => matches(e, filter));
    this.viewport.scrollTop = 0;
    this.schedule();
    this.onChange();
  }

  schedule() {
    if (!this.scheduled) {
      this.scheduled = true;
      requestAnimationFrame(() => {
        this.scheduled = false;
        this.flush();
        this.render();
      });
    }
  }

  /** Merges the queued entries: appended when in order (the usual case), inserted where they belong otherwise. */
  flush() {
    if (this.pending.length === 0) {
      return;
    }
    let shownAdded = 0;
    for (const e of this.pending) {
      if (this.seqs.has(e.seq)) {
        continue;
      }
      this.seqs.add(e.seq);
      insert(this.entries, e);
      if (matches(e, this.filter)) {
        insert(this.shown, e);
        shownAdded++;
      }
    }
    this.pending = [];
    if (this.entries.length > MAX_ENTRIES) {
      const cut = this.entries.splice(0, this.entries.length - MAX_ENTRIES);
      cut.forEach(e => this.seqs.delete(e.seq));
      const oldest = this.entries[0].seq;
      this.shown = this.shown.filter(e => e.seq >= oldest);
    }
    if (this.viewport.scrollTop > 0 && shownAdded > 0) {
      this.viewport.scrollTop += shownAdded * this.rowHeight; // keep the rows being read in place
    }
    this.onChange();
  }

  render() {
    const count = this.shown.length;
    this.spacer.style.height = count * this.rowHeight + 'px';
    const first = Math.max(0, Math.floor(this.viewport.scrollTop / this.rowHeight) - OVERSCAN);
    const visible = Math.ceil(this.viewport.clientHeight / this.rowHeight) + 2 * OVERSCAN;
    const last = Math.min(count, first + visible);
    while (this.pool.length < last - first) {
      this.pool.push(newRow(this.viewport));
    }
    this.pool.forEach((row, i) => {
      const index = first + i;
      if (index >= last) {
        row.hidden = true;
        row.entry = null;
        return;
      }
      const entry = this.shown[count - 1 - index];
      row.hidden = false;
      row.style.transform = 'translateY(' + index * this.rowHeight + 'px)';
      if (row.entry !== entry) {
        row.entry = entry;
        fill(row, entry);
      }
      row.classList.toggle('selected', entry.seq === this.selected);
    });
  }
}

function insert(list, entry) {
  if (list.length === 0 || list[list.length - 1].seq < entry.seq) {
    list.push(entry);
    return;
  }
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].seq < entry.seq) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  list.splice(lo, 0, entry);
}

function newRow(viewport) {
  const row = document.createElement('div');
  row.className = 'row';
  row.setAttribute('role', 'row');
  for (let i = 0; i < CELLS.length; i++) {
    const cell = document.createElement('span');
    cell.setAttribute('role', 'cell');
    row.appendChild(cell);
  }
  row.lastChild.classList.add('num');
  viewport.appendChild(row);
  return row;
}

function fill(row, entry) {
  CELLS.forEach((text, i) => {
    const cell = row.children[i];
    cell.textContent = text(entry);
    cell.title = cell.textContent;
  });
  row.children[5].className = f.statusClass(entry);
  row.dataset.seq = entry.seq;
}
