/*
 * The warehouse clerk's handheld (warehouse.html), one column for a 360 × 640 screen and a keyboard-wedge scanner
 * (scanner.js), against /api/warehouse (services/warehouse) through the gateway:
 *  - Receive: what is expected at the dock (open ASNs, their handling units, which are in); scanning a unit's label
 *    shows what its ASN announces, Enter (or "Receive") takes it in as announced, or as counted (received, damaged)
 *    with a reason; a unit on no ASN can be taken in as unplanned; each receipt's label to print.
 *  - Put away: scan a unit, read where it goes, scan that bin's label.
 *  - Pick: the open pick tasks in waves (a zone's tasks needed within the hour); a task says what to take from where to
 *    which staging bin, the clerk scans the bin (or the handling unit) and confirms the quantity taken, less for a
 *    short pick, and the next task of the wave opens.
 *  - Count: a scanned bin's label opens its cycle count (ordered when none is open), counted blind line by line;
 *    posted at once, or waiting for a second person, whose Approve posts it; the book and the differences shown after.
 *  - Ship: the open outbound deliveries (their picks are in Pick); a delivery's picked goods are packed into a handling
 *    unit with the plant's next SSCC (its label to print), and what is packed is shipped; then the customer's DESADV.
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
    stockNote: null,
    waves: undefined,     // the open pick tasks in waves; null when they could not be loaded
    pick: null,           // the task being picked: {task, wave: {zone, start, ids}, from, quantity, key, sending}
    pickNote: null,
    counts: undefined,    // the open counts (blind: no book quantities); null when they could not be loaded
    approvals: undefined, // the counts waiting for a second person
    count: null,          // the count being entered, see counting()
    countResult: null,    // the count just posted or approved, its book and differences shown
    countNote: null,
    approvalKeys: {},     // the Idempotency-Key of each approval on its way
    deliveries: undefined, // the open outbound deliveries; null when they could not be loaded
    delivery: null,       // the delivery opened, as the service shows it, with the keys of its packing and shipping on their way
    shipNote: null,
    me: ''                // the signed-in user, who may not approve their own count
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
  async function printLabel(sscc, button, failed = problem => { state.receiveNote = refused(problem, 'wh.labelFailed'); drawReceiveNote(); }) {
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
      failed(problem);
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

  /* ---------- pick: fetching ---------- */

  /** The open pick tasks in waves (a zone's tasks needed within the hour); the task on screen stays as it is. */
  async function loadWaves() {
    try {
      state.waves = (await api.get(API + '/pick-tasks/waves')) || [];
      drawWaves();
    } catch (problem) {
      state.waves = null;
      state.pickNote = refused(problem, 'wh.wavesNotLoaded');
      drawPick();
    }
  }

  /**
   * The pick confirmed (the source scanned, the quantity taken) once per Idempotency-Key; then the next task of the
   * same wave opens, or the waves when it is done. A short pick's rest is planned by the service from other stock.
   */
  async function confirmPick(event) {
    event.preventDefault();
    const p = state.pick;
    if (!p || p.sending) { return; }
    p.key = p.key || api.idempotencyKey();
    p.sending = true;
    drawPickSending();
    let done = null;
    try {
      done = await api.post(API + '/pick-tasks/' + encodeURIComponent(p.task.id) + '/confirmation',
        { from: p.from, quantity: decimal(p.quantity) || null }, { idempotencyKey: p.key });
      state.pickNote = done.status === 'SHORT'
        ? said('wh.pickedShort', pickedParams(done), true)
        : said('wh.picked', pickedParams(done), true);
    } catch (problem) {
      if (!retryable(problem)) { p.key = null; }
      p.sending = false;
      state.pickNote = refused(problem, 'wh.notPicked', { number: p.task.number });
      if (problem.status === 404 || problem.status === 409) { state.pick = null; } // picked or cancelled meanwhile
    }
    if (!done) {
      drawPick();
      if (!state.pick) { loadWaves(); }
      return;
    }
    await loadWaves();
    const wave = nextWave(p);
    if (wave) {
      openTask(wave.tasks[0], wave, true);
    } else {
      state.pick = null;
      state.pickNote = said(done.status === 'SHORT' ? 'wh.pickedShortWaveDone' : 'wh.pickedWaveDone', pickedParams(done), true);
      drawPick();
    }
  }

  /* ---------- pick: what the page does on its own ---------- */

  /** A task opened from its wave: the source still to scan, the quantity asked already in (a short pick types less). */
  function openTask(task, wave, keepNote) {
    state.pick = { task, wave: { zone: wave.zone, start: wave.start, ids: wave.tasks.map(other => other.id) }, from: '',
      quantity: String(task.quantity.amount), key: null, sending: false };
    if (!keepNote) { state.pickNote = null; }
    $('pick-from').value = '';
    drawPick();
    // what became of the last pick stays in sight above the next task
    (state.pickNote ? $('pick-message') : $('pick-task')).scrollIntoView({ block: 'start' });
    scans.pickFrom.focus();
  }

  /**
   * The wave the clerk was walking, as the service groups it now: the one of the zone holding a task that was in it,
   * else the one starting when it did (a short pick's rest planned anew).
   */
  function nextWave(p) {
    const ofZone = (state.waves || []).filter(wave => wave.zone === p.wave.zone && wave.tasks.length);
    return ofZone.find(wave => wave.tasks.some(task => task.id !== p.task.id && p.wave.ids.includes(task.id)))
      || ofZone.find(wave => wave.start === p.wave.start) || null;
  }

  /**
   * The place scanned against the task's, said at once in the service's own words (which the service checks again):
   * the bin's label, or the handling unit's SSCC label when the goods are on one. The scan to send, or the refusal.
   */
  function checkSource(task, scan) {
    if (scan === task.fromBin && !task.fromHandlingUnit) { return { from: scan }; }
    if (task.fromHandlingUnit && (scan === task.fromHandlingUnit || ssccOf(scan) === task.fromHandlingUnit)) {
      return { from: task.fromHandlingUnit };
    }
    const place = task.fromHandlingUnit ? 'handling unit ' + task.fromHandlingUnit + ' in bin ' + task.fromBin : 'bin ' + task.fromBin;
    return { refusal: 'this pick is from ' + place + ', not ' + scan };
  }

  function scanSource(raw) {
    const p = state.pick;
    if (!p) { return; }
    const checked = checkSource(p.task, raw.trim());
    p.from = checked.from || '';
    state.pickNote = checked.refusal
      ? refused(new api.Problem(422, { detail: checked.refusal, errors: [{ field: 'from', message: checked.refusal }] }), 'wh.wrongPlace')
      : said('wh.placeScanned', { place: checked.from }, true);
    drawPick();
    if (!checked.refusal) {
      $('pick-quantity').focus();
      $('pick-quantity').select();
    }
  }

  function backToWaves() {
    state.pick = null;
    state.pickNote = null;
    drawPick();
    loadWaves();
  }

  function pickedParams(task) {
    const missing = Number(task.quantity.amount) - Number(task.picked ? task.picked.amount : 0);
    return {
      number: task.number, item: task.itemCode, picked: quantity(task.picked), asked: quantity(task.quantity), bin: task.toBin,
      missing: i18n.number(missing) + ' ' + task.quantity.unit
    };
  }

  /* ---------- pick: drawing ---------- */

  function drawPick() {
    drawWaves();
    drawPickTask();
    drawNote($('pick-message'), state.pickNote, $('pick-view'));
  }

  /** A text whose filled-in values are set in bold and kept on one line each (an item code does not break at its hyphen). */
  function emphasised(key, params) {
    const marks = Object.fromEntries(Object.keys(params).map(name => [name, '\u0000' + name + '\u0000']));
    return t(key, marks).split('\u0000').map((part, i) => (i % 2 ? el('strong', { class: 'nowrap' }, params[part]) : part));
  }

  function shortTime(instant) {
    return i18n.dateTime(instant, { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
  }

  function drawWaves() {
    const list = state.waves || [];
    $('pick-waves').hidden = !!state.pick;
    $('waves').replaceChildren(...list.map(wave => el('li', { class: 'wave', dataset: { zone: wave.zone, start: wave.start } },
      el('div', { class: 'asn-head' },
        el('strong', null, t('wh.waveZone', { zone: wave.zone })),
        el('span', null, t('wh.waveStarts', { at: shortTime(wave.start) })),
        el('span', { class: 'small-text' }, t('wh.toPick', { count: wave.tasks.length }))),
      el('ul', { class: 'wave-tasks' }, wave.tasks.map(task => el('li', null, el('button', {
        type: 'button', class: 'task-row', dataset: { task: task.id, number: task.number, order: task.orderNumber, item: task.itemCode },
        onclick: () => openTask(task, wave)
      },
      el('span', { class: 'task-head' }, el('strong', { class: 'code' }, task.fromBin), el('span', null, task.itemCode),
        el('strong', { class: 'task-quantity' }, quantity(task.quantity))),
      el('span', { class: 'small-text' }, task.number + ' · ' + task.orderNumber + ' → ' + task.toBin))))),
      el('button', { type: 'button', class: 'primary big start-wave', onclick: () => openTask(wave.tasks[0], wave) }, t('wh.startWave')))));
    $('waves-empty').hidden = !Array.isArray(state.waves) || list.length > 0;
  }

  function drawPickTask() {
    const p = state.pick;
    $('pick-task').hidden = !p;
    if (!p) {
      $('pick-what').replaceChildren();
      $('pick-from').value = '';
      return;
    }
    const task = p.task;
    const position = p.wave.ids.indexOf(task.id) + 1;
    $('pick-task').dataset.task = task.id;
    $('pick-task').dataset.number = task.number;
    $('pick-what').replaceChildren(...[
      el('p', { class: 'caption' }, [task.number, t('wh.forOrder', { order: task.orderNumber }),
        position ? t('wh.ofWave', { position, count: p.wave.ids.length, zone: task.zone }) : null].filter(Boolean).join(' · ')),
      el('p', { id: 'pick-take', class: 'take' }, emphasised('wh.take', { quantity: quantity(task.quantity), item: task.itemCode, lot: task.lot })),
      el('p', { class: 'from-bin' }, el('span', null, t('wh.pickFrom')), ' ', el('strong', { id: 'pick-bin-code', class: 'bin-code' }, task.fromBin)),
      task.fromHandlingUnit ? el('p', { class: 'code' }, t('wh.onUnit', { sscc: task.fromHandlingUnit })) : null,
      el('p', { class: 'take-to' }, t('wh.pickTo'), ' ', el('strong', { id: 'pick-to-bin', class: 'code' }, task.toBin)),
      el('p', { class: 'small-text' }, [t('wh.neededBy', { at: shortTime(task.neededBy) }),
        task.expiresOn ? t('wh.expires', { day: i18n.day(task.expiresOn) }) : null].filter(Boolean).join(' · '))].filter(Boolean));
    $('pick-from-label').textContent = t(task.fromHandlingUnit ? 'wh.pickScanUnit' : 'wh.pickScanBin');
    $('pick-quantity-label').textContent = t('wh.pickQuantity', { unit: task.quantity.unit });
    if ($('pick-quantity').value !== p.quantity) { $('pick-quantity').value = p.quantity; }
    drawPickButton();
  }

  /** "Confirm the pick", or "Confirm a short pick" when less than asked is typed. */
  function drawPickButton() {
    const p = state.pick;
    const short = p && decimal(p.quantity) !== '' && Number(decimal(p.quantity)) < Number(p.task.quantity.amount);
    $('pick-confirm').textContent = t(short ? 'wh.confirmShortPick' : 'wh.confirmPick');
    $('pick-confirm').disabled = !!(p && p.sending);
  }

  function drawPickSending() {
    $('pick-confirm').disabled = true;
  }

  /* ---------- count: fetching ---------- */

  /** The open counts and those waiting for a second person's approval; the count being typed stays as it is. */
  async function loadCounts() {
    try {
      const [open, waiting] = await Promise.all([api.get(API + '/counts?status=OPEN'), api.get(API + '/counts?status=AWAITING_APPROVAL')]);
      state.counts = open || [];
      state.approvals = waiting || [];
      drawCountLists();
    } catch (problem) {
      state.counts = null;
      state.approvals = null;
      state.countNote = refused(problem, 'wh.countsNotLoaded');
      drawCounts();
    }
  }

  /** A scanned bin label: its open count, or a new one ordered for it (422 for a bin that is not there). */
  async function countBin(raw) {
    const bin = raw.trim();
    state.countNote = null;
    state.countResult = null;
    state.count = null;
    try {
      const open = (await api.get(API + '/counts?status=OPEN')) || [];
      state.counts = open;
      let count = open.find(c => c.bin === bin);
      if (!count) {
        count = (await api.post(API + '/counts', { bins: [bin] }, { idempotencyKey: api.idempotencyKey() }))[0];
        state.counts = open.concat([count]);
      }
      state.count = counting(count);
    } catch (problem) {
      state.countNote = refused(problem, 'wh.countNotOpened', { bin });
    }
    drawCounts();
    focusCount();
  }

  /** Every line as counted, once per Idempotency-Key: posted now, or waiting for approval when far off the book. */
  async function postCount(event) {
    event.preventDefault();
    const c = state.count;
    if (!c || c.sending) { return; }
    c.key = c.key || api.idempotencyKey();
    c.sending = true;
    drawCountSending();
    try {
      const body = { lines: c.count.lines.map((line, i) => ({ line: line.line, counted: decimal(c.entries[i]) || null })) };
      state.countResult = await api.post(API + '/counts/' + encodeURIComponent(c.count.id) + '/count', body, { idempotencyKey: c.key });
      state.count = null;
      state.countNote = null;
      $('count-bin').value = '';
    } catch (problem) {
      if (!retryable(problem)) { c.key = null; }
      if (problem.status === 404 || problem.status === 409) { state.count = null; } // counted by someone else meanwhile
      state.countNote = refused(problem, 'wh.countNotPosted', { number: c.count.number });
    } finally {
      c.sending = false;
    }
    drawCounts();
    if (!state.count) { scans.countBin.focus(); }
    loadCounts();
  }

  /** A second person's approval: the differences beyond tolerance post. */
  async function approve(count, button) {
    button.disabled = true;
    state.approvalKeys[count.id] = state.approvalKeys[count.id] || api.idempotencyKey();
    try {
      state.countResult = await api.post(API + '/counts/' + encodeURIComponent(count.id) + '/approval', undefined,
        { idempotencyKey: state.approvalKeys[count.id] });
      state.countNote = null;
      delete state.approvalKeys[count.id];
    } catch (problem) {
      if (!retryable(problem)) { delete state.approvalKeys[count.id]; }
      state.countNote = refused(problem, 'wh.notApproved', { number: count.number });
    }
    drawCounts();
    $('count-view').scrollIntoView({ block: 'start' });
    await loadCounts();
  }

  /* ---------- count: what the page does on its own ---------- */

  /** A count being entered: what the clerk typed per line, blind (the book is not sent while it is open). */
  function counting(count) {
    return { count, entries: count.lines.map(() => ''), key: null, sending: false };
  }

  function openCount(count) {
    state.count = counting(count);
    state.countResult = null;
    state.countNote = null;
    drawCounts();
    focusCount();
  }

  function closeCount() {
    state.count = null;
    state.countNote = null;
    drawCounts();
    scans.countBin.focus();
  }

  function focusCount() {
    if (!state.count) { return; }
    $('count-sheet').scrollIntoView({ block: 'start' });
    const first = $('count-sheet').querySelector('input.counted') || $('count-post');
    first.focus({ preventScroll: true });
  }

  /** Enter in a line's input goes on to the next line; in the last one it posts the count. */
  function nextLineOnEnter(event) {
    if (event.key !== 'Enter' || event.isComposing) { return; }
    const inputs = Array.from($('count-sheet').querySelectorAll('input.counted'));
    const next = inputs[inputs.indexOf(event.target) + 1];
    if (next) {
      event.preventDefault();
      next.focus();
      next.select();
    }
  }

  /* ---------- count: drawing ---------- */

  function drawCounts() {
    drawCountSheet();
    drawCountResult();
    drawCountLists();
    drawNote($('count-message'), state.countNote, $('count-view'));
  }

  function drawCountLists() {
    drawOpenCounts();
    drawApprovals();
  }

  function amount(value, unit) {
    return value === null || value === undefined ? '–' : i18n.number(value) + ' ' + unit;
  }

  function variance(value, unit) {
    return i18n.number(value, { signDisplay: 'exceptZero' }) + ' ' + unit;
  }

  function lineName(line) {
    return line.itemCode + ' · ' + t('wh.lot', { lot: line.lot });
  }

  function lineFacts(line) {
    return [i18n.code('wh.status.', line.status), line.handlingUnit ? 'SSCC ' + line.handlingUnit : null,
      line.expiresOn ? t('wh.expires', { day: i18n.day(line.expiresOn) }) : null].filter(Boolean).join(' · ');
  }

  function drawCountSheet() {
    const c = state.count;
    const form = $('count-sheet');
    form.hidden = !c;
    if (!c) {
      form.replaceChildren();
      return;
    }
    const count = c.count;
    form.dataset.number = count.number;
    form.dataset.bin = count.bin;
    form.replaceChildren(
      el('h2', null, t('wh.countHeading', { number: count.number })),
      el('p', { class: 'announced' }, t('wh.countedBin'), ' ', el('strong', { class: 'code' }, count.bin)),
      el('p', { class: 'caption' }, t(count.lines.length ? 'wh.countBlind' : 'wh.countNoLines', { bin: count.bin })),
      ...count.lines.map((line, i) => el('fieldset', { class: 'count-line', dataset: { line: line.line, fields: 'lines[' + i + '] /lines/' + i } },
        el('legend', null, lineName(line)),
        el('p', { class: 'small-text' }, lineFacts(line)),
        field(t('wh.counted', { unit: line.unit }), el('input', {
          class: 'counted', inputmode: 'decimal', autocomplete: 'off', value: c.entries[i],
          dataset: { fields: 'lines[' + i + '].counted /lines/' + i + '/counted /lines/' + i + '/line' },
          oninput: event => { c.entries[i] = event.target.value; }, onkeydown: nextLineOnEnter
        })))),
      el('button', { id: 'count-post', type: 'submit', class: 'primary big', disabled: c.sending },
        t(count.lines.length ? 'wh.postCount' : 'wh.binIsEmpty')),
      el('button', { id: 'count-close', type: 'button', class: 'big', onclick: closeCount }, t('wh.countLater')));
  }

  function drawCountSending() {
    $('count-post').disabled = true;
  }

  /** The count just posted or approved, the book and the difference now shown. */
  function drawCountResult() {
    const count = state.countResult;
    const box = $('count-result');
    box.hidden = !count;
    if (!count) {
      box.replaceChildren();
      return;
    }
    box.dataset.number = count.number;
    box.dataset.status = count.status;
    box.replaceChildren(
      el('p', { id: 'count-outcome', class: 'message ' + (count.status === 'POSTED' ? 'info' : 'warn'), role: 'status' },
        t(count.status === 'POSTED' ? (count.approvedBy ? 'wh.countApproved' : 'wh.countPosted') : 'wh.countWaits',
          { number: count.number, bin: count.bin, by: count.approvedBy || '' })),
      countedLines(count));
  }

  /** Each line: counted, book, difference; whether it is posted yet. */
  function countedLines(count) {
    return el('ul', { class: 'counted-lines' }, count.lines.map(line => el('li', {
      dataset: { line: line.line, variance: line.variance === null ? '' : String(line.variance), posted: String(line.posted) }
    },
    el('div', { class: 'lot-head' }, el('strong', null, lineName(line)),
      line.posted ? badge(t('wh.linePosted'), 'good') : badge(t('wh.lineWaits'), 'warn')),
    el('div', { class: 'count-figures' },
      el('span', null, t('wh.countedWas', { quantity: amount(line.counted, line.unit) })),
      el('span', null, t('wh.bookWas', { quantity: amount(line.book, line.unit) })),
      line.variance === null ? null : el('strong', { class: 'variance' + (Number(line.variance) !== 0 && !line.posted ? ' differs' : '') },
        t('wh.difference', { quantity: variance(line.variance, line.unit) }))))));
  }

  function drawOpenCounts() {
    const list = state.counts || [];
    $('counts').replaceChildren(...list.map(count => el('li', { class: 'open-count', dataset: { number: count.number, bin: count.bin } },
      el('button', { type: 'button', class: 'task-row', onclick: () => openCount(count) },
        el('span', { class: 'task-head' }, el('strong', { class: 'code' }, count.bin), el('span', null, count.number),
          el('span', { class: 'task-quantity small-text' }, t('wh.lines', { count: count.lines.length }))),
        el('span', { class: 'small-text' }, t('wh.orderedBy', { by: count.createdBy, at: shortTime(count.createdAt) }))))));
    $('counts-empty').hidden = !Array.isArray(state.counts) || list.length > 0;
  }

  function drawApprovals() {
    const list = state.approvals || [];
    $('approvals').replaceChildren(...list.map(count => el('li', { class: 'approval', dataset: { number: count.number, bin: count.bin } },
      el('div', { class: 'asn-head' }, el('strong', null, count.number), el('span', { class: 'code' }, count.bin),
        el('span', { class: 'small-text' }, t('wh.countedBy', { by: count.countedBy, at: shortTime(count.countedAt) }))),
      countedLines(count),
      count.countedBy === state.me
        ? el('p', { class: 'small-text own-count' }, t('wh.secondPerson'))
        : el('button', { type: 'button', class: 'primary big approve', onclick: event => approve(count, event.currentTarget) },
          t('wh.approve', { number: count.number })))));
    $('approvals-empty').hidden = !Array.isArray(state.approvals) || list.length > 0;
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

  /* ---------- ship: fetching ---------- */

  async function loadDeliveries() {
    try {
      state.deliveries = (await api.get(API + '/deliveries?status=OPEN')) || [];
    } catch (problem) {
      state.deliveries = null;
      state.shipNote = refused(problem, 'wh.deliveriesNotLoaded');
    }
    drawShip();
  }

  async function openDelivery(id, keepNote) {
    try {
      state.delivery = { view: await api.get(API + '/deliveries/' + encodeURIComponent(id)), packKey: null, shipKey: null, sending: false };
      if (!keepNote) { state.shipNote = null; }
    } catch (problem) {
      state.shipNote = refused(problem, 'wh.deliveryNotLoaded');
    }
    drawShip();
    $('ship-view').scrollIntoView({ block: 'start' });
  }

  /** Everything picked that waits goes into one new handling unit, once per Idempotency-Key. */
  async function pack() {
    const d = state.delivery;
    if (!d || d.sending) { return; }
    d.packKey = d.packKey || api.idempotencyKey();
    d.sending = true;
    drawShip();
    try {
      const unit = await api.post(API + '/deliveries/' + encodeURIComponent(d.view.id) + '/packages', {}, { idempotencyKey: d.packKey });
      d.packKey = null;
      state.shipNote = said('wh.packed', { sscc: unit.sscc, number: d.view.number }, true);
    } catch (problem) {
      if (!retryable(problem)) { d.packKey = null; }
      state.shipNote = refused(problem, 'wh.notPacked', { number: d.view.number });
    }
    d.sending = false;
    await openDelivery(d.view.id, true);
  }

  /** The packages not on a pallet yet go onto a new one, once per Idempotency-Key. */
  async function palletise() {
    const d = state.delivery;
    if (!d || d.sending) { return; }
    const loose = d.view.packages.filter(unit => !unit.pallet).map(unit => unit.sscc);
    d.palletKey = d.palletKey || api.idempotencyKey();
    d.sending = true;
    drawShip();
    try {
      const view = await api.post(API + '/deliveries/' + encodeURIComponent(d.view.id) + '/pallets', { units: loose }, { idempotencyKey: d.palletKey });
      const pallet = (view.packages.find(unit => unit.sscc === loose[0]) || {}).pallet;
      state.delivery = { view, packKey: null, shipKey: null, palletKey: null, sending: false };
      state.shipNote = said('wh.palletised', { sscc: pallet, count: loose.length }, true);
    } catch (problem) {
      if (!retryable(problem)) { d.palletKey = null; }
      d.sending = false;
      state.shipNote = refused(problem, 'wh.notPalletised', { number: d.view.number });
    }
    drawShip();
  }

  async function ship() {
    const d = state.delivery;
    if (!d || d.sending) { return; }
    d.shipKey = d.shipKey || api.idempotencyKey();
    d.sending = true;
    drawShip();
    try {
      const shipped = await api.post(API + '/deliveries/' + encodeURIComponent(d.view.id) + '/shipment', undefined, { idempotencyKey: d.shipKey });
      state.delivery = { view: shipped, packKey: null, shipKey: null, sending: false };
      state.shipNote = said('wh.shipped', { number: shipped.number, customer: customerOf(shipped), units: shipped.packages.length }, true);
    } catch (problem) {
      if (!retryable(problem)) { d.shipKey = null; }
      d.sending = false;
      state.shipNote = refused(problem, 'wh.notShipped', { number: d.view.number });
    }
    drawShip();
    loadDeliveries();
  }

  /** The customer's DESADV, fetched with the bearer token and saved as a file. */
  async function despatchAdvice(view, button) {
    button.disabled = true;
    try {
      const edi = await api.blob(API + '/deliveries/' + encodeURIComponent(view.id) + '/desadv', 'application/EDIFACT');
      const url = URL.createObjectURL(edi);
      const link = el('a', { href: url, download: view.number + '-DESADV.edi' });
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 120000);
    } catch (problem) {
      state.shipNote = refused(problem, 'wh.desadvFailed');
      drawShip();
    } finally {
      button.disabled = false;
    }
  }

  function backToDeliveries() {
    state.delivery = null;
    state.shipNote = null;
    drawShip();
    loadDeliveries();
  }

  /* ---------- ship: drawing ---------- */

  function customerOf(view) {
    return view.customerName ? view.customerName + ' (' + view.customerCode + ')' : view.customerCode;
  }

  /** The pallets the delivery's packages are on, each once. */
  function pallets(view) {
    return [...new Set(view.packages.map(unit => unit.pallet).filter(Boolean))];
  }

  function openPicks(view) {
    return view.picks.filter(pick => pick.status === 'OPEN').length;
  }

  /** Whether picked goods wait to be packed: what the picks took is more than the packages hold (one unit per item). */
  function somethingToPack(view) {
    const picked = view.picks.reduce((sum, pick) => sum + Number(pick.picked ? pick.picked.amount : 0), 0);
    const packed = view.packages.reduce((sum, unit) => sum + unit.contents.reduce((s2, c) => s2 + Number(c.quantity.amount), 0), 0);
    return picked > packed;
  }

  function drawShip() {
    const list = state.deliveries || [];
    $('ship-list').hidden = !!state.delivery;
    $('deliveries').replaceChildren(...list.map(view => el('li', { class: 'asn', dataset: { number: view.number, id: view.id } },
      el('button', { type: 'button', class: 'task-row', onclick: () => openDelivery(view.id) },
        el('span', { class: 'task-head' }, el('strong', { class: 'code' }, view.number), el('span', null, customerOf(view))),
        el('span', { class: 'small-text' }, [t('wh.shipOn', { day: i18n.day(view.shipOn) }), t('wh.deliveryLines', { count: view.lines.length }),
          openPicks(view) ? t('wh.picksOpen', { count: openPicks(view) }) : t('wh.allPicked'),
          view.packages.length ? t('wh.unitsPacked', { count: view.packages.length }) : null].filter(Boolean).join(' · '))))));
    $('deliveries-empty').hidden = !Array.isArray(state.deliveries) || list.length > 0;
    drawDelivery();
    drawNote($('ship-message'), state.shipNote, $('ship-view'));
  }

  function drawDelivery() {
    const d = state.delivery;
    $('delivery').hidden = !d;
    if (!d) {
      $('delivery').replaceChildren();
      return;
    }
    const view = d.view;
    const shipped = view.status === 'SHIPPED';
    $('delivery').dataset.number = view.number;
    $('delivery').dataset.status = view.status;
    $('delivery').replaceChildren(...[
      el('h2', null, view.number + ' · ' + customerOf(view)),
      el('p', { class: 'caption' }, [t('wh.shipOn', { day: i18n.day(view.shipOn) }), t('wh.shipFrom', { bin: view.shipFrom }),
        view.customerReference ? t('wh.customerOrder', { reference: view.customerReference }) : null].filter(Boolean).join(' · ')),
      el('ul', { class: 'lines delivery-lines' }, view.lines.map(line => el('li', { dataset: { item: line.itemCode } },
        el('strong', null, line.itemCode), ' ', t('wh.pickedOf', { picked: quantity(line.picked), ordered: quantity(line.quantity) })))),
      !shipped && openPicks(view) ? el('p', { class: 'hint' }, t('wh.pickFirst', { count: openPicks(view) })) : null,
      view.hasShortage ? el('p', { class: 'hint' }, t('wh.deliveryShort')) : null,
      el('h3', null, t('wh.packages')),
      view.packages.length ? el('ul', { class: 'lines packages' }, view.packages.map(unit => el('li', { dataset: { sscc: unit.sscc } },
        el('div', { class: 'code' }, 'SSCC ' + unit.sscc),
        unit.pallet ? el('div', { class: 'small-text' }, t('wh.onPallet', { sscc: unit.pallet })) : null,
        el('div', { class: 'small-text' }, unit.contents.map(c => c.itemCode + ' · ' + t('wh.lot', { lot: c.lot }) + ' · ' + quantity(c.quantity))
          .join('; ')),
        shipped ? null : el('button', { type: 'button', class: 'print-label', onclick: event => printLabel(unit.sscc, event.currentTarget,
          problem => { state.shipNote = refused(problem, 'wh.labelFailed'); drawShip(); }) }, t('wh.printLabel')))))
        : el('p', { class: 'empty' }, t('wh.nothingPacked')),
      !shipped && view.packages.some(unit => !unit.pallet)
        ? el('button', { id: 'palletise', type: 'button', class: 'big', disabled: d.sending, onclick: palletise }, t('wh.palletise'))
        : null,
      ...pallets(view).map(pallet => el('p', { class: 'pallet', dataset: { sscc: pallet } }, el('span', { class: 'code' }, t('wh.pallet', { sscc: pallet })),
        ' ', el('button', { type: 'button', class: 'print-label', onclick: event => printLabel(pallet, event.currentTarget,
          problem => { state.shipNote = refused(problem, 'wh.labelFailed'); drawShip(); }) }, t('wh.printLabel')))),
      shipped
        ? el('p', { id: 'shipped-by', class: 'done' }, t('wh.shippedBy', { by: view.shippedBy, at: shortTime(view.shippedAt) }))
        : el('button', { id: 'pack', type: 'button', class: 'big', disabled: d.sending || !somethingToPack(view), onclick: pack }, t('wh.packPicked')),
      shipped
        ? el('button', { id: 'desadv', type: 'button', class: 'big', onclick: event => despatchAdvice(view, event.currentTarget) }, t('wh.desadv'))
        : el('button', { id: 'ship', type: 'button', class: 'primary big', disabled: d.sending || !view.packages.length, onclick: ship },
          t('wh.ship')),
      el('button', { id: 'back-to-deliveries', type: 'button', class: 'big', onclick: backToDeliveries }, t('wh.backToDeliveries'))
    ].filter(Boolean));
  }

  /* ---------- the page ---------- */

  function drawAll() {
    drawAsns();
    drawReceive();
    drawPutaway();
    drawPick();
    drawCounts();
    drawShip();
    drawStock();
  }

  async function main() {
    const claims = await auth.enter();
    if (!claims) { return; }
    scans.receive = scanner.attach($('receive-scan'), lookUp);
    scans.putaway = scanner.attach($('putaway-unit'), suggest);
    scans.bin = scanner.attach($('putaway-bin'), confirmPutaway);
    scans.pickFrom = scanner.attach($('pick-from'), scanSource);
    scans.countBin = scanner.attach($('count-bin'), countBin);
    state.me = claims.preferred_username || '';
    const first = {
      'receive-view': () => scans.receive.focus(),
      'putaway-view': () => (state.putaway.suggestion ? scans.bin : scans.putaway).focus(),
      'pick-view': () => (state.pick ? scans.pickFrom.focus() : null),
      'count-view': () => (state.count ? focusCount() : scans.countBin.focus()),
      'ship-view': () => null,
      'stock-view': () => $('stock-item').focus()
    };
    const load = { 'receive-view': loadAsns, 'pick-view': loadWaves, 'count-view': loadCounts, 'ship-view': loadDeliveries };
    dom.tabs($('tabs'), panel => {
      first[panel]();
      if (load[panel]) { load[panel](); }
    });
    $('pick-task').addEventListener('submit', confirmPick);
    $('pick-quantity').addEventListener('input', event => {
      if (state.pick) { state.pick.quantity = event.target.value; }
      drawPickButton();
    });
    $('pick-back').addEventListener('click', backToWaves);
    $('count-sheet').addEventListener('submit', postCount);
    $('unit').addEventListener('submit', receive);
    $('unplanned').addEventListener('submit', receiveUnplanned);
    $('stock-form').addEventListener('submit', loadStock);
    i18n.onChange(drawAll);
    scans.receive.focus();
    await loadAsns();
  }

  main();
})();
