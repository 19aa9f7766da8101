/*
 * The recall report (recall.html) for quality engineers and planners, against /api/execution/recalls through the
 * gateway: an item and a lot (typed, or recall.html?itemCode=…&lot=…) show every lot made from it at any level and
 * where each is now: in stock (bin, status, hold), shipped (customer, delivery, handling unit) or consumed further.
 * The report prints on A4 (forgeline.css's print rules leave the buttons out), downloads as CSV, and a quality engineer
 * holds every lot still in stock with one click, through quality's holds (POST /api/quality/holds, one per lot, each
 * with its own Idempotency-Key kept until the lot's answer came). Functions that fetch change the state and call the
 * functions that draw it; the drawing ones never fetch.
 */
(function () {
  'use strict';

  const { auth, i18n, api, dom, problems } = window.Forgeline;
  const { el, badge } = dom;
  const t = i18n.t;
  const RECALLS = '/api/execution/recalls';
  const HOLDS = '/api/quality/holds';
  const STATE_KIND = { IN_STOCK: 'warn', SHIPPED: 'bad' };
  const $ = id => document.getElementById(id);

  const state = {
    asked: null,          // {itemCode, lot} of the report shown or on its way
    report: null,         // the report as the service answered
    note: null,           // what the page says about the report: {text, params, info} or {problem, context}
    engineer: false,      // quality engineers (and administrators) may place holds
    holding: false,       // the holds are on their way
    held: [],             // per lot held: {itemCode, lot, number} | {…, already} | {…, problem}
    holdNote: null,
    keys: {}              // Idempotency-Key per lot, kept until its hold was answered (a retry sends the same)
  };

  /* ---------- small pieces ---------- */

  function retryable(problem) {
    return problem.status === 0 || problem.status === 429 || problem.status >= 500;
  }

  function when(instant) {
    return instant ? i18n.dateTime(instant, { dateStyle: 'medium', timeStyle: 'short' }) : '–';
  }

  function query(asked) {
    return '?itemCode=' + encodeURIComponent(asked.itemCode) + '&lot=' + encodeURIComponent(asked.lot);
  }

  function lotKey(lot) {
    return lot.itemCode + '\u0000' + lot.lot;
  }

  /** The lots with some of them in stock, which a hold stops: the suspect lot's rest and whatever was made of it. */
  function inStock(report) {
    return report.affected.filter(lot => lot.whereabouts.some(w => w.state === 'IN_STOCK'));
  }

  function drawNote(box, note, form) {
    problems.clear(box, form);
    if (!note) { return; }
    if (note.problem) {
      problems.show(box, note.problem, form, note.context ? t(note.context, note.params) : null);
    } else {
      problems.message(box, t(note.text, note.params), note.info);
    }
  }

  /* ---------- fetching ---------- */

  async function load(asked) {
    state.asked = asked;
    state.note = null;
    state.held = [];
    state.holdNote = null;
    history.replaceState(null, '', location.pathname + query(asked));
    $('recall-show').disabled = true;
    try {
      state.report = await api.get(RECALLS + query(asked));
    } catch (problem) {
      state.report = null;
      state.note = problem.status === 404 ? { text: 'rc.unknownLot', params: asked } : { problem, context: 'rc.notLoaded' };
    }
    $('recall-show').disabled = false;
    drawAll();
  }

  async function download() {
    const asked = state.asked;
    try {
      const csv = await api.blob(RECALLS + query(asked), 'text/csv');
      // a byte order mark first: spreadsheets then read the customers' names in Chinese as UTF-8
      const file = new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' });
      const link = el('a', { href: URL.createObjectURL(file), download: ('recall-' + asked.itemCode + '-' + asked.lot).replace(/[^A-Za-z0-9._-]/g, '_') + '.csv' });
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 10000);
    } catch (problem) {
      state.note = { problem, context: 'rc.notDownloaded' };
      drawNote($('recall-message'), state.note, null);
    }
  }

  /** One hold per lot still in stock, one after the other; each lot's answer is kept, whatever the others'. */
  async function holdAll() {
    const report = state.report;
    if (state.holding || !report) { return; }
    state.holding = true;
    state.held = [];
    state.holdNote = null;
    drawHolds();
    const reason = report.supplierCode
      ? t('rc.holdReasonSupplier', { item: report.itemCode, lot: report.lot, supplier: report.supplierCode })
      : t('rc.holdReason', { item: report.itemCode, lot: report.lot });
    for (const lot of inStock(report)) {
      const key = lotKey(lot);
      state.keys[key] = state.keys[key] || api.idempotencyKey();
      try {
        const hold = await api.post(HOLDS, { itemCode: lot.itemCode, lot: lot.lot, supplierCode: null, reason },
          { idempotencyKey: state.keys[key] });
        delete state.keys[key];
        state.held.push({ itemCode: lot.itemCode, lot: lot.lot, number: hold.number });
      } catch (problem) {
        if (!retryable(problem)) { delete state.keys[key]; }
        const already = problem.status === 409 && /HOLD-[\w-]+/.exec(problem.detail || '');
        state.held.push(already ? { itemCode: lot.itemCode, lot: lot.lot, already: already[0] } : { itemCode: lot.itemCode, lot: lot.lot, problem });
      }
      drawHolds();
    }
    state.holding = false;
    const placed = state.held.filter(h => h.number).length;
    const failed = state.held.filter(h => h.problem).length;
    state.holdNote = failed
      ? { text: 'rc.holdsFailed', params: { placed, failed } }
      : { text: placed === state.held.length ? 'rc.holdsPlaced' : 'rc.holdsPlacedSome', params: { placed, already: state.held.length - placed }, info: true };
    drawAll();
  }

  /* ---------- drawing ---------- */

  function fact(label, value) {
    return el('div', null, el('dt', null, label), el('dd', null, value));
  }

  function drawFacts(report) {
    const shipped = report.affected.flatMap(lot => lot.whereabouts).filter(w => w.state === 'SHIPPED');
    const deliveries = new Set(shipped.map(w => w.deliveryNumber)).size;
    const customers = new Set(shipped.map(w => w.customerCode)).size;
    $('report-facts').replaceChildren(
      fact(t('rc.supplier'), report.supplierCode || t('rc.noSupplier')),
      fact(t('rc.affectedLots'), i18n.number(report.affected.length)),
      fact(t('rc.lotsInStock'), i18n.number(inStock(report).length)),
      fact(t('rc.shipped'), t('rc.shippedTo', { deliveries: i18n.number(deliveries), customers: i18n.number(customers) })),
      fact(t('rc.generated'), when(report.generatedAt)));
  }

  function place(w) {
    if (w.state === 'IN_STOCK') {
      return [el('span', { class: 'nowrap' }, t('rc.bin', { bin: w.binCode })), ' · ', i18n.code('rc.status.', w.status),
        w.hold ? [' ', badge(t('rc.onHold', { hold: w.hold }), 'violet')] : null];
    }
    return [el('span', null, w.customerName ? w.customerName + ' (' + w.customerCode + ')' : w.customerCode),
      el('span', { class: 'small-text block' }, t('rc.delivery', { delivery: w.deliveryNumber, at: when(w.shippedAt) }))];
  }

  /** The hold this recall placed on the lot (or found on it), shown beside its stock until warehouse has blocked it. */
  function heldNow(lot) {
    const h = state.held.find(held => held.itemCode === lot.itemCode && held.lot === lot.lot);
    return h && (h.number || h.already);
  }

  function whereaboutsCells(lot, w) {
    if (!w) {
      return [el('td', { colspan: '4', class: 'empty' }, t(lot.consumedBy.length ? 'rc.consumedEntirely' : 'rc.nowhere'))];
    }
    const hold = w.state === 'IN_STOCK' && !w.hold && heldNow(lot);
    return [
      el('td', null, badge(t('rc.state.' + w.state), STATE_KIND[w.state]), hold ? [' ', badge(t('rc.heldAs', { hold }), 'violet')] : null),
      el('td', { class: 'number' }, i18n.number(w.quantity) + ' ' + w.unit),
      el('td', null, place(w)),
      el('td', { class: 'code' }, w.sscc || '–')];
  }

  function lotRows(lot) {
    const places = lot.whereabouts.length ? lot.whereabouts : [null];
    const span = String(places.length);
    return places.map((w, i) => {
      const cells = whereaboutsCells(lot, w);
      if (i === 0) {
        cells.unshift(
          el('td', { rowspan: span, class: 'code' }, lot.itemCode),
          el('td', { rowspan: span, class: 'code' }, lot.lot,
            lot.serials && lot.serials.length ? el('div', { class: 'caption serials' }, t('rc.serials', { serials: lot.serials.join(' ') })) : null),
          el('td', { rowspan: span }, i18n.code('rc.kind.', lot.kind)),
          el('td', { rowspan: span, class: 'code' }, lot.orderNumber || '–'));
        cells.push(el('td', { rowspan: span, class: 'code' }, lot.consumedBy.length ? lot.consumedBy.join(', ') : '–'));
      }
      return el('tr', { class: i === 0 ? 'lot-first' : null, dataset: { lot: lot.lot, state: w ? w.state : 'NONE' } }, cells);
    });
  }

  function drawReport() {
    const report = state.report;
    $('report').hidden = !report;
    drawNote($('recall-message'), state.note, $('recall-pick'));
    if (!report) { return; }
    $('report-title').textContent = t('rc.reportTitle', { item: report.itemCode, lot: report.lot });
    document.title = t('rc.reportTitle', { item: report.itemCode, lot: report.lot });
    drawFacts(report);
    $('affected').querySelector('tbody').replaceChildren(...report.affected.flatMap(lotRows));
    drawHolds();
  }

  function heldResult(h) {
    if (h.number) { return badge(t('rc.heldAs', { hold: h.number }), 'good'); }
    if (h.already) { return badge(t('rc.alreadyHeld', { hold: h.already }), 'grey'); }
    return el('span', { class: 'field-error' }, problems.say(h.problem.detail) || t('problem.other', { status: h.problem.status }));
  }

  function drawHolds() {
    const report = state.report;
    const button = $('hold-all');
    if (button) {
      const waiting = report ? inStock(report).length : 0;
      button.disabled = state.holding || waiting === 0;
      button.title = waiting === 0 ? t('rc.nothingInStock') : '';
    }
    $('held').hidden = state.held.length === 0;
    $('held-lots').querySelector('tbody').replaceChildren(...state.held.map(h =>
      el('tr', { dataset: { lot: h.lot } }, el('td', { class: 'code' }, h.itemCode), el('td', { class: 'code' }, h.lot), el('td', null, heldResult(h)))));
    drawNote($('hold-message'), state.holding ? { text: 'rc.holding', info: true } : state.holdNote, null);
  }

  function drawAll() {
    drawReport();
    drawHolds();
  }

  /* ---------- the page ---------- */

  function asked() {
    return { itemCode: $('recall-item').value.trim(), lot: $('recall-lot').value.trim() };
  }

  async function main() {
    const claims = await auth.enter();
    if (!claims) { return; }
    const roles = (claims.realm_access && claims.realm_access.roles) || [];
    state.engineer = roles.includes('quality-engineer') || roles.includes('admin');
    if (!state.engineer) {
      document.querySelectorAll('.engineer-only').forEach(node => node.remove());
    }
    $('recall-pick').addEventListener('submit', event => {
      event.preventDefault();
      load(asked());
    });
    $('print').addEventListener('click', () => window.print());
    $('download').addEventListener('click', download);
    if ($('hold-all')) { $('hold-all').addEventListener('click', holdAll); }
    i18n.onChange(drawAll);
    const params = new URLSearchParams(location.search);
    $('recall-item').value = params.get('itemCode') || '';
    $('recall-lot').value = params.get('lot') || '';
    if (params.get('itemCode') && params.get('lot')) {
      load(asked());
    } else {
      $(params.get('itemCode') ? 'recall-lot' : 'recall-item').focus();
    }
  }

  main();
})();
