/*
 * The warehouse clerk's handheld (warehouse.html), one column for a 360 × 640 screen and a keyboard-wedge scanner
 * (scanner.js), against /api/warehouse (services/warehouse) through the gateway:
 *  - Receive: what is expected at the dock (open ASNs, their handling units, which are in); scanning a unit's label
 *    shows what its ASN announces, Enter (or "Receive") takes it in as announced, or as counted (received, damaged)
 *    with a reason; a unit on no ASN can be taken in as unplanned; each receipt's label to print.
 *  - Put away: scan a unit, read where it goes, scan that bin's label.
 *  - Stock: an item's stock, available and in quarantine, by lot, bin and handling unit.
 * Functions that fetch change the state and call the functions that draw it; the drawing ones never fetch.
 */
(function () {
  'use strict';

  const { auth, i18n, api, dom, problems, scanner } = window.Forgeline;
  const { el, badge } = dom;
  const t = i18n.t;
  const API = '/api/warehouse';
  const STATUS_KIND = { AVAILABLE: 'good', QUARANTINE: 'warn', BLOCKED: 'bad' };
  const $ = id => document.getElementById(id);

  /** What the message box of a tab says: a refusal ({problem, context}) or a plain text ({text, params, info}). */
  const said = (text, params, info) => ({ text, params, info });
  const refused = (problem, context, params) => ({ problem, context, params });

  const state = {
    asns: undefined,      // the open ASNs expected at the dock; null when they could not be loaded
    receive: null,        // the unit being received, see fresh()
    receiveNote: null,
    receipt: null,        // the last receipt, with its label to print
    putaway: { scan: '', suggestion: null, key: null },
    putawayNote: null,
    stock: null,          // the item's stock shown
    stockNote: null
  };

  /**
   * A scanned unit: its raw scan, the ASN and unit the dock expects on it (or the SSCC of a unit on no ASN and the
   * unplanned form for it), the counts per line as typed, the reason, and the Idempotency-Key of the receipt on its way.
   */
  function fresh(scan) {
    return { scan, asn: null, unit: null, counts: [], reason: '', notOnAsn: null, unplanned: null, key: null, sending: false };
  }

  const scans = {};

  /* ---------- small pieces ---------- */

  function quantity(q) {
    return q ? i18n.number(q.amount) + ' ' + q.unit : '–';
  }

  /** What people type for a decimal: "1,5" as well as "1.5", spaces around. */
  function decimal(text) {
    const value = String(text === undefined || text === null ? '' : text).trim().replace(/\s/g, '');
    return /^\d+,\d+$/.test(value) ? value.replace(',', '.') : value;
  }

  function same(typed, amount) {
    return decimal(typed) !== '' && Number(decimal(typed)) === Number(amount);
  }

  /** The SSCC in a scan as a wedge scanner sends it: "]C100" + 18 digits, "(00)…", or the 18 digits alone. */
  function ssccOf(scan) {
    const text = String(scan || '').replace(/^\][A-Za-z]\d/, '').replace(/^\(00\)\s*/, '');
    const found = /^00(\d{18})/.exec(text) || /^(\d{18})/.exec(text);
    return found ? found[1] : text;
  }

  /** An answer that may come if asked again (none at all, or the service away): the same Idempotency-Key goes again. */
  function retryable(problem) {
    return problem.status === 0 || problem.status === 429 || problem.status >= 500;
  }

  function field(label, control, hint) {
    return el('label', { class: 'field' }, el('span', { class: 'label' }, label), control, hint ? el('span', { class: 'hint' }, hint) : null);
  }

  /** An input whose value lives in target[key]. */
  function bound(attributes, target, key) {
    return el('input', Object.assign({ value: target[key] || '', autocomplete: 'off', oninput: event => { target[key] = event.target.value; } },
      attributes));
  }

  function statusBadge(status) {
    return badge(i18n.code('wh.status.', status), STATUS_KIND[status] || 'grey');
  }

  function drawNote(box, note, root) {
    problems.clear(box, root);
    if (!note) { return; }
    if (note.problem) {
      problems.show(box, note.problem, root, note.context ? t(note.context, note.params) : null, true);
    } else {
      problems.message(box, t(note.text, note.params), note.info);
    }
  }

  /* ---------- receive: fetching ---------- */

  async function loadAsns() {
    try {
      state.asns = (await api.get(API + '/asns')) || [];
    } catch (problem) {
      state.asns = null;
      state.receiveNote = refused(problem, 'wh.asnsNotLoaded');
      drawReceiveNote();
    }
    drawAsns();
  }

  /** A scanned label at the dock: what its ASN announces on it, or that it is on none (or unreadable). */
  async function lookUp(scan) {
    const r = fresh(scan);
    state.receive = r;
    state.receipt = null;
    state.receiveNote = null;
    try {
      const asn = await api.get(API + '/receipts/expected?scan=' + encodeURIComponent(scan));
      if (state.receive !== r) { return; }
      r.asn = asn;
      r.unit = scannedUnit(asn, scan);
      r.counts = r.unit.lines.map(line => ({ received: line.quantity.amount, damaged: '0' }));
      if (r.unit.received) { state.receiveNote = said('wh.receivedAlready', { sscc: r.unit.sscc }); }
    } catch (problem) {
      if (state.receive !== r) { return; }
      if (problem.status === 404) {
        r.notOnAsn = (/\d{18}/.exec(problem.detail || '') || [ssccOf(scan)])[0];
        state.receiveNote = said('wh.notOnAsn', { sscc: r.notOnAsn });
      } else {
        state.receive = null;
        state.receiveNote = refused(problem, 'wh.scanRefused');
      }
    }
    drawReceive();
    if (r.unit) {
      // the unit's card on top, its SSCC and lines in sight, and Enter receives it
      $('unit').scrollIntoView({ block: 'start' });
      if (!r.unit.received) { $('receive-button').focus({ preventScroll: true }); }
    }
  }

  /** The unit of the ASN the scan named: the service says which (an RFID tag's EPC included). */
  function scannedUnit(asn, scan) {
    const sscc = asn.scannedSscc || ssccOf(scan);
    return asn.handlingUnits.find(unit => unit.sscc === sscc)
      || asn.handlingUnits.find(unit => String(scan).includes(unit.sscc))
      || asn.handlingUnits.find(unit => !unit.received) || asn.handlingUnits[0];
  }

  /** The receipt as the service wants it: the scan alone when all arrived as announced, else every line as counted. */
  function receiptBody(r) {
    const differs = r.unit.lines.some((line, i) => !same(r.counts[i].received, line.quantity.amount) || !same(r.counts[i].damaged || '0', 0));
    const body = { scan: r.scan };
    if (differs) {
      // by order line: a unit may carry one item and lot for two orders
      body.lines = r.unit.lines.map((line, i) => ({
        purchaseOrderId: line.purchaseOrderId,
        lineNumber: line.lineNumber,
        received: decimal(r.counts[i].received) || undefined,
        damaged: decimal(r.counts[i].damaged) || '0'
      }));
    }
    if (r.reason.trim()) { body.reason = r.reason.trim(); }
    return body;
  }

  function unplannedBody(r) {
    const u = r.unplanned;
    return {
      scan: r.scan,
      unplanned: true,
      reason: u.reason.trim(),
      lines: [{ itemCode: u.itemCode.trim(), lot: u.lot.trim(), received: decimal(u.quantity) }]
    };
  }

  async function receive(event) {
    event.preventDefault();
    await send(state.receive, receiptBody, 'wh.notReceived');
  }

  async function receiveUnplanned(event) {
    event.preventDefault();
    await send(state.receive, unplannedBody, 'wh.notReceived');
  }

  /** POSTs the receipt once (one Idempotency-Key per unit, sent again only when no answer came). */
  async function send(r, body, context) {
    if (!r || r.sending) { return; }
    r.key = r.key || api.idempotencyKey();
    r.sending = true;
    drawSending();
    try {
      state.receipt = await api.post(API + '/receipts', body(r), { idempotencyKey: r.key });
      state.receive = null;
      state.receiveNote = null;
      $('receive-scan').value = '';
    } catch (problem) {
      if (!retryable(problem)) { r.key = null; }
      if (problem.status === 422 && r.unit && problem.errors.some(e => e.field === 'scan')) {
        r.notOnAsn = r.unit.sscc; // its ASN was closed meanwhile: what is left is taking it in as unplanned
        r.unit = null;
      }
      state.receiveNote = refused(problem, context, { sscc: ssccOf(r.scan) });
    } finally {
      r.sending = false;
    }
    drawReceive();
    if (state.receipt && !state.receive) { scans.receive.focus(); }
    loadAsns();
  }

  /**
   * A handling unit's GS1-128 label as a PDF, fetched with the bearer token and opened in a new tab; the tab is
   * opened at the click itself, as browsers allow, and given the PDF once it has arrived.
   */
  async function printLabel(sscc, button) {
    const tab = window.open('', '_blank');
    button.disabled = true;
    try {
      const pdf = await api.blob(API + '/handling-units/' + encodeURIComponent(sscc) + '/label?format=pdf', 'application/pdf');
      const url = URL.createObjectURL(pdf);
      if (tab) {
        tab.location.href = url;
      } else {
        const link = el('a', { href: url, download: 'sscc-' + sscc + '.pdf' });
        document.body.append(link);
        link.click();
        link.remove();
      }
      setTimeout(() => URL.revokeObjectURL(url), 120000);
    } catch (problem) {
      if (tab) { tab.close(); }
      state.receiveNote = refused(problem, 'wh.labelFailed');
      drawReceiveNote();
    } finally {
      button.disabled = false;
    }
  }

  /* ---------- receive: drawing ---------- */

  function drawAsns() {
    const list = state.asns || [];
    $('asns').replaceChildren(...list.map(asn => el('li', { class: 'asn', dataset: { asn: asn.asnNumber, id: asn.asnId } },
      el('div', { class: 'asn-head' },
        el('strong', null, asn.asnNumber), el('span', null, asn.supplierCode),
        el('span', { class: 'small-text' }, t('wh.arrives', { at: i18n.dateTime(asn.expectedArrival) }))),
      el('ul', { class: 'dock-units' }, asn.handlingUnits.map(unit => el('li', {
        class: 'dock-unit' + (unit.received ? ' received' : ''), dataset: { sscc: unit.sscc, received: String(unit.received) }
      },
      el('span', { class: 'code' }, unit.sscc),
      badge(t(unit.received ? 'wh.unitIn' : 'wh.unitExpected'), unit.received ? 'good' : 'info'),
      el('span', { class: 'contents small-text' }, unit.lines.map(line =>
        line.itemCode + (line.lot ? ' · ' + t('wh.lot', { lot: line.lot }) : '') + ' · ' + quantity(line.quantity)).join('; '))))))));
    $('asns-empty').hidden = !Array.isArray(state.asns) || list.length > 0;
  }

  function drawReceive() {
    drawReceipt();
    drawUnit();
    drawNotOnAsn();
    drawUnplanned();
    drawReceiveNote();
  }

  function drawReceiveNote() {
    drawNote($('receive-message'), state.receiveNote, $('receive-view'));
  }

  function drawReceipt() {
    const receipt = state.receipt;
    const box = $('receipt-done');
    box.hidden = !receipt;
    if (!receipt) {
      box.replaceChildren();
      return;
    }
    box.dataset.sscc = receipt.sscc;
    box.replaceChildren(
      el('p', { id: 'receipt-line', class: 'message info', role: 'status' }, t(receipt.unplanned ? 'wh.receivedUnplanned' : 'wh.receivedInto', {
        sscc: receipt.sscc, location: receipt.location, status: i18n.code('wh.into.', receipt.status)
      })),
      el('ul', { class: 'receipt-lines' }, receipt.lines.map(line => el('li', null,
        line.itemCode + (line.lot ? ' · ' + t('wh.lot', { lot: line.lot }) : '') + ': ',
        el('strong', null, t('wh.countReceived', { quantity: quantity(line.received) })),
        Number(line.damaged.amount) > 0 ? el('span', { class: 'damaged-count' }, ' · ' + t('wh.countDamaged', { quantity: quantity(line.damaged) })) : null))),
      el('button', { type: 'button', class: 'big print-label', onclick: event => printLabel(receipt.sscc, event.currentTarget) }, t('wh.printLabel')));
  }

  function drawUnit() {
    const r = state.receive;
    const form = $('unit');
    form.hidden = !(r && r.unit);
    if (form.hidden) {
      form.replaceChildren();
      return;
    }
    const { asn, unit } = r;
    form.dataset.sscc = unit.sscc;
    form.replaceChildren(
      el('h2', null, t('wh.unitHeading'), ' ', el('span', { class: 'code' }, unit.sscc)),
      el('p', { class: 'caption' }, t('wh.unitFrom', { asn: asn.asnNumber, supplier: asn.supplierCode })),
      ...unit.lines.map((line, i) => countedLine(line, r.counts[i], i)),
      unit.received ? null : field(t('wh.reason'), bound({ id: 'receive-reason', maxlength: 200, dataset: { fields: '/reason' } }, r, 'reason'),
        t('wh.reasonHint')),
      unit.received ? null : el('button', { id: 'receive-button', type: 'submit', class: 'primary big', disabled: r.sending }, t('wh.receive')),
      el('button', { id: 'receive-cancel', type: 'button', class: 'big', onclick: cancelReceive }, t('wh.cancel')));
  }

  function countedLine(line, count, i) {
    const at = '/lines/' + i;
    return el('fieldset', { class: 'count-line', dataset: { line: i, fields: at } },
      el('legend', null, line.itemCode + (line.lot ? ' · ' + t('wh.lot', { lot: line.lot }) : '')),
      el('p', { class: 'announced' }, t('wh.announced'), ' ', el('strong', null, quantity(line.quantity))),
      el('p', { class: 'small-text' }, [t('wh.orderLine', { order: line.purchaseOrderNumber, line: line.lineNumber }),
        line.expiresOn ? t('wh.expires', { day: i18n.day(line.expiresOn) }) : null].filter(Boolean).join(' · ')),
      el('div', { class: 'pair' },
        field(t('wh.countedReceived', { unit: line.quantity.unit }),
          bound({ class: 'received', inputmode: 'decimal', dataset: { fields: at + '/received' } }, count, 'received')),
        field(t('wh.countedDamaged', { unit: line.quantity.unit }),
          bound({ class: 'damaged', inputmode: 'decimal', dataset: { fields: at + '/damaged' } }, count, 'damaged'))));
  }

  function drawSending() {
    document.querySelectorAll('#unit button[type=submit], #unplanned button[type=submit]').forEach(button => { button.disabled = true; });
  }

  function drawNotOnAsn() {
    const r = state.receive;
    const box = $('not-on-asn');
    box.hidden = !(r && r.notOnAsn && !r.unplanned);
    box.replaceChildren(...(box.hidden ? [] : [
      el('p', null, t('wh.notOnAsnHint')),
      el('button', { id: 'unplanned-open', type: 'button', class: 'big', onclick: openUnplanned }, t('wh.receiveUnplanned')),
      el('button', { type: 'button', class: 'big', onclick: cancelReceive }, t('wh.cancel'))]));
  }

  function drawUnplanned() {
    const r = state.receive;
    const form = $('unplanned');
    form.hidden = !(r && r.unplanned);
    if (form.hidden) {
      form.replaceChildren();
      return;
    }
    const u = r.unplanned;
    form.replaceChildren(
      el('h2', null, t('wh.unplannedHeading'), ' ', el('span', { class: 'code' }, r.notOnAsn)),
      el('fieldset', { dataset: { fields: '/lines /lines/0' } },
        el('legend', null, t('wh.unplannedGoods')),
        field(t('wh.itemCode'), bound({ id: 'unplanned-item', autocapitalize: 'characters', dataset: { fields: '/lines/0/itemCode' } }, u, 'itemCode')),
        field(t('wh.lotLabel'), bound({ id: 'unplanned-lot', dataset: { fields: '/lines/0/lot' } }, u, 'lot')),
        field(t('wh.quantity'), bound({ id: 'unplanned-quantity', inputmode: 'decimal', dataset: { fields: '/lines/0/received' } }, u, 'quantity'))),
      field(t('wh.unplannedReason'), bound({ id: 'unplanned-reason', maxlength: 200, dataset: { fields: '/reason' } }, u, 'reason')),
      el('button', { id: 'unplanned-receive', type: 'submit', class: 'primary big', disabled: r.sending }, t('wh.receiveUnplanned')),
      el('button', { type: 'button', class: 'big', onclick: cancelReceive }, t('wh.cancel')));
  }

  function openUnplanned() {
    state.receive.unplanned = { itemCode: '', lot: '', quantity: '', reason: '' };
    state.receiveNote = null;
    drawReceive();
    $('unplanned-item').focus();
  }

  function cancelReceive() {
    state.receive = null;
    state.receiveNote = null;
    $('receive-scan').value = '';
    drawReceive();
    scans.receive.focus();
  }

  /* ---------- put away ---------- */

  /** A scanned unit: the bin it goes to, or why none. */
  async function suggest(scan) {
    const p = { scan, suggestion: null, key: null };
    state.putaway = p;
    state.putawayNote = null;
    try {
      p.suggestion = await api.get(API + '/putaway/' + encodeURIComponent(scan));
    } catch (problem) {
      state.putawayNote = refused(problem, 'wh.noSuggestion');
    }
    if (state.putaway !== p) { return; }
    drawPutaway();
    if (p.suggestion) { scans.bin.focus(); }
  }

  /** The scanned bin confirms the move; a wrong one is refused naming the right one. */
  async function confirmPutaway(binScan) {
    const p = state.putaway;
    if (!p.suggestion) { return; }
    p.key = p.key || api.idempotencyKey();
    try {
      const posted = await api.post(API + '/putaway', { handlingUnit: p.scan, bin: binScan.trim() }, { idempotencyKey: p.key });
      const moved = (posted && posted.movements && posted.movements.find(m => m.handlingUnit)) || {};
      state.putaway = { scan: '', suggestion: null, key: null };
      state.putawayNote = said('wh.putAway', { sscc: moved.handlingUnit || ssccOf(p.scan), bin: p.suggestion.bin }, true);
      $('putaway-unit').value = '';
    } catch (problem) {
      if (!retryable(problem)) { p.key = null; }
      state.putawayNote = refused(problem, 'wh.notPutAway');
    }
    drawPutaway();
    if (!state.putaway.suggestion) { scans.putaway.focus(); }
  }

  function drawPutaway() {
    const s = state.putaway.suggestion;
    $('putaway-target').hidden = !s;
    $('putaway-bin-code').textContent = s ? s.bin : '';
    $('putaway-why').textContent = s ? t('wh.why', { reason: i18n.code('wh.reason.', s.reason), zone: i18n.code('wh.zone.', s.zone) }) : '';
    if (!s) { $('putaway-bin').value = ''; }
    drawNote($('putaway-message'), state.putawayNote, $('putaway-view'));
  }

  /* ---------- stock ---------- */

  async function loadStock(event) {
    event.preventDefault();
    state.stockNote = null;
    try {
      state.stock = await api.get(API + '/stock?itemCode=' + encodeURIComponent($('stock-item').value.trim()));
    } catch (problem) {
      state.stock = null;
      state.stockNote = refused(problem, 'wh.stockNotLoaded');
    }
    drawStock();
  }

  function drawStock() {
    const s = state.stock;
    $('stock').replaceChildren(...(s ? [
      el('h2', null, s.itemCode, s.description ? el('span', { class: 'caption' }, ' · ' + s.description) : null),
      el('dl', { class: 'facts' },
        el('div', null, el('dt', null, t('wh.available')), el('dd', { id: 'stock-available' }, quantity(s.available))),
        el('div', null, el('dt', null, t('wh.quarantined')), el('dd', { id: 'stock-quarantined' }, quantity(s.quarantined)))),
      s.lots.length ? el('ul', { id: 'stock-lots', class: 'lots' }, s.lots.map(lot => el('li', {
        class: 'lot', dataset: { lot: lot.lot, location: lot.location, unit: lot.handlingUnit || '', status: lot.status }
      },
      el('div', { class: 'lot-head' }, el('strong', null, t('wh.lot', { lot: lot.lot })), statusBadge(lot.status),
        el('strong', { class: 'lot-quantity' }, quantity(lot.quantity))),
      el('div', { class: 'small-text' }, [t('wh.inBin', { bin: lot.location }),
        lot.expiresOn ? t('wh.expires', { day: i18n.day(lot.expiresOn) }) : null].filter(Boolean).join(' · ')),
      lot.handlingUnit ? el('div', { class: 'small-text code' }, 'SSCC ' + lot.handlingUnit) : null)))
        : el('p', { class: 'empty' }, t('wh.noStock'))
    ] : []));
    drawNote($('stock-message'), state.stockNote, $('stock-view'));
  }

  /* ---------- the page ---------- */

  function drawAll() {
    drawAsns();
    drawReceive();
    drawPutaway();
    drawStock();
  }

  async function main() {
    const claims = await auth.enter();
    if (!claims) { return; }
    scans.receive = scanner.attach($('receive-scan'), lookUp);
    scans.putaway = scanner.attach($('putaway-unit'), suggest);
    scans.bin = scanner.attach($('putaway-bin'), confirmPutaway);
    const first = { 'receive-view': () => scans.receive, 'putaway-view': () => (state.putaway.suggestion ? scans.bin : scans.putaway) };
    dom.tabs($('tabs'), panel => {
      if (first[panel]) {
        first[panel]().focus();
      } else {
        $('stock-item').focus();
      }
      if (panel === 'receive-view') { loadAsns(); }
    });
    $('unit').addEventListener('submit', receive);
    $('unplanned').addEventListener('submit', receiveUnplanned);
    $('stock-form').addEventListener('submit', loadStock);
    i18n.onChange(drawAll);
    scans.receive.focus();
    await loadAsns();
  }

  main();
})();
