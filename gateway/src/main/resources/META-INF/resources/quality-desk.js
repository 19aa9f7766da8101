/*
 * The quality engineer's desk on quality.html, beside the inspector's tabs (quality.js), for quality engineers and
 * administrators at a desktop browser, against /api/quality (services/quality/README.md) through the gateway:
 *  - Control charts: an item's measured characteristic (from its inspection plans) as the individuals chart the
 *    service keeps of recorded measurements, drawn with uPlot: the points, the center line, LCL and UCL, the
 *    specification limits, the points a run rule flags; beside it a histogram of the same values with LSL and USL and
 *    Cp, Cpk, Pp, Ppk (POST …/spc/analyses). The current limits can be frozen as the phase-I baseline.
 *  - Nonconformances: the NCR board; an NCR opened shows its material, dispositions, the 8D (D1–D8), the supplier's
 *    answers and its history; the engineer decides dispositions, writes disciplines and closes it.
 *  - Holds: place a hold on an item, a lot or a supplier's lot, list them, lift one.
 * Every POST carries an Idempotency-Key, kept while a request may be sent again unanswered. Functions that fetch
 * change the state and call the functions that draw it; the drawing ones never fetch.
 */
(function () {
  'use strict';

  const { i18n, api, dom, problems } = window.Forgeline;
  const { el, row, badge } = dom;
  const t = i18n.t;
  const Q = '/api/quality';
  const $ = id => document.getElementById(id);

  /** The charts' colours; the page test reads the limit and point colours back from the canvas. */
  const COLOUR = {
    value: '#1f6feb', center: '#1e7b34', limit: '#c62828', spec: '#7a3db8', flagged: '#f08c00', flaggedEdge: '#5c3600',
    bar: 'rgba(31, 111, 235, 0.35)', mean: '#1e7b34'
  };
  const NCR_KIND = { OPEN: 'warn', CLOSED: 'grey' };
  const HOLD_KIND = { ON: 'bad', LIFTED: 'grey' };
  const ACTIONS = ['REWORK', 'REPAIR', 'SCRAP', 'RETURN_TO_SUPPLIER', 'USE_AS_IS'];

  const said = (text, params, info) => ({ text, params, info });
  const refused = (problem, context, params) => ({ problem, context, params });

  const state = {
    chart: {
      itemCode: 'BEARING-6204',
      characteristic: 'BORE',
      options: undefined,   // the item's measured characteristics, from its plans: [{code, description, lsl, usl, unit}]
      analysis: null,       // the chart as the service draws it
      capability: null,     // Cp, Cpk, Pp, Ppk of the same values against the specification
      note: null,
      freezeKey: null,
      freezing: false,
      loaded: false
    },
    ncrs: { status: 'OPEN', list: undefined, note: null, open: null, openNote: null, disposing: null, writing: null, closeKey: null, closing: false },
    holds: { status: 'ON', list: undefined, note: null, placing: null, placeNote: null, lifting: null }
  };
  const plots = { individuals: null, histogram: null };
  let visible = null;

  /* ---------- small pieces ---------- */

  function retryable(problem) {
    return problem.status === 0 || problem.status === 429 || problem.status >= 500;
  }

  function decimal(text) {
    const value = String(text === undefined || text === null ? '' : text).trim().replace(/\s/g, '');
    return /^-?\d+,\d+$/.test(value) ? value.replace(',', '.') : value;
  }

  function field(label, control, extra) {
    return el('label', { class: 'field' + (extra ? ' ' + extra : '') }, el('span', { class: 'label' }, label), control);
  }

  function drawNote(box, note, root) {
    problems.clear(box, root);
    if (!note) { return; }
    if (note.problem) {
      problems.show(box, note.problem, root, note.context ? t(note.context, note.params) : null);
    } else {
      problems.message(box, t(note.text, note.params), note.info);
    }
  }

  /**
   * Sends a POST once per Idempotency-Key: holder.key is made for a new action and kept when no answer came (the
   * retry is the same request), dropped once the service answered either way.
   */
  async function once(holder, url, body) {
    holder.key = holder.key || api.idempotencyKey();
    try {
      const answer = await api.post(url, body, { idempotencyKey: holder.key });
      holder.key = null;
      return answer;
    } catch (problem) {
      if (!retryable(problem)) { holder.key = null; }
      throw problem;
    }
  }

  function when(instant) {
    return instant ? i18n.dateTime(instant, { dateStyle: 'medium', timeStyle: 'short' }) : '–';
  }

  function figure(value, digits) {
    return value === null || value === undefined || !Number.isFinite(value) ? '–'
      : i18n.number(value, { minimumFractionDigits: digits, maximumFractionDigits: digits });
  }

  /** Enough decimals to tell a chart's values apart: the measurements' own, at least 3. */
  function digitsOf(values) {
    return Math.min(6, Math.max(3, ...values.map(v => (String(v).split('.')[1] || '').length)));
  }

  function say(text) {
    return problems.say(text);
  }

  /* ---------- control charts: fetching ---------- */

  /** The item's measured characteristics from its active plans; the chosen one kept when the item still has it. */
  async function loadCharacteristics() {
    const c = state.chart;
    c.note = null;
    try {
      const plans = await api.get(Q + '/inspection-plans?itemCode=' + encodeURIComponent(c.itemCode));
      const found = new Map();
      // a plan for every supplier first: a supplier's own plan may tighten a characteristic, the general one rules
      plans.slice().sort((a, b) => (a.supplierCode ? 1 : 0) - (b.supplierCode ? 1 : 0)).forEach(plan => plan.characteristics
        .filter(ch => ch.kind === 'VARIABLE' && !found.has(ch.code))
        .forEach(ch => found.set(ch.code, { code: ch.code, description: ch.description, unit: ch.unit,
          lsl: ch.lowerLimit === undefined ? null : Number(ch.lowerLimit), usl: ch.upperLimit === undefined ? null : Number(ch.upperLimit) })));
      c.options = Array.from(found.values());
      if (!c.options.some(o => o.code === c.characteristic)) {
        c.characteristic = c.options.length ? c.options[0].code : '';
      }
      if (!c.options.length) {
        c.analysis = null;
        c.note = said('qe.noMeasured', { item: c.itemCode });
      }
    } catch (problem) {
      c.options = [];
      c.analysis = null;
      c.note = refused(problem, 'qe.plansNotLoaded');
    }
    drawPick();
    if (c.options.length) {
      await loadChart();
    } else {
      drawChart();
    }
  }

  async function loadChart() {
    const c = state.chart;
    const spec = specOf();
    c.loaded = true;
    c.note = null;
    try {
      c.analysis = await api.get(Q + '/spc/charts?itemCode=' + encodeURIComponent(c.itemCode)
        + '&characteristic=' + encodeURIComponent(c.characteristic));
      c.capability = null;
      if (spec && (spec.lsl !== null || spec.usl !== null)) {
        const values = c.analysis.points.map(p => p.value);
        const answer = await api.post(Q + '/spc/analyses', { chart: 'i-mr', values, lsl: spec.lsl, usl: spec.usl },
          { idempotencyKey: api.idempotencyKey() });
        c.capability = answer.capability;
      }
    } catch (problem) {
      c.analysis = null;
      c.capability = null;
      c.note = refused(problem, 'qe.chartNotDrawn', { code: c.characteristic, item: c.itemCode });
    }
    drawChart();
  }

  async function freeze() {
    const c = state.chart;
    if (c.freezing) { return; }
    c.freezing = true;
    drawPick();
    try {
      const baseline = await once({ get key() { return c.freezeKey; }, set key(k) { c.freezeKey = k; } },
        Q + '/spc/charts/baseline?itemCode=' + encodeURIComponent(c.itemCode) + '&characteristic=' + encodeURIComponent(c.characteristic));
      c.freezing = false;
      await loadChart();
      c.note = said('qe.frozen', { code: baseline.characteristic, points: baseline.points, center: figure(baseline.center, digitsOf([baseline.center])),
        sigma: figure(baseline.sigma, 5), by: baseline.frozenBy, at: when(baseline.frozenAt) }, true);
    } catch (problem) {
      c.freezing = false;
      c.note = refused(problem, 'qe.notFrozen', { code: c.characteristic });
    }
    drawPick();
    drawNote($('spc-message'), c.note, $('spc-pick'));
  }

  function specOf() {
    return (state.chart.options || []).find(o => o.code === state.chart.characteristic) || null;
  }

  /* ---------- control charts: drawing ---------- */

  function drawPick() {
    const c = state.chart;
    if ($('spc-item') !== document.activeElement) { $('spc-item').value = c.itemCode; }
    dom.options($('spc-characteristic'), (c.options || []).map(o => [o.code, o.code + ' · ' + o.description]));
    $('spc-characteristic').value = c.characteristic;
    $('spc-freeze').disabled = c.freezing || !c.analysis;
  }

  function drawChart() {
    const c = state.chart;
    const a = c.analysis;
    $('spc').hidden = !a;
    drawNote($('spc-message'), c.note, $('spc-pick'));
    drawPick();
    destroyPlots();
    if (!a) { return; }
    const spec = specOf() || { lsl: null, usl: null, unit: '', description: c.characteristic };
    const values = a.points.map(p => p.value);
    const digits = digitsOf(values.concat([spec.lsl, spec.usl].filter(v => v !== null)));
    $('spc-title').textContent = t('qe.individualsTitle', { code: c.characteristic, item: c.itemCode });
    $('spc-facts').textContent = t('qe.chartFacts', { points: a.points.length, center: figure(a.center, digits), lcl: figure(a.lcl, digits),
      ucl: figure(a.ucl, digits), unit: spec.unit || '' });
    $('spc-spec').textContent = spec.lsl !== null || spec.usl !== null
      ? t('qe.specLimits', { lsl: figure(spec.lsl, digits), usl: figure(spec.usl, digits), unit: spec.unit || '' }) : t('qe.noSpec');
    plots.individuals = individuals($('spc-individuals'), a, spec, digits);
    plots.histogram = histogram($('spc-histogram'), values, spec, digits);
    drawCapability(values, digits);
    drawViolations(a, digits);
  }

  function destroyPlots() {
    Object.keys(plots).forEach(name => {
      if (plots[name]) { plots[name].destroy(); }
      plots[name] = null;
    });
  }

  function widthOf(box) {
    return Math.max(280, Math.floor(box.getBoundingClientRect().width));
  }

  /** The run rules' verdicts by point: index → [rule, …]. */
  function flaggedPoints(a) {
    const flagged = new Map();
    a.violations.forEach(v => {
      if (!flagged.has(v.index)) { flagged.set(v.index, []); }
      if (!flagged.get(v.index).includes(v.rule)) { flagged.get(v.index).push(v.rule); }
    });
    return flagged;
  }

  function individuals(box, a, spec, digits) {
    if (!window.uPlot) { return null; }
    const flagged = flaggedPoints(a);
    const xs = a.points.map((p, i) => i + 1);
    const lines = [
      [t('qe.ucl'), a.points.map(p => p.ucl), COLOUR.limit, [8, 4], 2],
      [t('qe.centerLine'), a.points.map(() => a.center), COLOUR.center, [], 2],
      [t('qe.lcl'), a.points.map(p => p.lcl), COLOUR.limit, [8, 4], 2]
    ];
    // even widths: a line of whole pixels, in its own colour (the page test reads them back)
    if (spec.usl !== null) { lines.push([t('qe.usl'), xs.map(() => spec.usl), COLOUR.spec, [3, 5], 2]); }
    if (spec.lsl !== null) { lines.push([t('qe.lsl'), xs.map(() => spec.lsl), COLOUR.spec, [3, 5], 2]); }
    const data = [xs, a.points.map(p => p.value)].concat(lines.map(line => line[1]), [a.points.map((p, i) => (flagged.has(i) ? p.value : null))]);
    const all = data.slice(1).flat().filter(v => v !== null && Number.isFinite(v));
    const low = Math.min(...all);
    const high = Math.max(...all);
    const pad = (high - low) * 0.08 || Math.abs(high) * 0.01 || 1;
    const value = (u, v) => (v === null || v === undefined ? '–' : figure(v, digits));
    const options = {
      width: widthOf(box),
      height: 300,
      legend: { live: true },
      cursor: { points: { size: 8 } },
      scales: { x: { time: false, range: (u, min, max) => [min - 0.5, max + 0.5] }, y: { range: () => [low - pad, high + pad] } },
      axes: [
        { label: t('qe.pointAxis'), size: 40, labelSize: 16, incrs: [1, 2, 5, 10, 20, 25, 50, 100] },
        { size: 88, label: spec.unit ? t('qe.valueAxis', { description: spec.description, unit: spec.unit }) : spec.description, labelSize: 16,
          values: (u, splits) => splits.map(v => figure(v, digits)) }
      ],
      series: [{ label: t('qe.point'), value: (u, v) => (v === null ? '–' : String(v)) },
        { label: t('qe.value'), stroke: COLOUR.value, width: 1, value, points: { show: true, size: 6, fill: COLOUR.value, stroke: COLOUR.value } }]
        .concat(lines.map(([label, , colour, dash, width]) => ({ label, stroke: colour, width, dash, value, points: { show: false } })))
        .concat([{ label: t('qe.flagged'), stroke: COLOUR.flagged, value, paths: () => null,
          points: { show: true, size: 12, width: 2, fill: COLOUR.flagged, stroke: COLOUR.flaggedEdge } }])
    };
    return new window.uPlot(options, data, box);
  }

  /**
   * The values in bins of the Freedman–Diaconis width (2 IQR / ∛n, robust against the outliers a control chart is for),
   * across the values and the specification limits.
   */
  function bins(values, spec) {
    const sorted = values.slice().sort((x, y) => x - y);
    const quantile = q => {
      const at = (sorted.length - 1) * q;
      const below = Math.floor(at);
      return sorted[below] + (sorted[Math.min(below + 1, sorted.length - 1)] - sorted[below]) * (at - below);
    };
    const edges = sorted.concat([spec.lsl, spec.usl].filter(v => v !== null));
    const low = Math.min(...edges);
    const high = Math.max(...edges);
    const span = high - low || Math.abs(high) * 0.01 || 1;
    let width = 2 * (quantile(0.75) - quantile(0.25)) / Math.cbrt(sorted.length);
    if (!(width > 0) || span / width > 60) {
      width = span / Math.min(60, Math.max(5, Math.ceil(Math.sqrt(sorted.length))));
    }
    const count = Math.max(1, Math.ceil(span / width + 1e-9));
    const start = low - (count * width - span) / 2;
    const counts = new Array(count).fill(0);
    sorted.forEach(v => { counts[Math.min(count - 1, Math.max(0, Math.floor((v - start) / width)))] += 1; });
    return { centers: counts.map((n, i) => start + (i + 0.5) * width), counts, width, start };
  }

  function histogram(box, values, spec, digits) {
    if (!window.uPlot) { return null; }
    const b = bins(values, spec);
    const mean = values.reduce((s, v) => s + v, 0) / values.length;
    const marks = [[t('qe.lsl'), spec.lsl, COLOUR.spec, [6, 4]], [t('qe.usl'), spec.usl, COLOUR.spec, [6, 4]], ['x̄', mean, COLOUR.mean, []]]
      .filter(([, at]) => at !== null);
    const drawMarks = u => {
      const ctx = u.ctx;
      const ratio = window.devicePixelRatio || 1;
      ctx.save();
      ctx.font = Math.round(12 * ratio) + 'px system-ui, sans-serif';
      ctx.textAlign = 'center';
      marks.forEach(([label, at, colour, dash]) => {
        const x = Math.round(u.valToPos(at, 'x', true));
        ctx.strokeStyle = colour;
        ctx.fillStyle = colour;
        ctx.lineWidth = 2 * ratio;
        ctx.setLineDash(dash.map(d => d * ratio));
        ctx.beginPath();
        ctx.moveTo(x, u.bbox.top + 16 * ratio);
        ctx.lineTo(x, u.bbox.top + u.bbox.height);
        ctx.stroke();
        ctx.fillText(label, x, u.bbox.top + 12 * ratio);
      });
      ctx.restore();
    };
    const options = {
      width: widthOf(box),
      height: 300,
      legend: { show: false },
      cursor: { show: false },
      scales: {
        x: { time: false, range: () => [b.start - b.width, b.start + (b.counts.length + 1) * b.width] },
        y: { range: (u, min, max) => [0, Math.max(1, max) * 1.15] }
      },
      axes: [
        { size: 40, values: (u, splits) => splits.map(v => figure(v, digits)) },
        { size: 40, label: t('qe.countAxis'), labelSize: 16, values: (u, splits) => splits.map(v => (Number.isInteger(v) ? i18n.number(v) : '')) }
      ],
      series: [{}, { label: t('qe.count'), stroke: COLOUR.value, fill: COLOUR.bar, width: 1,
        paths: window.uPlot.paths.bars({ size: [1, Infinity], gap: 1 }), points: { show: false } }],
      hooks: { draw: [drawMarks] }
    };
    return new window.uPlot(options, [b.centers, b.counts], box);
  }

  function capabilityBadge(value) {
    if (value === null || value === undefined) { return badge('–', 'grey'); }
    const kind = value >= 1.33 ? 'good' : value >= 1 ? 'warn' : 'bad';
    return badge(figure(value, 2), kind);
  }

  function drawCapability(values, digits) {
    const c = state.chart.capability || {};
    const mean = values.reduce((s, v) => s + v, 0) / values.length;
    const sd = values.length > 1 ? Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / (values.length - 1)) : null;
    const fact = (name, key, content) => el('div', { dataset: { figure: key } }, el('dt', null, name), el('dd', null, content));
    $('spc-capability').replaceChildren(
      fact('Cp', 'cp', capabilityBadge(c.cp)), fact('Cpk', 'cpk', capabilityBadge(c.cpk)),
      fact('Pp', 'pp', capabilityBadge(c.pp)), fact('Ppk', 'ppk', capabilityBadge(c.ppk)),
      fact(t('qe.n'), 'n', i18n.number(values.length)), fact('x̄', 'mean', figure(mean, digits + 1)),
      fact('s', 'sd', figure(sd, digits + 1)));
    $('spc-capability').title = t('qe.capabilityHint');
  }

  function drawViolations(a, digits) {
    const flagged = flaggedPoints(a);
    const rows = Array.from(flagged.entries()).sort((x, y) => y[0] - x[0]).map(([index, rules]) => row([
      el('td', { class: 'number' }, '#' + (index + 1)),
      el('td', { class: 'number' }, figure(a.points[index].value, digits)),
      el('td', null, rules.sort((x, y) => x - y).map(rule => el('div', null, badge(t('qe.rule', { rule }), 'warn'), ' ', t('qe.rule.' + rule))))
    ], { dataset: { index: String(index) } }));
    $('spc-violations').querySelector('tbody').replaceChildren(...rows);
    $('spc-violations').closest('.table-wrap').hidden = !rows.length;
    $('spc-no-violations').hidden = rows.length > 0;
  }

  /* ---------- nonconformances: fetching ---------- */

  async function loadBoard() {
    const n = state.ncrs;
    try {
      n.list = await api.get(Q + '/nonconformances?status=' + n.status);
      n.note = null;
    } catch (problem) {
      n.list = null;
      n.note = refused(problem, 'qe.boardNotLoaded');
    }
    drawBoard();
  }

  /** Opens an NCR from the board; again (refresh), what the engineer was typing stays. */
  async function openNcr(id, refresh) {
    const n = state.ncrs;
    try {
      n.open = await api.get(Q + '/nonconformances/' + id);
      if (!refresh) { n.openNote = null; }
    } catch (problem) {
      n.open = null;
      n.note = refused(problem, 'qe.ncrNotLoaded');
    }
    if (!refresh || !n.disposing) {
      n.disposing = { action: 'REWORK', quantity: '', reason: '', key: null, sending: false, note: null };
      n.writing = null;
    }
    drawBoard();
    drawNcr();
    if (n.open && !refresh) { $('ncr').scrollIntoView({ block: 'start' }); }
  }

  /** After a change: the NCR as the service now shows it, and its line on the board. */
  function changed(ncr, note) {
    const n = state.ncrs;
    n.open = ncr;
    n.openNote = note;
    drawNcr();
    loadBoard();
  }

  async function dispose(event) {
    event.preventDefault();
    const n = state.ncrs;
    const d = n.disposing;
    if (!d || d.sending) { return; }
    d.sending = true;
    d.note = null;
    drawNcr();
    try {
      const ncr = await once(d, Q + '/nonconformances/' + n.open.summary.id + '/dispositions',
        { action: d.action, quantity: decimal(d.quantity), reason: d.reason.trim() || null });
      n.disposing = { action: d.action, quantity: '', reason: '', key: null, sending: false, note: null };
      changed(ncr, said('qe.disposed', { action: i18n.code('qe.action.', d.action), quantity: i18n.number(decimal(d.quantity)), unit: ncr.summary.unit }, true));
      return;
    } catch (problem) {
      d.sending = false;
      d.note = refused(problem, 'qe.notDisposed');
    }
    drawNcr();
  }

  async function writeDiscipline(event) {
    event.preventDefault();
    const n = state.ncrs;
    const w = n.writing;
    if (!w || w.sending) { return; }
    w.sending = true;
    w.note = null;
    drawNcr();
    try {
      const ncr = await api.put(Q + '/nonconformances/' + n.open.summary.id + '/8d/D' + w.discipline,
        { owner: w.owner.trim() || null, dueOn: w.dueOn || null, content: w.content, done: w.done });
      n.writing = null;
      changed(ncr, said('qe.written', { discipline: 'D' + w.discipline }, true));
      return;
    } catch (problem) {
      w.sending = false;
      w.note = refused(problem, 'qe.notWritten', { discipline: 'D' + w.discipline });
    }
    drawNcr();
  }

  async function closeNcr() {
    const n = state.ncrs;
    if (n.closing) { return; }
    n.closing = true;
    n.openNote = null;
    drawNcr();
    try {
      const ncr = await once({ get key() { return n.closeKey; }, set key(k) { n.closeKey = k; } },
        Q + '/nonconformances/' + n.open.summary.id + '/closure');
      n.closing = false;
      changed(ncr, said('qe.closed', { number: ncr.summary.number }, true));
      return;
    } catch (problem) {
      n.closing = false;
      n.openNote = refused(problem, 'qe.notClosed', { number: n.open.summary.number });
    }
    drawNcr();
  }

  /* ---------- nonconformances: drawing ---------- */

  function drawBoard() {
    const n = state.ncrs;
    const list = Array.isArray(n.list) ? n.list : [];
    const chosen = n.open && n.open.summary.id;
    $('ncr-board').querySelector('tbody').replaceChildren(...list.map(s => row([
      el('td', { class: 'nowrap' }, el('button', { type: 'button', class: 'link', onclick: event => { event.stopPropagation(); openNcr(s.id); } }, s.number),
        s.status !== 'OPEN' ? [' ', badge(i18n.code('qe.ncrStatus.', s.status), NCR_KIND[s.status])] : null),
      i18n.code('qe.source.', s.source),
      el('td', { class: 'nowrap' }, s.itemCode),
      el('td', { class: 'code' }, s.lot || '–'),
      el('td', { class: 'number' }, i18n.number(s.quantity) + ' ' + s.unit),
      s.supplierCode || '–',
      el('td', { class: 'number' }, i18n.number(s.ageDays)),
      el('td', { class: 'code' }, s.defectCodes.join(', ') || '–'),
      el('td', { class: 'description' }, s.description || '')
    ], { class: 'clickable' + (s.id === chosen ? ' chosen' : ''), dataset: { ncr: s.number }, onclick: () => openNcr(s.id) })));
    $('ncr-empty').hidden = !Array.isArray(n.list) || list.length > 0;
    $('ncr-count').textContent = n.status === 'OPEN' && list.length ? String(list.length) : '';
    drawNote($('ncr-board-message'), n.note, null);
  }

  function drawNcr() {
    const n = state.ncrs;
    const box = $('ncr');
    const ncr = n.open;
    box.hidden = !ncr;
    if (!ncr) {
      box.replaceChildren();
      return;
    }
    const s = ncr.summary;
    const open = s.status === 'OPEN';
    box.dataset.id = s.id;
    box.dataset.number = s.number;
    box.dataset.status = s.status;
    const fact = (name, value) => el('div', null, el('dt', null, name), el('dd', null, value));
    box.replaceChildren(
      el('div', { class: 'section-head' },
        el('h2', null, s.number + ' · ' + s.itemCode), badge(i18n.code('qe.ncrStatus.', s.status), NCR_KIND[s.status]),
        el('span', { class: 'spacer' }),
        open ? el('button', { type: 'button', id: 'ncr-close', class: 'primary', disabled: n.closing, onclick: closeNcr }, t('qe.close')) : null),
      el('p', { id: 'ncr-message', class: 'message quiet', role: 'alert' }),
      el('dl', { class: 'facts' },
        fact(t('qe.source'), i18n.code('qe.source.', s.source)),
        fact(t('qe.lot'), s.lot || '–'),
        fact(t('qe.supplier'), s.supplierCode || '–'),
        fact(t('qe.quantity'), i18n.number(s.quantity) + ' ' + s.unit),
        fact(t('qe.awaiting'), el('span', { id: 'ncr-awaiting' }, i18n.number(ncr.awaitingDisposition) + ' ' + s.unit)),
        fact(t('qe.defectCodes'), s.defectCodes.join(', ') || '–'),
        fact(t('qe.opened'), t('qe.byAt', { by: s.openedBy, at: when(s.openedAt) })),
        s.closedAt ? fact(t('qe.closedAt'), s.closedBy ? t('qe.byAt', { by: s.closedBy, at: when(s.closedAt) }) : when(s.closedAt)) : null),
      el('p', { class: 'ncr-description' }, s.description),
      el('div', { class: 'ncr-columns' },
        el('div', null, dispositionsBox(ncr, open), responsesBox(ncr), historyBox(ncr)),
        disciplinesBox(ncr, open)));
    drawNote($('ncr-message'), n.openNote, box);
    if (n.disposing && $('disp-message')) { drawNote($('disp-message'), n.disposing.note, $('disposition-form')); }
    if (n.writing && $('d-message')) { drawNote($('d-message'), n.writing.note, $('discipline-form')); }
  }

  function dispositionsBox(ncr, open) {
    const d = state.ncrs.disposing;
    const unit = ncr.summary.unit;
    return el('fieldset', { id: 'ncr-dispositions', 'data-fields': '/dispositions' },
      el('legend', null, t('qe.dispositions')),
      ncr.dispositions.length ? el('div', { class: 'table-wrap' }, el('table', { id: 'ncr-disposition-list' }, el('tbody', null,
        ncr.dispositions.map(x => row([
          el('td', { class: 'nowrap' }, i18n.code('qe.action.', x.action)),
          el('td', { class: 'number' }, i18n.number(x.quantity) + ' ' + unit),
          x.reason || '',
          el('td', { class: 'small-text' }, x.bookedByDecision ? t('qe.byDecision') : t('qe.byAt', { by: x.decidedBy, at: when(x.decidedAt) }))
        ]))))) : el('p', { class: 'empty' }, t('qe.noDispositions')),
      open && d && Number(ncr.awaitingDisposition) > 0 ? el('form', { id: 'disposition-form', class: 'fields', novalidate: true, onsubmit: dispose },
        field(t('qe.action'), el('select', { id: 'disp-action', 'data-fields': '/action action', onchange: event => { d.action = event.target.value; drawNcr(); } },
          ACTIONS.map(a => el('option', { value: a, selected: a === d.action }, i18n.code('qe.action.', a))))),
        field(t('qe.quantityIn', { unit }), el('input', { id: 'disp-quantity', inputmode: 'decimal', autocomplete: 'off', value: d.quantity, size: 8,
          placeholder: i18n.number(ncr.awaitingDisposition), 'data-fields': '/quantity quantity', oninput: event => { d.quantity = event.target.value; } })),
        field(d.action === 'USE_AS_IS' ? t('qe.reasonRequired') : t('qe.reason'), el('input', { id: 'disp-reason', autocomplete: 'off', value: d.reason,
          'data-fields': '/reason reason', oninput: event => { d.reason = event.target.value; } }), 'grow'),
        el('button', { type: 'submit', id: 'disp-send', class: 'align-end', disabled: d.sending }, t('qe.dispose')),
        el('p', { id: 'disp-message', class: 'message quiet full', role: 'alert' })) : null);
  }

  function disciplinesBox(ncr, open) {
    const w = state.ncrs.writing;
    return el('fieldset', { id: 'ncr-8d', class: 'eight-d', 'data-fields': '/disciplines' },
      el('legend', null, t('qe.eightD')),
      el('ol', { class: 'disciplines' }, ncr.disciplines.map(d => {
        const editing = w && w.discipline === d.discipline;
        const status = d.done ? badge(t('qe.done'), 'good') : d.content ? badge(t('qe.inProgress'), 'warn') : badge(t('qe.notStarted'), 'grey');
        return el('li', { id: 'd8-' + d.discipline, dataset: { discipline: String(d.discipline), done: String(d.done) } },
          el('div', { class: 'discipline-head' }, el('strong', null, 'D' + d.discipline), ' ', t('qe.d.' + d.discipline), ' ', status,
            el('span', { class: 'spacer' }),
            open && !editing ? el('button', { type: 'button', class: 'small write', onclick: () => startWriting(d) },
              d.content ? t('qe.edit') : t('qe.write')) : null),
          d.owner || d.dueOn ? el('p', { class: 'small-text' }, [d.owner ? t('qe.ownerIs', { owner: d.owner }) : null,
            d.dueOn ? t('qe.dueOnIs', { day: i18n.day(d.dueOn) }) : null].filter(Boolean).join(' · ')) : null,
          d.content && !editing ? el('p', { class: 'discipline-content' }, d.content) : null,
          editing ? disciplineForm(w) : null);
      })));
  }

  function startWriting(d) {
    state.ncrs.writing = { discipline: d.discipline, owner: d.owner || '', dueOn: d.dueOn || '', content: d.content || '', done: d.done,
      sending: false, note: null };
    drawNcr();
    $('d-owner').focus();
  }

  function disciplineForm(w) {
    return el('form', { id: 'discipline-form', class: 'discipline-form', novalidate: true, onsubmit: writeDiscipline },
      el('div', { class: 'fields' },
        field(t('qe.owner'), el('input', { id: 'd-owner', autocomplete: 'off', value: w.owner, 'data-fields': '/owner owner',
          oninput: event => { w.owner = event.target.value; } })),
        field(t('qe.dueOn'), el('input', { id: 'd-due', type: 'date', value: w.dueOn, 'data-fields': '/dueOn dueOn',
          oninput: event => { w.dueOn = event.target.value; }, onchange: event => { w.dueOn = event.target.value; } }))),
      field(t('qe.content'), el('textarea', { id: 'd-content', rows: 3, 'data-fields': '/content content',
        oninput: event => { w.content = event.target.value; } }, w.content), 'wide-field'),
      el('label', { class: 'choice' }, el('input', { type: 'checkbox', id: 'd-done', checked: w.done, 'data-fields': '/done',
        onchange: event => { w.done = event.target.checked; } }), t('qe.markDone')),
      el('div', { class: 'form-actions' },
        el('button', { type: 'submit', id: 'd-save', class: 'primary', disabled: w.sending }, t('qe.save')),
        el('button', { type: 'button', onclick: () => { state.ncrs.writing = null; drawNcr(); } }, t('qa.cancel'))),
      el('p', { id: 'd-message', class: 'message quiet', role: 'alert' }));
  }

  function responsesBox(ncr) {
    if (!ncr.responses.length) { return null; }
    const part = (name, text) => (text ? el('p', null, el('strong', null, name + ': '), text) : null);
    return el('fieldset', { class: 'responses' }, el('legend', null, t('qe.responses')),
      ncr.responses.map(r => el('div', { class: 'response' },
        el('p', { class: 'small-text' }, t('qe.respondedBy', { supplier: r.supplierCode, at: when(r.respondedAt) })),
        part(t('qe.containment'), r.containment), part(t('qe.rootCause'), r.rootCause),
        part(t('qe.correctiveAction'), r.correctiveAction), part(t('qe.comment'), r.comment))));
  }

  function historyBox(ncr) {
    return el('details', { class: 'history' }, el('summary', null, t('qe.history', { count: ncr.history.length })),
      el('ol', null, ncr.history.map(h => el('li', null, el('span', { class: 'small-text' }, when(h.at) + ' · ' + h.actor + ' · '), say(h.step)))));
  }

  /* ---------- holds ---------- */

  async function loadHolds() {
    const h = state.holds;
    try {
      h.list = await api.get(Q + '/holds?status=' + h.status);
      if (h.note && h.note.problem) { h.note = null; } // a lift's good news stays
    } catch (problem) {
      h.list = null;
      h.note = refused(problem, 'qe.holdsNotLoaded');
    }
    drawHolds();
  }

  async function placeHold(event) {
    event.preventDefault();
    const p = state.holds.placing;
    if (p.sending) { return; }
    p.sending = true;
    state.holds.placeNote = null;
    drawPlacing();
    try {
      const hold = await once(p, Q + '/holds', { itemCode: p.itemCode.trim(), lot: p.lot.trim() || null,
        supplierCode: p.supplierCode.trim() || null, reason: p.reason.trim() });
      state.holds.placing = placingOf(p.itemCode);
      state.holds.placeNote = said('qe.placedHold', { number: hold.number, what: heldWhat(hold) }, true);
      drawPlacing();
      if (state.holds.status === 'LIFTED') { state.holds.status = 'ON'; }
      await loadHolds();
      return;
    } catch (problem) {
      p.sending = false;
      state.holds.placeNote = refused(problem, 'qe.notHeld');
    }
    drawPlacing();
  }

  async function lift(event) {
    event.preventDefault();
    const l = state.holds.lifting;
    if (!l || l.sending) { return; }
    l.sending = true;
    l.note = null;
    drawHolds();
    try {
      const hold = await once(l, Q + '/holds/' + l.id + '/lift', { reason: l.reason.trim() });
      state.holds.lifting = null;
      state.holds.note = said('qe.lifted', { number: hold.number, what: heldWhat(hold) }, true);
      await loadHolds();
      return;
    } catch (problem) {
      l.sending = false;
      l.note = refused(problem, 'qe.notLifted');
    }
    drawHolds();
  }

  function placingOf(itemCode) {
    return { itemCode: itemCode || 'BEARING-6204', lot: '', supplierCode: '', reason: '', key: null, sending: false };
  }

  function heldWhat(hold) {
    const what = hold.lot ? t('qe.heldLot', { lot: hold.lot, item: hold.itemCode }) : t('qe.heldItem', { item: hold.itemCode });
    return hold.supplierCode ? what + t('qe.heldFrom', { supplier: hold.supplierCode }) : what;
  }

  function drawPlacing() {
    const p = state.holds.placing;
    [['hold-item', 'itemCode'], ['hold-lot', 'lot'], ['hold-supplier', 'supplierCode'], ['hold-reason', 'reason']].forEach(([id, name]) => {
      if ($(id).value !== p[name]) { $(id).value = p[name]; }
    });
    $('hold-send').disabled = p.sending;
    drawNote($('hold-message'), state.holds.placeNote, $('hold-place'));
  }

  function drawHolds() {
    const h = state.holds;
    const list = Array.isArray(h.list) ? h.list : [];
    $('holds').querySelector('tbody').replaceChildren(...list.flatMap(hold => {
      const lifting = h.lifting && h.lifting.id === hold.id ? h.lifting : null;
      const line = row([
        el('td', { class: 'nowrap' }, hold.number),
        heldWhat(hold),
        hold.reason,
        el('td', { class: 'small-text' }, t('qe.byAt', { by: hold.placedBy, at: when(hold.placedAt) })),
        el('td', null, badge(i18n.code('qe.holdStatus.', hold.status), HOLD_KIND[hold.status]),
          hold.liftedAt ? el('div', { class: 'small-text' }, t('qe.liftedBy', { by: hold.liftedBy, at: when(hold.liftedAt) }),
            hold.liftReason ? ': ' + hold.liftReason : '') : null),
        el('td', { class: 'actions' }, hold.status === 'ON' && !lifting ? el('button', { type: 'button', class: 'small lift',
          onclick: () => { h.lifting = { id: hold.id, reason: '', key: null, sending: false, note: null }; drawHolds(); $('lift-reason').focus(); } },
        t('qe.lift')) : null)
      ], { dataset: { hold: hold.number, status: hold.status } });
      if (!lifting) { return [line]; }
      return [line, el('tr', { class: 'answer-row' }, el('td', { colspan: 6 }, el('form', { id: 'lift-form', class: 'fields', novalidate: true, onsubmit: lift },
        field(t('qe.liftReason'), el('input', { id: 'lift-reason', autocomplete: 'off', value: lifting.reason, 'data-fields': '/reason reason',
          oninput: event => { lifting.reason = event.target.value; } }), 'grow'),
        el('button', { type: 'submit', id: 'lift-send', class: 'primary align-end', disabled: lifting.sending }, t('qe.liftHold')),
        el('button', { type: 'button', class: 'align-end', onclick: () => { h.lifting = null; drawHolds(); } }, t('qa.cancel')),
        el('p', { id: 'lift-message', class: 'message quiet full', role: 'alert' }))))];
    }));
    $('hold-status').value = h.status;
    $('holds-empty').hidden = !Array.isArray(h.list) || list.length > 0;
    $('hold-count').textContent = h.status === 'ON' && list.length ? String(list.length) : '';
    drawNote($('holds-message'), h.note, null);
    if (h.lifting && $('lift-message')) { drawNote($('lift-message'), h.lifting.note, $('lift-form')); }
  }

  /* ---------- the desk ---------- */

  function drawAll() {
    if (state.chart.loaded) { drawChart(); } else { drawPick(); }
    drawBoard();
    drawNcr();
    drawPlacing();
    drawHolds();
  }

  /** A tab of the desk came on screen: load what it shows (the chart needs its box on screen to know its width). */
  function show(panel) {
    visible = panel;
    if (panel === 'spc-view') {
      if (state.chart.options === undefined) { loadCharacteristics(); } else { loadChart(); }
    }
    if (panel === 'ncrs-view') {
      loadBoard();
      if (state.ncrs.open) { openNcr(state.ncrs.open.summary.id, true); }
    }
    if (panel === 'holds-view') { loadHolds(); }
  }

  function start() {
    const name = document.querySelector('.top .page-name');
    name.dataset.i18n = 'qe.pageName';
    i18n.apply(name.parentElement);
    state.holds.placing = placingOf();
    $('spc-pick').addEventListener('submit', event => {
      event.preventDefault();
      const item = $('spc-item').value.trim().toUpperCase();
      if (item !== state.chart.itemCode || state.chart.options === undefined) {
        state.chart.itemCode = item;
        loadCharacteristics();
      } else {
        loadChart();
      }
    });
    $('spc-item').addEventListener('change', event => {
      state.chart.itemCode = event.target.value.trim().toUpperCase();
      loadCharacteristics();
    });
    $('spc-characteristic').addEventListener('change', event => {
      state.chart.characteristic = event.target.value;
      loadChart();
    });
    $('spc-freeze').addEventListener('click', freeze);
    $('ncr-status').addEventListener('change', event => { state.ncrs.status = event.target.value; loadBoard(); });
    $('hold-status').addEventListener('change', event => { state.holds.status = event.target.value; loadHolds(); });
    $('hold-place').addEventListener('submit', placeHold);
    [['hold-item', 'itemCode'], ['hold-lot', 'lot'], ['hold-supplier', 'supplierCode'], ['hold-reason', 'reason']].forEach(([id, name]) => {
      $(id).addEventListener('input', event => { state.holds.placing[name] = event.target.value; });
    });
    let resized = null;
    window.addEventListener('resize', () => {
      clearTimeout(resized);
      resized = setTimeout(() => { if (visible === 'spc-view' && state.chart.analysis) { drawChart(); } }, 150);
    });
    i18n.onChange(drawAll);
    drawAll();
    // the counts on the tabs: what waits for the engineer
    loadBoard();
    loadHolds();
  }

  window.Forgeline = window.Forgeline || {};
  window.Forgeline.qualityDesk = { start, show, plots, COLOUR };
})();
