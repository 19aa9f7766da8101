/*
 * The schedule as a Gantt chart in inline SVG: a row per machine, a time axis in the browser's time zone,
 * the machine's closed periods shaded behind, and a bar per operation in its order's colour, the setup part
 * hatched and late orders outlined in red. Pure drawing: it reads a schedule view (docs/scheduling.md) and
 * returns an element; planner.js decides when.
 */
(function () {
  'use strict';

  const SVG = 'http://www.w3.org/2000/svg';
  const HOUR = 3600000;
  const AXIS_HEIGHT = 44;
  const ROW_HEIGHT = 34;
  const BAR_INSET = 6;
  const MIN_PX_PER_HOUR = 6;   // below this a short operation is a hair: scroll instead
  const LATE = '#c62828';
  const CLOSED_FILL = {
    OFF_SHIFT: '#e4e7ec',
    BREAK: '#edf0f3',
    HOLIDAY: 'url(#closed-hatch)',
    MAINTENANCE: 'url(#closed-hatch)',
    BREAKDOWN: 'url(#breakdown-hatch)'
  };
  const i18n = window.Forgeline.i18n;
  const t = i18n.t;

  // in the page's language (i18n.js), which may change between two drawings
  const dayFormat = { format: time => i18n.dateTime(time, { weekday: 'short', day: 'numeric', month: 'short' }) };
  const hourFormat = { format: time => i18n.dateTime(time, { hour: '2-digit', minute: '2-digit' }) };
  const stampFormat = { format: time => i18n.dateTime(time, { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }) };

  /**
   * A stable colour per order: the same order keeps its hue across solves, reloads and machines. Reds are
   * left out: red means late, or a breakdown.
   */
  function hue(key) {
    let hash = 0x811c9dc5;
    for (let i = 0; i < key.length; i++) {
      hash ^= key.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    return 30 + hash % 300;
  }

  function orderColour(key) {
    return 'hsl(' + hue(key) + ', 68%, 45%)';
  }

  function setupColour(key) {
    return 'hsl(' + hue(key) + ', 60%, 78%)';
  }

  function time(value) {
    return value ? Date.parse(value) : NaN;
  }

  /** From the plan's origin (or its first setup) to its last operation's end, whole hours, at least a shift. */
  function range(view, now) {
    let from = time(view.origin);
    let to = NaN;
    (view.operations || []).forEach(op => {
      const first = Math.min(time(op.setupStart || op.start), time(op.start));
      if (!(from <= first)) { from = first; }
      if (!(to >= time(op.end))) { to = time(op.end); }
    });
    if (isNaN(from)) { from = now; }
    if (isNaN(to) || to - from < 8 * HOUR) { to = from + 8 * HOUR; }
    const start = new Date(from);
    start.setMinutes(0, 0, 0);
    const end = new Date(to + (to - start.getTime()) * 0.02);
    if (end.getMinutes() || end.getSeconds() || end.getMilliseconds()) {
      end.setMinutes(60, 0, 0);
    }
    return { from: start.getTime(), to: end.getTime() };
  }

  /** Hour ticks every 1–24 h so labels do not collide, and every local midnight; DST-safe local steps. */
  function ticks(from, to, pxPerHour) {
    // wide enough for the locale's longest hour label ("08:00 PM" is wider than "20:00") at 11 px
    const labelWidth = hourFormat.format(new Date(2020, 0, 1, 20, 0).getTime()).length * 6.5 + 10;
    const step = [1, 2, 3, 4, 6, 8, 12, 24].find(s => s * pxPerHour >= labelWidth) || 24;
    const hours = [];
    const days = [];
    const cursor = new Date(from);
    for (let guard = 0; cursor.getTime() <= to && guard < 24 * 400; guard++) {
      const t = cursor.getTime();
      if (cursor.getHours() === 0 && cursor.getMinutes() === 0) {
        days.push({ t, label: dayFormat.format(t) });
      }
      if (cursor.getHours() % step === 0 && cursor.getMinutes() === 0) {
        hours.push({ t, label: hourFormat.format(t) });
      }
      cursor.setHours(cursor.getHours() + 1, 0, 0, 0);
    }
    return { step, hours, days };
  }

  function el(name, attributes, parent) {
    const node = document.createElementNS(SVG, name);
    Object.entries(attributes || {}).forEach(([key, value]) => {
      if (value !== undefined && value !== null) { node.setAttribute(key, String(value)); }
    });
    if (parent) { parent.appendChild(node); }
    return node;
  }

  function title(parent, text) {
    el('title', {}, parent).textContent = text;
  }

  function hatch(defs, id, background, stripe) {
    const pattern = el('pattern', { id, width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' }, defs);
    if (background) { el('rect', { width: 6, height: 6, fill: background }, pattern); }
    el('rect', { width: 2.5, height: 6, fill: stripe }, pattern);
  }

  /**
   * A machine's closed periods, plus the breakdown a what-if assumes (the view's optional "simulation")
   * when the machine's own list does not show it: the planner should see why the machine stands empty.
   */
  function closedPeriods(view, machine) {
    const list = (machine.closed || []).slice();
    const what = view.simulation;
    if (what && what.machineCode === machine.code && what.from) {
      const shown = list.some(c => c.kind === 'BREAKDOWN' && time(c.from) <= time(what.from)
        && (!c.to || (what.until && time(c.to) >= time(what.until))));
      if (!shown) {
        list.push({ from: what.from, to: what.until || null, kind: 'BREAKDOWN', simulated: true });
      }
    }
    return list;
  }

  function describe(op, machine) {
    const lines = [
      op.orderNumber + ' · ' + op.itemCode + ' · ' + t('gantt.operation') + ' ' + op.sequence + (op.description ? ' ' + op.description : ''),
      t('gantt.machine') + ' ' + machine
    ];
    if (op.setupStart && time(op.setupStart) < time(op.start)) {
      lines.push(t('gantt.setup') + ' ' + stampFormat.format(time(op.setupStart)) + ' – ' + hourFormat.format(time(op.start)));
    }
    lines.push(t('gantt.run') + ' ' + stampFormat.format(time(op.start)) + ' – ' + stampFormat.format(time(op.end)));
    lines.push(t('gantt.due') + ' ' + (op.dueDate ? stampFormat.format(time(op.dueDate)) : '–') + (op.late ? ' · ' + t('gantt.lateMark') : ''));
    if (op.pinned) { lines.push(t('gantt.pinned')); }
    return lines.join('\n');
  }

  /**
   * Draws the view. options.width: the pixels available (the chart scrolls when a plan is too long for
   * them); options.now: the current time (epoch ms); options.highlight: an order id to bring forward.
   */
  function render(view, options) {
    const now = options.now || Date.now();
    const machines = view.machines || [];
    const { from, to } = range(view, now);
    const hours = (to - from) / HOUR;
    const pxPerHour = Math.max((options.width || 1000) / hours, MIN_PX_PER_HOUR);
    const width = Math.round(hours * pxPerHour);
    const height = AXIS_HEIGHT + Math.max(machines.length, 1) * ROW_HEIGHT;
    const x = t => Math.max(0, Math.min(width, (t - from) / HOUR * pxPerHour));
    const rowOf = {};
    machines.forEach((m, i) => { rowOf[m.code] = i; });

    const svg = el('svg', {
      xmlns: SVG, width, height, viewBox: '0 0 ' + width + ' ' + height, role: 'img',
      class: 'gantt-svg' + (options.highlight ? ' has-highlight' : ''),
      'aria-label': t('gantt.label', {
        operations: (view.operations || []).length, machines: machines.length, from: stampFormat.format(from), to: stampFormat.format(to)
      }),
      'data-from': new Date(from).toISOString(), 'data-to': new Date(to).toISOString()
    });
    const defs = el('defs', {}, svg);
    hatch(defs, 'setup-hatch', null, 'rgba(255,255,255,0.75)');
    hatch(defs, 'closed-hatch', '#e4e7ec', '#c3c8d1');
    hatch(defs, 'breakdown-hatch', '#fbe3e3', '#e8a1a1');

    // rows
    const rows = el('g', { class: 'rows' }, svg);
    machines.forEach((m, i) => {
      el('rect', { x: 0, y: AXIS_HEIGHT + i * ROW_HEIGHT, width, height: ROW_HEIGHT, fill: i % 2 ? '#f7f8fa' : '#ffffff' }, rows);
    });

    // closed periods behind everything else
    const closed = el('g', { class: 'closed' }, svg);
    machines.forEach((m, i) => {
      closedPeriods(view, m).forEach(c => {
        const start = Math.max(time(c.from), from);
        const end = Math.min(isNaN(time(c.to)) ? to : time(c.to), to);
        if (!(end > start)) { return; }
        const rect = el('rect', {
          class: 'closed-period closed-' + String(c.kind).toLowerCase().replace(/_/g, '-'),
          x: x(start), y: AXIS_HEIGHT + i * ROW_HEIGHT + 1, width: Math.max(x(end) - x(start), 0.5), height: ROW_HEIGHT - 2,
          fill: CLOSED_FILL[c.kind] || '#e4e7ec', 'data-machine': m.code, 'data-kind': c.kind,
          'data-from': c.from, 'data-to': c.to || ''
        }, closed);
        if (c.simulated) { rect.setAttribute('data-simulated', 'true'); }
        title(rect, m.code + ': ' + (c.simulated ? t('gantt.whatIf') + ' ' : '') + i18n.code('gantt.closed.', c.kind) + ', '
          + stampFormat.format(time(c.from)) + ' – ' + (c.to ? stampFormat.format(time(c.to)) : t('gantt.furtherNotice')));
      });
    });

    // axis: midnights strong, hours light, labels on two lines
    const axis = el('g', { class: 'axis' }, svg);
    el('rect', { x: 0, y: 0, width, height: AXIS_HEIGHT, fill: '#f0f2f5' }, axis);
    const marks = ticks(from, to, pxPerHour);
    marks.hours.forEach(tick => {
      el('line', { x1: x(tick.t), x2: x(tick.t), y1: 22, y2: height, stroke: '#d5d9e0', 'stroke-width': 1 }, axis);
      const label = el('text', { x: x(tick.t) + 3, y: 38, 'font-size': 11, fill: '#4a5260' }, axis);
      label.textContent = tick.label;
    });
    const dayStarts = marks.days.map(d => d.t);
    if (!dayStarts.length || x(dayStarts[0]) > 90) {
      marks.days.unshift({ t: from, label: dayFormat.format(from), partial: true });
    }
    marks.days.forEach(day => {
      if (!day.partial) {
        el('line', { x1: x(day.t), x2: x(day.t), y1: 0, y2: height, stroke: '#8a93a3', 'stroke-width': 1.5 }, axis);
      }
      const label = el('text', { x: x(day.t) + 4, y: 15, 'font-size': 12, 'font-weight': 600, fill: '#1d2430' }, axis);
      label.textContent = day.label;
    });
    el('line', { x1: 0, x2: width, y1: AXIS_HEIGHT, y2: AXIS_HEIGHT, stroke: '#8a93a3' }, axis);

    // operations
    const bars = el('g', { class: 'operations' }, svg);
    (view.operations || []).forEach(op => {
      const row = rowOf[op.machineCode];
      if (row === undefined) { return; }
      const key = op.orderId || op.orderNumber;
      const top = AXIS_HEIGHT + row * ROW_HEIGHT + BAR_INSET;
      const barHeight = ROW_HEIGHT - 2 * BAR_INSET;
      const group = el('g', {
        class: 'op' + (op.late ? ' late' : '') + (op.pinned ? ' pinned' : '') + (options.highlight === key ? ' highlight' : ''),
        'data-order-id': op.orderId, 'data-order': op.orderNumber, 'data-machine': op.machineCode,
        'data-sequence': op.sequence, 'data-setup-start': op.setupStart, 'data-start': op.start, 'data-end': op.end,
        'data-late': op.late ? 'true' : 'false'
      }, bars);
      title(group, describe(op, op.machineCode));
      const setupStart = time(op.setupStart);
      if (setupStart < time(op.start)) {
        const setup = { x: x(setupStart), y: top, width: Math.max(x(time(op.start)) - x(setupStart), 1), height: barHeight };
        el('rect', Object.assign({ class: 'setup', fill: setupColour(key) }, setup), group);
        el('rect', Object.assign({ class: 'setup-hatch', fill: 'url(#setup-hatch)' }, setup), group);
      }
      const runWidth = Math.max(x(time(op.end)) - x(time(op.start)), 2);
      el('rect', {
        class: 'bar', x: x(time(op.start)), y: top, width: runWidth, height: barHeight, rx: 2,
        fill: orderColour(key), stroke: op.late ? LATE : 'rgba(0,0,0,0.35)', 'stroke-width': op.late ? 2.5 : 1
      }, group);
      if (op.pinned) {
        el('rect', { class: 'pin', x: x(time(op.start)), y: top, width: 3, height: barHeight, fill: '#1d2430' }, group);
      }
      if (runWidth >= 74) {
        const label = el('text', {
          x: x(time(op.start)) + 5, y: top + barHeight / 2 + 4, 'font-size': 11, fill: '#ffffff', 'pointer-events': 'none'
        }, group);
        label.textContent = op.orderNumber + ' /' + op.sequence;
      }
    });

    if (now >= from && now <= to) {
      const line = el('line', { class: 'now', x1: x(now), x2: x(now), y1: AXIS_HEIGHT, y2: height, stroke: '#1f6feb', 'stroke-width': 2, 'stroke-dasharray': '4 3' }, svg);
      title(line, t('gantt.now'));
    }
    return svg;
  }

  window.Forgeline = window.Forgeline || {};
  window.Forgeline.gantt = { render, range, ticks, hue, orderColour, AXIS_HEIGHT, ROW_HEIGHT };
})();
