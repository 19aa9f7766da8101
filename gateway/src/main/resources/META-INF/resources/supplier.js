/*
 * The supplier portal (supplier.html), for the people of a supplier without an IT department of their own: the
 * purchase orders sent to them (new and changed ones marked), answering them (every line as ordered, or line by
 * line: accept, or another quantity or day, or several deliveries), announcing shipments (ASNs: handling units with
 * their SSCCs and the order lines they carry; replacing or withdrawing an open one; its SSCC labels as a PDF), and
 * their scorecard. Only the partner API (/partner/v1, api-contracts' partner-api.yaml) through the gateway.
 */
(function () {
  'use strict';

  const { auth, i18n, api, dom, problems, scorecard } = window.Forgeline;
  const { el, row, badge } = dom;
  const t = i18n.t;
  const API = '/partner/v1';
  const SIZE = 20;
  const ANSWERABLE = ['OPEN', 'COUNTER_PROPOSED', 'CONFIRMED'];
  const STATUS_KIND = { DRAFT: 'grey', OPEN: 'warn', COUNTER_PROPOSED: 'violet', CONFIRMED: 'good', SHIPPED: 'info', RECEIVED: 'grey', CANCELLED: 'grey' };
  const ASN_KIND = { OPEN: 'info', CANCELLED: 'grey', RECEIVED: 'good' };
  const $ = id => document.getElementById(id);

  const state = {
    claims: null,
    orders: { items: [], total: 0, page: 0 },
    order: null,          // the order opened below the list
    answers: {},          // lineNumber → {mode: 'none' | 'accept' | 'propose', deliveries: [{quantity, date}]}
    asns: { items: [], total: 0, page: 0 },
    withdrawing: null,    // the id of the ASN whose withdrawal waits for a second click
    orderLines: [],       // lines of the supplier's orders an ASN may name: {key, order, line}
    form: null,           // the ASN being written: {replacing, units: [{sscc, lines: [{key, lot, expiryDate, quantity}]}]}
    score: undefined,     // the scorecard's months; null when it could not be loaded
    endpoints: [],        // the supplier's webhook endpoints we switched off
    revisions: []         // the open order's revisions, oldest first
  };

  /* ---------- small pieces ---------- */

  function statusBadge(code, kinds, prefix) {
    return el('span', { class: 'badge ' + (kinds[code] || 'grey'), dataset: { status: code } }, i18n.code(prefix, code));
  }

  function quantity(amount, unit) {
    return i18n.number(amount) + (unit ? ' ' + unit : '');
  }

  /** What people type for a decimal: "1,5" as well as "1.5", spaces around. */
  function decimal(text) {
    const value = String(text || '').trim().replace(/\s/g, '');
    return /^\d+,\d+$/.test(value) ? value.replace(',', '.') : value;
  }

  /** An SSCC as scanned or typed: "(00) 3 4012345 000000001 7" and "00340123450000000017" are the 18 digits. */
  function sscc(text) {
    const digits = String(text || '').replace(/[\s()]/g, '');
    return /^00\d{18}$/.test(digits) ? digits.slice(2) : digits;
  }

  function field(label, control, hint, extra) {
    return el('label', { class: 'field' + (extra ? ' ' + extra : '') }, el('span', { class: 'label' }, label), control,
      hint ? el('span', { class: 'hint' }, hint) : null);
  }

  /** An input whose value lives in target[key]. */
  function bound(attributes, target, key) {
    return el('input', Object.assign({ value: target[key] || '', oninput: event => { target[key] = event.target.value; } }, attributes));
  }

  function deliveryList(deliveries, unit) {
    return el('ul', { class: 'deliveries' }, deliveries.map(d => el('li', null, quantity(d.quantity, unit) + ' · ' + i18n.day(d.date))));
  }

  /* ---------- new and changed orders: what this browser has seen of them ---------- */

  function seenKey() {
    return 'forgeline.supplier.seen.' + (state.claims.sub || state.claims.preferred_username);
  }

  function seen() {
    try { return JSON.parse(localStorage.getItem(seenKey()) || '{}'); } catch (unreadable) { return {}; }
  }

  function markSeen(order) {
    const all = seen();
    all[order.id] = order.changedAt;
    try { localStorage.setItem(seenKey(), JSON.stringify(all)); } catch (full) { /* marks come back next time */ }
  }

  /** 'new' for an order never opened here, 'changed' when it changed since, else null. */
  function freshness(order) {
    const at = seen()[order.id];
    if (!at) { return 'new'; }
    return Date.parse(order.changedAt) > Date.parse(at) ? 'changed' : null;
  }

  /* ---------- purchase orders ---------- */

  async function loadOrders(page) {
    const newest = api.latest('orders');
    try {
      const orders = await api.page(API + '/purchase-orders', { status: $('orders-status').value }, page, SIZE);
      if (!newest()) { return; }
      state.orders = orders;
    } catch (problem) {
      problems.show($('message'), problem, null, t('supplier.ordersNotLoaded'));
    }
    renderOrders();
    loadWaiting();
  }

  /** How many orders wait for an answer, on the tab. */
  async function loadWaiting() {
    try {
      const waiting = await api.page(API + '/purchase-orders', { status: 'OPEN' }, 0, 1);
      $('orders-count').textContent = waiting.total ? i18n.number(waiting.total) : '';
      $('orders-count').title = t('supplier.waitingCount', { count: waiting.total });
    } catch (ignored) {
      // the list itself says what went wrong
    }
  }

  function lastDay(lines, pick) {
    const days = lines.flatMap(pick).filter(Boolean).sort();
    return days.length ? days[days.length - 1] : null;
  }

  function renderOrders() {
    const { items, page, total } = state.orders;
    document.querySelector('#orders tbody').replaceChildren(...items.map(order => {
      const fresh = freshness(order);
      const live = order.lines.filter(l => l.status !== 'CANCELLED');
      const first = live.map(l => l.requestedDate).sort()[0];
      const open = () => openOrder(order.id);
      return row([
        el('td', { class: 'nowrap' }, el('button', { type: 'button', class: 'link', onclick: event => { event.stopPropagation(); open(); } }, order.number),
          fresh ? ' ' : null, fresh ? badge(t('supplier.' + fresh), fresh) : null),
        el('td', null, statusBadge(order.status, STATUS_KIND, 'supplier.po.')),
        el('td', { class: 'number' }, i18n.number(order.lines.length)),
        el('td', { class: 'nowrap' }, i18n.day(first)),
        el('td', { class: 'nowrap' }, i18n.day(lastDay(live, l => l.deliveries.map(d => d.date)))),
        el('td', { class: 'number' }, i18n.number(order.revision)),
        el('td', { class: 'nowrap' }, i18n.dateTime(order.sentAt)),
        el('td', { class: 'nowrap' }, i18n.dateTime(order.changedAt))
      ], {
        class: 'clickable' + (fresh ? ' fresh' : '') + (state.order && state.order.id === order.id ? ' chosen' : ''),
        dataset: { order: order.number, id: order.id, status: order.status, fresh: fresh || '' },
        onclick: open
      });
    }));
    $('orders-empty').hidden = items.length > 0;
    dom.pager($('orders-pager'), page, SIZE, total, loadOrders);
  }

  async function openOrder(id) {
    problems.message($('order-message'), null);
    try {
      showOrder(await api.get(API + '/purchase-orders/' + id));
    } catch (problem) {
      problems.show($('message'), problem, null, t('supplier.orderNotLoaded'));
    }
  }

  /** Every revision of the open order: what changed, when, newest first. */
  async function loadRevisions(order) {
    try {
      state.revisions = await api.get(API + '/purchase-orders/' + order.id + '/revisions');
    } catch (problem) {
      state.revisions = [];
    }
    renderRevisions();
  }

  function renderRevisions() {
    $('revisions').replaceChildren(...state.revisions.slice().reverse().map(r => el('li', { dataset: { revision: r.revision } },
      el('strong', null, t('supplier.revisionAt', { revision: r.revision, at: i18n.dateTime(r.changedAt) })), ' ',
      r.change || t('supplier.revisionSent'))));
  }

  function showOrder(order) {
    state.order = order;
    state.answers = {};
    order.lines.forEach(line => {
      state.answers[line.lineNumber] = {
        mode: 'none', shown: line.status === 'OPEN', deliveries: [{ quantity: line.quantity, date: line.requestedDate }]
      };
    });
    markSeen(order);
    loadRevisions(order);
    const listed = state.orders.items.findIndex(o => o.id === order.id);
    if (listed >= 0) { state.orders.items[listed] = order; }
    renderOrders();
    renderOrder();
    $('order').hidden = false;
    $('order').scrollIntoView({ block: 'start' });
  }

  function answerable(order, line) {
    return ANSWERABLE.includes(order.status) && line.status !== 'CANCELLED';
  }

  function renderOrder() {
    const order = state.order;
    if (!order) { return; }
    $('order-heading').textContent = t('supplier.orderHeading', { number: order.number });
    $('order-status').replaceChildren(statusBadge(order.status, STATUS_KIND, 'supplier.po.'));
    $('order').dataset.id = order.id;
    $('order').dataset.status = order.status;
    const facts = [
      ['common.plant', order.deliveryPlant],
      ['common.sent', i18n.dateTime(order.sentAt)],
      ['common.changed', i18n.dateTime(order.changedAt)],
      ['common.revision', order.revision > 1 ? t('supplier.revisionChanged', { revision: order.revision }) : t('supplier.revisionFirst')],
      ['common.promised', i18n.day(lastDay(order.lines, l => l.deliveries.map(d => d.date)))]
    ];
    $('order-facts').replaceChildren(...facts.map(([key, value]) => el('div', null, el('dt', null, t(key)), el('dd', null, value))));
    const editing = order.lines.some(line => answerable(order, line) && state.answers[line.lineNumber].shown);
    $('accept-all').hidden = !order.lines.some(line => answerable(order, line) && line.status !== 'CONFIRMED');
    $('answer-actions').hidden = !editing;
    $('order-hint').hidden = !editing;
    document.querySelector('#lines tbody').replaceChildren(...order.lines.flatMap(line => [
      lineRow(line),
      answerable(order, line) && state.answers[line.lineNumber].shown ? answerRow(line) : null
    ].filter(Boolean)));
  }

  function lineRow(line) {
    const committed = [];
    if (line.deliveries.length) { committed.push(deliveryList(line.deliveries, line.unit)); }
    if (line.proposal.length) {
      committed.push(el('div', { class: 'small-text proposal' }, t('supplier.yourProposal')), deliveryList(line.proposal, line.unit));
    }
    return row([
      el('td', { class: 'number' }, i18n.number(line.lineNumber)),
      el('td', null, el('strong', null, line.itemCode), line.itemDescription ? el('div', { class: 'small-text' }, line.itemDescription) : null),
      el('td', { class: 'code' }, line.gtin || '–'),
      el('td', { class: 'code' }, line.supplierItemNumber || '–'),
      el('td', { class: 'number' }, quantity(line.quantity, line.unit)),
      el('td', { class: 'nowrap' }, i18n.day(line.requestedDate)),
      el('td', null, line.deliveryPlant),
      el('td', null, statusBadge(line.status, STATUS_KIND, 'supplier.line.'),
        answerable(state.order, line) && !state.answers[line.lineNumber].shown ? el('div', null, el('button', {
          type: 'button', class: 'link change-answer', onclick: () => { state.answers[line.lineNumber].shown = true; renderOrder(); }
        }, t('supplier.changeAnswer'))) : null),
      el('td', null, committed.length ? committed : '–')
    ], { class: 'line', dataset: { line: line.lineNumber, status: line.status } });
  }

  /** The answer to one line: leave it, accept it as ordered, or deliveries of other quantities or days. */
  function answerRow(line) {
    const answer = state.answers[line.lineNumber];
    const name = 'answer-' + line.lineNumber;
    const choice = (mode, label) => el('label', { class: 'choice' },
      el('input', {
        type: 'radio', name, value: mode, checked: answer.mode === mode,
        onchange: () => { answer.mode = mode; rerenderAnswer(line); }
      }), ' ', label);
    const box = el('fieldset', { class: 'answer', dataset: { line: line.lineNumber } },
      el('legend', null, t('supplier.answerFor', { line: line.lineNumber })),
      el('div', { class: 'choices' },
        choice('none', t(line.status === 'OPEN' ? 'supplier.noAnswerYet' : 'supplier.leaveAsIs')),
        choice('accept', t('supplier.acceptLine', { quantity: quantity(line.quantity, line.unit), day: i18n.day(line.requestedDate) })),
        choice('propose', t('supplier.proposeLine'))),
      answer.mode === 'propose' ? proposal(line, answer) : null);
    return el('tr', { class: 'answer-row', dataset: { line: line.lineNumber } }, el('td', { colspan: 9 }, box));
  }

  function rerenderAnswer(line) {
    const old = document.querySelector('#lines tr.answer-row[data-line="' + line.lineNumber + '"]');
    if (old) { old.replaceWith(answerRow(line)); }
  }

  function proposal(line, answer) {
    const total = el('span', { class: 'total' });
    const recount = () => {
      const sum = answer.deliveries.reduce((s, d) => s + (Number(decimal(d.quantity)) || 0), 0);
      total.textContent = t('supplier.total', { sum: quantity(sum, line.unit), ordered: quantity(line.quantity, line.unit) });
      total.classList.toggle('differs', sum !== Number(line.quantity));
    };
    const rows = answer.deliveries.map((delivery, j) => el('div', { class: 'fields delivery', dataset: { delivery: j } },
      field(t('supplier.deliveryQuantity', { n: j + 1 }), el('input', {
        class: 'quantity', inputmode: 'decimal', size: 8, value: delivery.quantity,
        oninput: event => { delivery.quantity = event.target.value; recount(); }
      }), null),
      el('span', { class: 'unit' }, line.unit),
      field(t('supplier.deliveryDay'), el('input', {
        class: 'day', type: 'date', value: delivery.date, oninput: event => { delivery.date = event.target.value; }
      })),
      answer.deliveries.length > 1 ? el('button', {
        type: 'button', class: 'small danger remove-delivery',
        onclick: () => { answer.deliveries.splice(j, 1); rerenderAnswer(line); }
      }, t('supplier.removeDelivery')) : null));
    recount();
    return el('div', { class: 'proposal-editor' }, rows,
      el('div', { class: 'form-actions' },
        el('button', {
          type: 'button', class: 'small add-delivery',
          onclick: () => { answer.deliveries.push({ quantity: '', date: line.requestedDate }); rerenderAnswer(line); }
        }, t('supplier.addDelivery')),
        total));
  }

  /** The answers given, as the partner API takes them; each answer's inputs learn the field names refusals use. */
  function answersBody() {
    const lines = [];
    state.order.lines.forEach(line => {
      const answer = state.answers[line.lineNumber];
      if (!answer || answer.mode === 'none' || !answerable(state.order, line)) { return; }
      const at = 'lines[' + lines.length + ']';
      const box = document.querySelector('#lines fieldset.answer[data-line="' + line.lineNumber + '"]');
      box.dataset.fields = at + ' ' + at + '.lineNumber ' + at + '.deliveries';
      if (answer.mode === 'accept') {
        lines.push({ lineNumber: line.lineNumber, accept: true });
        return;
      }
      box.querySelectorAll('.delivery').forEach((div, j) => {
        div.querySelector('input.quantity').dataset.fields = at + '.deliveries[' + j + '].quantity';
        div.querySelector('input.day').dataset.fields = at + '.deliveries[' + j + '].date';
      });
      lines.push({ lineNumber: line.lineNumber, deliveries: answer.deliveries.map(d => ({ quantity: decimal(d.quantity), date: d.date || null })) });
    });
    return lines;
  }

  async function sendAnswer(body) {
    const box = $('order-message');
    try {
      const order = await api.post(API + '/purchase-orders/' + state.order.id + '/confirmation', body);
      showOrder(order);
      problems.message(box, t(order.status === 'COUNTER_PROPOSED' ? 'supplier.proposalSent'
        : order.status === 'CONFIRMED' ? 'supplier.confirmed' : 'supplier.answersSaved'), true);
      loadWaiting();
    } catch (problem) {
      problems.show(box, problem, $('answers'), t('supplier.answersRefused'));
    }
  }

  function sendAnswers(event) {
    event.preventDefault();
    const lines = answersBody();
    if (!lines.length) {
      problems.message($('order-message'), t('supplier.nothingChosen'));
      return;
    }
    sendAnswer({ lines });
  }

  /* ---------- shipping notices ---------- */

  async function loadAsns(page) {
    const newest = api.latest('asns');
    try {
      const asns = await api.page(API + '/asns', { status: $('asns-status').value }, page, SIZE);
      if (!newest()) { return; }
      state.asns = asns;
    } catch (problem) {
      problems.show($('message'), problem, null, t('supplier.asnsNotLoaded'));
    }
    renderAsns();
  }

  function renderAsns() {
    const { items, page, total } = state.asns;
    document.querySelector('#asns tbody').replaceChildren(...items.map(asn => row([
      el('td', { class: 'nowrap' }, el('strong', null, asn.asnNumber)),
      el('td', null, statusBadge(asn.status, ASN_KIND, 'asn.status.')),
      el('td', { class: 'nowrap' }, i18n.day(asn.shipDate)),
      el('td', { class: 'nowrap' }, i18n.dateTime(asn.expectedArrival)),
      el('td', null, asn.carrier || '–'),
      el('td', null, el('ul', { class: 'units' }, asn.handlingUnits.map(unit => el('li', null,
        el('span', { class: 'code' }, unit.sscc), ': ',
        unit.lines.map((l, i) => el('span', { class: 'nowrap' }, (i ? '; ' : '') + l.purchaseOrderNumber + '/' + l.lineNumber + ' · ' + l.itemCode
          + ' · ' + quantity(l.quantity, l.unit) + (l.lot ? ' · ' + t('asn.lotShort', { lot: l.lot }) : ''))))))),
      el('td', { class: 'number' }, i18n.number(asn.revision)),
      el('td', { class: 'actions' }, el('div', { class: 'stack' }, asnActions(asn)))
    ], { dataset: { asn: asn.asnNumber, id: asn.id, status: asn.status } })));
    $('asns-empty').hidden = items.length > 0;
    dom.pager($('asns-pager'), page, SIZE, total, loadAsns);
  }

  function asnActions(asn) {
    if (state.withdrawing === asn.id) {
      return [
        el('span', null, t('asn.reallyWithdraw', { number: asn.asnNumber }), ' '),
        el('button', { type: 'button', class: 'small danger confirm-withdraw', onclick: () => withdraw(asn) }, t('asn.yesWithdraw')),
        el('button', { type: 'button', class: 'small', onclick: () => { state.withdrawing = null; renderAsns(); } }, t('asn.keep'))
      ];
    }
    const open = asn.status === 'OPEN';
    return [
      el('button', { type: 'button', class: 'small print-labels', onclick: event => printLabels(asn, event.currentTarget) }, t('asn.printLabels')),
      open ? el('button', { type: 'button', class: 'small change', onclick: () => editAsn(asn) }, t('asn.change')) : null,
      open ? el('button', { type: 'button', class: 'small danger withdraw', onclick: () => { state.withdrawing = asn.id; renderAsns(); } },
        t('asn.withdraw')) : null
    ];
  }

  async function withdraw(asn) {
    state.withdrawing = null;
    try {
      await api.post(API + '/asns/' + asn.id + '/cancel');
      problems.message($('message'), t('asn.withdrawn', { number: asn.asnNumber }), true);
    } catch (problem) {
      problems.show($('message'), problem, null, t('asn.notWithdrawn', { number: asn.asnNumber }));
    }
    loadAsns(state.asns.page);
  }

  /**
   * The SSCC labels of an ASN as a PDF (one per handling unit), fetched with the bearer token and opened in a new
   * tab. The tab is opened at the click itself, as browsers allow, and given the PDF once it has arrived.
   */
  async function printLabels(asn, button) {
    const tab = window.open('', '_blank');
    button.disabled = true;
    try {
      const pdf = await api.blob(API + '/asns/' + asn.id + '/labels', 'application/pdf');
      const url = URL.createObjectURL(pdf);
      if (tab) {
        tab.location.href = url;
      } else {
        const link = el('a', { href: url, download: asn.asnNumber + '-sscc-labels.pdf' });
        document.body.append(link);
        link.click();
        link.remove();
      }
      setTimeout(() => URL.revokeObjectURL(url), 120000);
      problems.message($('message'), null);
    } catch (problem) {
      if (tab) { tab.close(); }
      problems.show($('message'), problem, null, t('asn.labelsFailed'));
    } finally {
      button.disabled = false;
    }
  }

  /** The lines of the supplier's orders an ASN can name: orders not cancelled or received, lines not cancelled. */
  async function loadOrderLines() {
    const orders = (await api.page(API + '/purchase-orders', {}, 0, 200)).items;
    state.orderLines = orders.filter(o => !['CANCELLED', 'RECEIVED'].includes(o.status)).flatMap(order => order.lines
      .filter(line => line.status !== 'CANCELLED')
      .map(line => ({ key: order.id + '|' + line.lineNumber, order, line })));
  }

  function today() {
    const now = new Date();
    return new Date(now.getTime() - now.getTimezoneOffset() * 60000).toISOString().slice(0, 10);
  }

  function emptyLine() {
    return { key: '', lot: '', expiryDate: '', quantity: '' };
  }

  async function newAsn() {
    await openEditor({ replacing: null, units: [{ sscc: '', lines: [emptyLine()] }] }, {
      number: '', shipDate: today(), arrival: '', carrier: ''
    });
  }

  function editAsn(asn) {
    const local = new Date(Date.parse(asn.expectedArrival) - new Date(asn.expectedArrival).getTimezoneOffset() * 60000).toISOString().slice(0, 16);
    openEditor({
      replacing: asn,
      units: asn.handlingUnits.map(unit => ({
        sscc: unit.sscc,
        lines: unit.lines.map(l => ({ key: l.purchaseOrderId + '|' + l.lineNumber, lot: l.lot || '', expiryDate: l.expiryDate || '', quantity: l.quantity }))
      }))
    }, { number: asn.asnNumber, shipDate: asn.shipDate, arrival: local, carrier: asn.carrier || '' });
  }

  async function openEditor(form, head) {
    try {
      await loadOrderLines();
    } catch (problem) {
      problems.show($('message'), problem, null, t('supplier.ordersNotLoaded'));
      return;
    }
    state.form = form;
    $('asn-number').value = head.number;
    $('asn-ship-date').value = head.shipDate;
    $('asn-arrival').value = head.arrival;
    $('asn-carrier').value = head.carrier;
    problems.clear($('asn-message'), $('asn-form'));
    renderEditor();
    $('asn-editor').hidden = false;
    $('asn-editor').scrollIntoView({ block: 'start' });
    $('asn-number').focus();
  }

  function renderEditor() {
    const form = state.form;
    if (!form) { return; }
    $('asn-form-heading').textContent = form.replacing
      ? t('asn.changeHeading', { number: form.replacing.asnNumber, revision: form.replacing.revision + 1 }) : t('asn.newHeading');
    $('asn-submit').textContent = t(form.replacing ? 'asn.submitChange' : 'asn.submit');
    $('units').replaceChildren(...form.units.map((unit, u) => unitFieldset(unit, u)));
  }

  function unitFieldset(unit, u) {
    const at = '/handlingUnits/' + u;
    return el('fieldset', { class: 'unit', dataset: { unit: u, fields: at + ' ' + at + '/lines' } },
      el('legend', null, t('asn.unit', { n: u + 1 })),
      el('div', { class: 'fields' },
        field(t('asn.sscc'), bound({ class: 'code-input sscc', inputmode: 'numeric', maxlength: 30, autocomplete: 'off', dataset: { fields: at + '/sscc' } },
          unit, 'sscc'), t('asn.ssccHint'))),
      unit.lines.map((line, l) => lineFields(unit, line, at + '/lines/' + l, l)),
      el('div', { class: 'form-actions' },
        el('button', { type: 'button', class: 'small add-line', onclick: () => { unit.lines.push(emptyLine()); renderEditor(); } }, t('asn.addLine')),
        state.form.units.length > 1 ? el('button', {
          type: 'button', class: 'small danger remove-unit push', onclick: () => { state.form.units.splice(u, 1); renderEditor(); }
        }, t('asn.removeUnit')) : null));
  }

  function lineFields(unit, line, at, l) {
    const unitOf = key => {
      const chosen = state.orderLines.find(o => o.key === key);
      return chosen ? ' (' + chosen.line.unit + ')' : '';
    };
    const unitLabel = el('span', { class: 'unit-label' }, unitOf(line.key));
    const select = el('select', {
      class: 'order-line', dataset: { fields: [at, at + '/purchaseOrderId', at + '/lineNumber', at + '/itemCode', at + '/gtin'].join(' ') },
      onchange: event => { line.key = event.target.value; unitLabel.textContent = unitOf(line.key); }
    }, el('option', { value: '' }, t('asn.chooseLine')), orderLineOptions());
    select.value = line.key;
    return el('div', { class: 'fields asn-line', dataset: { line: l } },
      field(t('asn.orderLine'), select, null, 'wide'),
      field(t('asn.lot'), bound({ class: 'lot', size: 12, maxlength: 20, dataset: { fields: at + '/lot' } }, line, 'lot')),
      field(t('asn.expiry'), bound({ class: 'expiry', type: 'date', dataset: { fields: at + '/expiryDate' } }, line, 'expiryDate')),
      field([t('common.quantity'), unitLabel],
        bound({ class: 'quantity', inputmode: 'decimal', size: 8, dataset: { fields: at + '/quantity' } }, line, 'quantity')),
      unit.lines.length > 1 ? el('button', {
        type: 'button', class: 'small danger remove-line', onclick: () => { unit.lines.splice(l, 1); renderEditor(); }
      }, t('asn.removeLine')) : null);
  }

  function orderLineOptions() {
    const byOrder = new Map();
    state.orderLines.forEach(o => {
      if (!byOrder.has(o.order.id)) { byOrder.set(o.order.id, []); }
      byOrder.get(o.order.id).push(o);
    });
    return Array.from(byOrder.values()).map(lines => el('optgroup', { label: lines[0].order.number },
      lines.map(({ key, order, line }) => el('option', { value: key }, t('asn.lineOption', {
        order: order.number, line: line.lineNumber, item: line.itemCode, quantity: quantity(line.quantity, line.unit), day: i18n.day(line.requestedDate)
      })))));
  }

  function asnBody() {
    const arrival = $('asn-arrival').value;
    return {
      asnNumber: $('asn-number').value.trim(),
      shipDate: $('asn-ship-date').value,
      expectedArrival: arrival ? new Date(arrival).toISOString() : '',
      carrier: $('asn-carrier').value.trim() || undefined,
      handlingUnits: state.form.units.map(unit => ({
        sscc: sscc(unit.sscc),
        lines: unit.lines.map(line => {
          const chosen = state.orderLines.find(o => o.key === line.key);
          return {
            purchaseOrderId: chosen ? chosen.order.id : '',
            lineNumber: chosen ? chosen.line.lineNumber : undefined,
            itemCode: chosen ? chosen.line.itemCode : undefined,
            lot: line.lot.trim() || undefined,
            expiryDate: line.expiryDate || undefined,
            quantity: decimal(line.quantity)
          };
        })
      }))
    };
  }

  async function submitAsn(event) {
    event.preventDefault();
    const form = state.form;
    const box = $('asn-message');
    const button = $('asn-submit');
    button.disabled = true;
    try {
      const asn = form.replacing
        ? await api.put(API + '/asns/' + form.replacing.id, asnBody())
        : await api.post(API + '/asns', asnBody());
      closeEditor();
      problems.message($('message'), t(form.replacing ? 'asn.replaced' : 'asn.accepted', { number: asn.asnNumber, revision: asn.revision }), true);
      $('asns-status').value = '';
      await loadAsns(0);
    } catch (problem) {
      problems.show(box, problem, $('asn-form'), t(form.replacing ? 'asn.notReplaced' : 'asn.notAccepted'));
    } finally {
      button.disabled = false;
    }
  }

  function closeEditor() {
    state.form = null;
    $('asn-editor').hidden = true;
    problems.clear($('asn-message'), $('asn-form'));
  }

  /** A scanner ends its SSCC with Enter: that moves on to the next field instead of sending a half-written notice. */
  function enterMovesOn(event) {
    if (event.key !== 'Enter' || event.target.tagName !== 'INPUT') { return; }
    event.preventDefault();
    const inputs = Array.from($('asn-form').querySelectorAll('input, select, button')).filter(e => !e.disabled && e.offsetParent);
    const next = inputs[inputs.indexOf(event.target) + 1];
    if (next) { next.focus(); }
  }

  /* ---------- switched-off webhook endpoints ---------- */

  /**
   * An endpoint that failed for days was switched off: the supplier's system no longer hears of changes to its
   * orders. Say so on top of every tab, with why and since when, and let the supplier switch it back on.
   */
  async function loadWebhookNotices() {
    try {
      state.endpoints = ((await api.get(API + '/webhooks')) || []).filter(e => e.status === 'DISABLED');
    } catch (problem) {
      state.endpoints = []; // the notices are a courtesy: the page works without them
    }
    renderWebhookNotices();
  }

  function renderWebhookNotices() {
    $('webhook-notices').replaceChildren(...(state.endpoints || []).map(endpoint => el('div',
      { class: 'message error webhook-notice', role: 'alert', dataset: { id: endpoint.id } },
      el('strong', null, t('webhook.disabledTitle')), ' ',
      t('webhook.disabled', { url: endpoint.url, since: i18n.dateTime(endpoint.disabledAt), reason: endpoint.disabledReason || '' }), ' ',
      el('button', { type: 'button', class: 'small enable-webhook', onclick: () => enableWebhook(endpoint) }, t('webhook.enable')))));
  }

  async function enableWebhook(endpoint) {
    try {
      await api.post(API + '/webhooks/' + endpoint.id + '/enable');
      problems.message($('message'), t('webhook.enabled', { url: endpoint.url }), true);
    } catch (problem) {
      problems.show($('message'), problem, null, t('webhook.notEnabled'));
    }
    loadWebhookNotices();
  }

  /* ---------- scorecard ---------- */

  async function loadScorecard() {
    try {
      const card = await api.get(API + '/scorecard');
      state.score = (card && card.months) || [];
    } catch (problem) {
      state.score = null;
      problems.show($('message'), problem, null, t('score.notLoaded'));
    }
    renderScorecard();
  }

  function renderScorecard() {
    const box = $('scorecard');
    if (state.score === undefined) { return; }
    if (state.score === null) {
      box.replaceChildren(el('p', { class: 'empty', id: 'scorecard-missing' }, t('score.notLoaded')));
      return;
    }
    scorecard.render(box, state.score);
  }

  /* ---------- the page ---------- */

  function statusFilters() {
    dom.options($('orders-status'), [['', t('supplier.allOrders')]].concat(
      ['OPEN', 'COUNTER_PROPOSED', 'CONFIRMED', 'SHIPPED', 'RECEIVED', 'CANCELLED'].map(s => [s, t('supplier.filter.' + s)])));
    dom.options($('asns-status'), [['', t('common.all')]].concat(['OPEN', 'RECEIVED', 'CANCELLED'].map(s => [s, i18n.code('asn.status.', s)])));
  }

  function redraw() {
    statusFilters();
    renderWebhookNotices();
    renderOrders();
    renderOrder();
    renderRevisions();
    renderAsns();
    renderEditor();
    renderScorecard();
    loadWaiting();
  }

  async function main() {
    state.claims = await auth.enter();
    if (!state.claims) { return; }
    $('supplier-code').textContent = state.claims.supplier_id ? '· ' + state.claims.supplier_id : '';
    statusFilters();
    if (!state.claims.supplier_id) {
      problems.message($('message'), t('supplier.notASupplier'));
      return;
    }
    const loaded = { 'orders-view': true };
    dom.tabs($('tabs'), panel => {
      problems.message($('message'), null);
      if (panel === 'asns-view') { loadAsns(loaded[panel] ? state.asns.page : 0); }
      if (panel === 'scorecard-view' && !loaded[panel]) { loadScorecard(); }
      loaded[panel] = true;
    });
    $('orders-status').addEventListener('change', () => loadOrders(0));
    $('asns-status').addEventListener('change', () => loadAsns(0));
    $('order-close').addEventListener('click', () => { state.order = null; $('order').hidden = true; renderOrders(); });
    $('accept-all').addEventListener('click', () => sendAnswer({ acceptAll: true }));
    $('answers').addEventListener('submit', sendAnswers);
    $('new-asn').addEventListener('click', newAsn);
    $('add-unit').addEventListener('click', () => { state.form.units.push({ sscc: '', lines: [emptyLine()] }); renderEditor(); });
    $('asn-discard').addEventListener('click', closeEditor);
    $('asn-form').addEventListener('submit', submitAsn);
    $('asn-form').addEventListener('keydown', enterMovesOn);
    i18n.onChange(redraw);
    loadWebhookNotices();
    await loadOrders(0);
  }

  main();
})();
