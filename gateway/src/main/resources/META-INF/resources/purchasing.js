/*
 * The buyer's page (purchasing.html): the to-do list first (suppliers' counter-proposals to accept or reject,
 * drafts to send), then purchase orders (filtered, paged, created by hand, sent, cancelled, with their lines,
 * commitments, the production orders they cover and their revisions), the supplier directory (contacts, item
 * terms), every supplier's ASNs, suppliers' webhook endpoints with their delivery logs and replay, and scorecards.
 * Only supply's staff API (/api/supply, services/supply/README.md) through the gateway.
 */
(function () {
  'use strict';

  const { auth, i18n, api, dom, problems, scorecard } = window.Forgeline;
  const { el, row } = dom;
  const t = i18n.t;
  const API = '/api/supply';
  const SIZE = 20;
  const STATUS_KIND = { DRAFT: 'grey', OPEN: 'info', COUNTER_PROPOSED: 'warn', CONFIRMED: 'good', SHIPPED: 'info', RECEIVED: 'grey', CANCELLED: 'grey' };
  const ASN_KIND = { OPEN: 'info', CANCELLED: 'grey', RECEIVED: 'good' };
  const DELIVERY_KIND = { PENDING: 'warn', DELIVERED: 'good', FAILED: 'bad', ACTIVE: 'good', DISABLED: 'bad' };
  const $ = id => document.getElementById(id);

  const state = {
    suppliers: [],
    proposals: [],        // orders with a line waiting for the buyer's decision
    drafts: [],
    orders: { items: [], total: 0, page: 0 },
    order: null,          // the order opened, with .revisions
    cancelling: false,    // the cancel button asked once: the reason field shows
    newOrder: null,       // {lines: [{itemCode, quantity, unit, requestedDate}]}
    items: [],            // item codes of the chosen supplier, offered while typing
    supplier: null,       // the supplier opened, with contacts and items
    asns: { items: [], total: 0, page: 0 },
    webhooks: [],
    endpoint: null,       // the endpoint whose log is open
    deliveries: [],
    scorecards: undefined // null while the service offers none yet
  };

  /* ---------- small pieces ---------- */

  function statusBadge(code, kinds, prefix) {
    return el('span', { class: 'badge ' + (kinds[code] || 'grey'), dataset: { status: code } }, i18n.code(prefix, code));
  }

  function quantity(amount, unit) {
    return i18n.number(amount) + (unit ? ' ' + unit : '');
  }

  function decimal(text) {
    const value = String(text || '').trim().replace(/\s/g, '');
    return /^\d+,\d+$/.test(value) ? value.replace(',', '.') : value;
  }

  function deliveryList(deliveries, unit) {
    if (!deliveries || !deliveries.length) { return '–'; }
    return el('ul', { class: 'deliveries' }, deliveries.map(d => el('li', null, quantity(d.quantity, unit) + ' · ' + i18n.day(d.date))));
  }

  function demandList(demands) {
    if (!demands || !demands.length) { return '–'; }
    return el('ul', { class: 'deliveries' }, demands.map(d => el('li', null,
      d.productionOrderNumber + ' · ' + i18n.number(d.quantity) + ' · ' + t('buyer.needed', { day: i18n.dateTime(d.needDate, { day: 'numeric', month: 'short', year: 'numeric' }) }))));
  }

  function supplierName(code) {
    const known = state.suppliers.find(s => s.code === code);
    return known ? code + ' · ' + known.name : code;
  }

  function lastDay(lines) {
    const days = lines.flatMap(l => l.deliveries.map(d => d.date)).sort();
    return days.length ? days[days.length - 1] : null;
  }

  function field(label, control, extra) {
    return el('label', { class: 'field' + (extra ? ' ' + extra : '') }, el('span', { class: 'label' }, label), control);
  }

  function orderLink(order) {
    return el('button', { type: 'button', class: 'link', onclick: event => { event.stopPropagation(); openOrder(order.id); } }, order.number);
  }

  /* ---------- the to-do list ---------- */

  async function loadTodo() {
    try {
      const [proposed, drafts] = await Promise.all([
        api.page(API + '/purchase-orders', { status: 'COUNTER_PROPOSED' }, 0, 200),
        api.page(API + '/purchase-orders', { status: 'DRAFT' }, 0, 200)
      ]);
      state.proposals = proposed.items;
      state.drafts = drafts.items;
    } catch (problem) {
      problems.show($('message'), problem, null, t('buyer.todoNotLoaded'));
    }
    renderTodo();
  }

  function renderTodo() {
    const waiting = state.proposals.flatMap(order => order.lines.filter(l => l.status === 'COUNTER_PROPOSED').map(line => ({ order, line })));
    document.querySelector('#proposals tbody').replaceChildren(...waiting.map(({ order, line }) => row([
      el('td', { class: 'nowrap' }, orderLink(order)),
      supplierName(order.supplierCode),
      el('td', { class: 'number' }, i18n.number(line.lineNumber)),
      el('td', null, el('strong', null, line.itemCode), line.itemDescription ? el('div', { class: 'small-text' }, line.itemDescription) : null),
      el('td', { class: 'nowrap' }, quantity(line.quantity, line.unit) + ' · ' + i18n.day(line.requestedDate)),
      el('td', null, deliveryList(line.proposal, line.unit)),
      el('td', null, demandList(line.demands)),
      el('td', { class: 'actions' }, decisionButtons(order, line))
    ], { dataset: { order: order.number, line: line.lineNumber } })));
    $('proposals-empty').hidden = waiting.length > 0;
    document.querySelector('#drafts tbody').replaceChildren(...state.drafts.map(order => row([
      el('td', { class: 'nowrap' }, orderLink(order)),
      supplierName(order.supplierCode),
      order.lines.map(l => l.itemCode + ' · ' + quantity(l.quantity, l.unit)).join('; '),
      el('td', { class: 'nowrap' }, i18n.dateTime(order.createdAt)),
      el('td', { class: 'actions' }, el('button', { type: 'button', class: 'small primary send', onclick: () => send(order) }, t('buyer.send')))
    ], { dataset: { order: order.number } })));
    $('drafts-empty').hidden = state.drafts.length > 0;
    const count = waiting.length + state.drafts.length;
    $('todo-count').textContent = count ? i18n.number(count) : '';
  }

  function decisionButtons(order, line) {
    return [
      el('button', { type: 'button', class: 'small primary accept', onclick: () => decide(order, line, 'accept') }, t('buyer.accept')),
      el('button', { type: 'button', class: 'small danger reject', onclick: () => decide(order, line, 'reject') }, t('buyer.reject'))
    ];
  }

  async function decide(order, line, decision) {
    const box = state.order && state.order.id === order.id ? $('order-message') : $('message');
    try {
      const changed = await api.post(API + '/purchase-orders/' + order.id + '/lines/' + line.lineNumber + '/proposal/' + decision);
      problems.message(box, t(decision === 'accept' ? 'buyer.accepted' : 'buyer.rejected', {
        order: changed.number, line: line.lineNumber, status: i18n.code('po.status.', changed.status)
      }), true);
      if (state.order && state.order.id === order.id) { await openOrder(order.id, true); }
    } catch (problem) {
      problems.show(box, problem, null, t('buyer.decisionRefused', { order: order.number, line: line.lineNumber }));
    }
    loadTodo();
  }

  async function send(order) {
    const box = state.order && state.order.id === order.id ? $('order-message') : $('message');
    try {
      await api.post(API + '/purchase-orders/' + order.id + '/send');
      problems.message(box, t('buyer.sent', { order: order.number }), true);
      if (state.order && state.order.id === order.id) { await openOrder(order.id, true); }
    } catch (problem) {
      problems.show(box, problem, null, t('buyer.notSent', { order: order.number }));
    }
    loadTodo();
  }

  /* ---------- purchase orders ---------- */

  async function loadOrders(page) {
    const newest = api.latest('orders');
    try {
      const orders = await api.page(API + '/purchase-orders', { supplierCode: $('orders-supplier').value, status: $('orders-status').value }, page, SIZE);
      if (!newest()) { return; }
      state.orders = orders;
    } catch (problem) {
      problems.show($('message'), problem, null, t('buyer.ordersNotLoaded'));
    }
    renderOrders();
  }

  function renderOrders() {
    const { items, page, total } = state.orders;
    document.querySelector('#orders tbody').replaceChildren(...items.map(order => row([
      el('td', { class: 'nowrap' }, orderLink(order)),
      supplierName(order.supplierCode),
      el('td', null, statusBadge(order.status, STATUS_KIND, 'po.status.')),
      el('td', null, order.lines.map(l => l.itemCode + ' · ' + quantity(l.quantity, l.unit)).join('; ')),
      el('td', { class: 'nowrap' }, i18n.day(lastDay(order.lines))),
      el('td', { class: 'number' }, i18n.number(order.revision)),
      order.createdBy || '–',
      el('td', { class: 'nowrap' }, i18n.dateTime(order.changedAt))
    ], {
      class: 'clickable' + (state.order && state.order.id === order.id ? ' chosen' : ''),
      dataset: { order: order.number, id: order.id, status: order.status }, onclick: () => openOrder(order.id)
    })));
    $('orders-empty').hidden = items.length > 0;
    dom.pager($('orders-pager'), page, SIZE, total, loadOrders);
  }

  /** Opens an order below the list (on the orders tab); keep says the message above it stays. */
  async function openOrder(id, keep) {
    try {
      const [order, revisions] = await Promise.all([api.get(API + '/purchase-orders/' + id), api.get(API + '/purchase-orders/' + id + '/revisions')]);
      order.revisions = revisions;
      state.order = order;
      state.cancelling = false;
    } catch (problem) {
      problems.show($('message'), problem, null, t('buyer.orderNotLoaded'));
      return;
    }
    if (!keep) { problems.message($('order-message'), null); }
    if ($('orders-view').hidden) { tabs.select('orders-view'); }
    const listed = state.orders.items.findIndex(o => o.id === id);
    if (listed >= 0) { state.orders.items[listed] = state.order; }
    renderOrders();
    renderOrder();
    $('order').hidden = false;
    if (!keep) { $('order').scrollIntoView({ block: 'start' }); }
  }

  function renderOrder() {
    const order = state.order;
    if (!order) { return; }
    $('order').dataset.id = order.id;
    $('order').dataset.status = order.status;
    $('order-heading').textContent = t('buyer.orderHeading', { number: order.number });
    $('order-status').replaceChildren(statusBadge(order.status, STATUS_KIND, 'po.status.'));
    const facts = [
      ['common.supplier', supplierName(order.supplierCode)],
      ['common.plant', order.deliveryPlant],
      ['common.createdBy', (order.createdBy || '–') + ', ' + i18n.dateTime(order.createdAt)],
      ['common.sent', i18n.dateTime(order.sentAt)],
      ['common.changed', i18n.dateTime(order.changedAt)],
      ['common.revision', i18n.number(order.revision)],
      ['common.promised', i18n.day(lastDay(order.lines))],
      ['buyer.confirmations', i18n.number(order.confirmations)]
    ];
    if (order.cancelledAt) { facts.push(['buyer.cancelledAt', i18n.dateTime(order.cancelledAt)]); }
    if (order.demandCancelledAt) { facts.push(['buyer.demandCancelled', i18n.dateTime(order.demandCancelledAt)]); }
    $('order-facts').replaceChildren(...facts.map(([key, value]) => el('div', null, el('dt', null, t(key)), el('dd', null, value))));
    $('order-actions').replaceChildren(...orderActions(order));
    document.querySelector('#lines tbody').replaceChildren(...order.lines.map(line => row([
      el('td', { class: 'number' }, i18n.number(line.lineNumber)),
      el('td', null, el('strong', null, line.itemCode), line.itemDescription ? el('div', { class: 'small-text' }, line.itemDescription) : null,
        line.supplierItemNumber ? el('div', { class: 'small-text' }, t('buyer.theirNumber', { number: line.supplierItemNumber })) : null),
      el('td', { class: 'number' }, quantity(line.quantity, line.unit)),
      el('td', { class: 'nowrap' }, i18n.day(line.requestedDate)),
      el('td', null, statusBadge(line.status, STATUS_KIND, 'line.status.')),
      el('td', null, deliveryList(line.deliveries, line.unit)),
      el('td', null, line.proposal.length ? [deliveryList(line.proposal, line.unit), el('div', { class: 'actions' }, decisionButtons(order, line))] : '–'),
      el('td', null, demandList(line.demands))
    ], { dataset: { line: line.lineNumber, status: line.status } })));
    const revisions = order.revisions || [];
    document.querySelector('#revisions tbody').replaceChildren(...revisions.map(r => row([
      el('td', { class: 'number' }, i18n.number(r.revision)),
      el('td', null, statusBadge(r.status, STATUS_KIND, 'po.status.')),
      r.change ? problems.say(r.change) : '–',
      el('td', { class: 'nowrap' }, i18n.dateTime(r.changedAt)),
      r.changedBy || '–'
    ])));
    $('revisions-empty').hidden = revisions.length > 0;
  }

  function orderActions(order) {
    const actions = [];
    if (order.status === 'DRAFT') {
      actions.push(el('button', { type: 'button', class: 'primary send', onclick: () => send(order) }, t('buyer.send')));
    }
    if (!['SHIPPED', 'RECEIVED', 'CANCELLED'].includes(order.status)) {
      if (state.cancelling) {
        const reason = el('input', { id: 'cancel-reason', size: 28, placeholder: t('buyer.reasonPlaceholder'), 'aria-label': t('buyer.reason') });
        actions.push(reason,
          el('button', { type: 'button', class: 'danger confirm-cancel', onclick: () => cancel(order, reason.value) }, t('buyer.confirmCancel')),
          el('button', { type: 'button', onclick: () => { state.cancelling = false; renderOrder(); } }, t('buyer.keepOrder')));
      } else {
        actions.push(el('button', { type: 'button', class: 'danger cancel', onclick: () => { state.cancelling = true; renderOrder(); } }, t('buyer.cancelOrder')));
      }
    }
    return actions;
  }

  async function cancel(order, reason) {
    try {
      await api.post(API + '/purchase-orders/' + order.id + '/cancel', reason.trim() ? { reason: reason.trim() } : undefined);
      problems.message($('order-message'), t('buyer.cancelled', { order: order.number }), true);
      await openOrder(order.id, true);
    } catch (problem) {
      problems.show($('order-message'), problem, null, t('buyer.notCancelled', { order: order.number }));
    }
    loadTodo();
  }

  /* ---------- a new purchase order by hand ---------- */

  function emptyOrderLine() {
    const inAMonth = new Date(Date.now() + 30 * 86400000).toISOString().slice(0, 10);
    return { itemCode: '', quantity: '', unit: '', requestedDate: inAMonth };
  }

  function openNewOrder() {
    state.newOrder = { lines: [emptyOrderLine()] };
    dom.options($('new-supplier'), [['', t('buyer.chooseSupplier')]].concat(state.suppliers.map(s => [s.code, s.code + ' · ' + s.name])));
    $('new-supplier').value = $('orders-supplier').value;
    $('send-now').checked = true;
    problems.clear($('order-form-message'), $('order-form'));
    loadItems();
    renderNewOrder();
    $('order-editor').hidden = false;
    $('order-editor').scrollIntoView({ block: 'start' });
    $('new-supplier').focus();
  }

  /** The chosen supplier's items, offered in the item fields. */
  async function loadItems() {
    const code = $('new-supplier').value;
    state.items = [];
    if (code) {
      try {
        state.items = ((await api.get(API + '/suppliers/' + encodeURIComponent(code))).items || []).map(i => i.itemCode);
      } catch (ignored) {
        // any item code may still be typed
      }
    }
    renderNewOrder();
  }

  function renderNewOrder() {
    const form = state.newOrder;
    if (!form) { return; }
    const items = el('datalist', { id: 'supplier-items' }, state.items.map(code => el('option', { value: code })));
    $('new-lines').replaceChildren(items, ...form.lines.map((line, i) => {
      const at = 'lines[' + i + ']';
      const input = (key, attributes) => el('input', Object.assign({
        value: line[key], oninput: event => { line[key] = event.target.value; }, dataset: { fields: at + '.' + key }
      }, attributes));
      return el('fieldset', { class: 'order-line', dataset: { fields: at } },
        el('legend', null, t('buyer.lineN', { n: i + 1 })),
        el('div', { class: 'fields' },
          field(t('common.item'), input('itemCode', { class: 'item', list: 'supplier-items', size: 18, autocomplete: 'off' })),
          field(t('common.quantity'), input('quantity', { class: 'quantity', inputmode: 'decimal', size: 8 })),
          field(t('buyer.unitOptional'), input('unit', { class: 'unit', size: 5 })),
          field(t('common.requested'), input('requestedDate', { class: 'requested', type: 'date' })),
          form.lines.length > 1 ? el('button', {
            type: 'button', class: 'small danger', onclick: () => { form.lines.splice(i, 1); renderNewOrder(); }
          }, t('buyer.removeLine')) : null));
    }));
  }

  async function createOrder(event) {
    event.preventDefault();
    const body = {
      supplierCode: $('new-supplier').value,
      lines: state.newOrder.lines.map(l => ({
        itemCode: l.itemCode.trim(), quantity: decimal(l.quantity) || null, unit: l.unit.trim() || undefined, requestedDate: l.requestedDate || null
      })),
      send: $('send-now').checked
    };
    try {
      const order = await api.post(API + '/purchase-orders', body);
      state.newOrder = null;
      $('order-editor').hidden = true;
      problems.message($('message'), t(order.status === 'DRAFT' ? 'buyer.createdDraft' : 'buyer.createdSent', { order: order.number }), true);
      await loadOrders(0);
      loadTodo();
      await openOrder(order.id, true);
    } catch (problem) {
      problems.show($('order-form-message'), problem, $('order-form'), t('buyer.notCreated'));
    }
  }

  /* ---------- suppliers ---------- */

  async function loadSuppliers() {
    try {
      state.suppliers = await api.get(API + '/suppliers');
    } catch (problem) {
      problems.show($('message'), problem, null, t('buyer.suppliersNotLoaded'));
    }
    renderSuppliers();
  }

  function renderSuppliers() {
    document.querySelector('#suppliers tbody').replaceChildren(...state.suppliers.map(s => row([
      el('td', null, el('button', { type: 'button', class: 'link', onclick: event => { event.stopPropagation(); openSupplier(s.code); } }, s.code)),
      s.name,
      s.country,
      s.approvalRequired ? t('common.yes') : t('common.no'),
      el('td', { class: 'code' }, s.clientId || '–')
    ], {
      class: 'clickable' + (state.supplier && state.supplier.code === s.code ? ' chosen' : ''),
      dataset: { supplier: s.code }, onclick: () => openSupplier(s.code)
    })));
    const all = [['', t('common.all')]].concat(state.suppliers.map(s => [s.code, s.code + ' · ' + s.name]));
    ['orders-supplier', 'asns-supplier', 'webhooks-supplier'].forEach(id => dom.options($(id), all));
  }

  async function openSupplier(code) {
    try {
      state.supplier = await api.get(API + '/suppliers/' + encodeURIComponent(code));
    } catch (problem) {
      problems.show($('message'), problem, null, t('buyer.supplierNotLoaded'));
      return;
    }
    renderSuppliers();
    renderSupplier();
    $('supplier').hidden = false;
    $('supplier').scrollIntoView({ block: 'start' });
  }

  function renderSupplier() {
    const s = state.supplier;
    if (!s) { return; }
    $('supplier').dataset.supplier = s.code;
    $('supplier-heading').textContent = s.code + ' · ' + s.name + ' (' + s.country + ')';
    const contacts = s.contacts || [];
    document.querySelector('#contacts tbody').replaceChildren(...contacts.map(c => row([
      c.name, c.role || '–',
      c.email ? el('a', { href: 'mailto:' + c.email }, c.email) : '–',
      c.phone ? el('a', { href: 'tel:' + c.phone.replace(/\s/g, '') }, c.phone) : '–'
    ])));
    $('contacts-empty').hidden = contacts.length > 0;
    const items = s.items || [];
    document.querySelector('#terms tbody').replaceChildren(...items.map(i => row([
      el('strong', null, i.itemCode),
      el('td', { class: 'code' }, i.supplierItemNumber || '–'),
      el('td', { class: 'number' }, t('buyer.days', { days: i18n.number(i.leadTimeDays) })),
      el('td', { class: 'number' }, i18n.number(i.minimumOrderQuantity)),
      el('td', { class: 'number' }, i18n.number(i.orderMultiple)),
      el('td', { class: 'number' }, i.overDeliveryTolerance === null || i.overDeliveryTolerance === undefined ? '–'
        : i18n.number(i.overDeliveryTolerance / 100, { style: 'percent', maximumFractionDigits: 2 }))
    ], { dataset: { item: i.itemCode } })));
    $('terms-empty').hidden = items.length > 0;
  }

  /* ---------- shipping notices ---------- */

  async function loadAsns(page) {
    const newest = api.latest('asns');
    try {
      const asns = await api.page(API + '/asns', { supplierCode: $('asns-supplier').value, status: $('asns-status').value }, page, SIZE);
      if (!newest()) { return; }
      state.asns = asns;
    } catch (problem) {
      problems.show($('message'), problem, null, t('buyer.asnsNotLoaded'));
    }
    renderAsns();
  }

  function renderAsns() {
    const { items, page, total } = state.asns;
    document.querySelector('#asns tbody').replaceChildren(...items.map(asn => row([
      el('td', { class: 'nowrap' }, el('strong', null, asn.asnNumber)),
      supplierName(asn.supplierCode),
      el('td', null, statusBadge(asn.status, ASN_KIND, 'asn.status.')),
      el('td', { class: 'nowrap' }, i18n.day(asn.shipDate)),
      el('td', { class: 'nowrap' }, i18n.dateTime(asn.expectedArrival)),
      asn.carrier || '–',
      el('td', null, el('ul', { class: 'units' }, asn.handlingUnits.map(unit => el('li', null,
        el('span', { class: 'code' }, unit.sscc), ': ',
        unit.lines.map((l, i) => el('span', { class: 'nowrap' }, (i ? '; ' : '') + l.purchaseOrderNumber + '/' + l.lineNumber + ' · ' + l.itemCode
          + ' · ' + quantity(l.quantity, l.unit) + (l.lot ? ' · ' + t('asn.lotShort', { lot: l.lot }) : ''))))))),
      el('td', { class: 'number' }, i18n.number(asn.revision))
    ], { dataset: { asn: asn.asnNumber, status: asn.status } })));
    $('asns-empty').hidden = items.length > 0;
    dom.pager($('asns-pager'), page, SIZE, total, loadAsns);
  }

  /* ---------- webhooks ---------- */

  async function loadWebhooks() {
    const newest = api.latest('webhooks');
    try {
      const code = $('webhooks-supplier').value;
      const webhooks = await api.get(API + '/webhooks' + (code ? '?supplierCode=' + encodeURIComponent(code) : ''));
      if (!newest()) { return; }
      state.webhooks = webhooks;
    } catch (problem) {
      problems.show($('message'), problem, null, t('buyer.webhooksNotLoaded'));
    }
    renderWebhooks();
  }

  function renderWebhooks() {
    document.querySelector('#webhooks tbody').replaceChildren(...state.webhooks.map(w => row([
      supplierName(w.supplierCode),
      el('td', { class: 'code url' }, w.url),
      el('td', null, el('ul', { class: 'deliveries' }, w.events.map(e => el('li', null, i18n.code('event.', e))))),
      el('td', null, statusBadge(w.status, DELIVERY_KIND, 'webhook.status.'), w.disabledReason ? el('div', { class: 'small-text' }, w.disabledReason) : null),
      el('td', { class: 'nowrap' }, i18n.dateTime(w.failingSince)),
      el('td', { class: 'nowrap' }, i18n.dateTime(w.createdAt)),
      el('td', { class: 'actions' }, el('button', { type: 'button', class: 'small log', onclick: () => openLog(w) }, t('buyer.deliveryLog')))
    ], { class: state.endpoint && state.endpoint.id === w.id ? 'chosen' : null, dataset: { id: w.id, supplier: w.supplierCode } })));
    $('webhooks-empty').hidden = state.webhooks.length > 0;
  }

  async function openLog(endpoint) {
    state.endpoint = endpoint;
    await loadDeliveries();
    renderWebhooks();
    $('deliveries-panel').hidden = false;
    $('deliveries-panel').scrollIntoView({ block: 'start' });
  }

  async function loadDeliveries() {
    try {
      state.deliveries = await api.get(API + '/webhooks/' + state.endpoint.id + '/deliveries?limit=50');
    } catch (problem) {
      problems.show($('message'), problem, null, t('buyer.logNotLoaded'));
    }
    renderDeliveries();
  }

  function renderDeliveries() {
    const endpoint = state.endpoint;
    if (!endpoint) { return; }
    $('deliveries-heading').textContent = t('buyer.logHeading', { url: endpoint.url });
    document.querySelector('#deliveries tbody').replaceChildren(...state.deliveries.map(d => row([
      el('td', { class: 'nowrap' }, i18n.dateTime(d.createdAt)),
      el('td', null, i18n.code('event.', d.eventType), el('div', { class: 'small-text code' }, d.messageId)),
      el('td', null, statusBadge(d.status, DELIVERY_KIND, 'delivery.status.')),
      el('td', null, d.log.length ? el('ol', { class: 'attempts' }, d.log.map(a => el('li', null,
        i18n.dateTime(a.at, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', second: '2-digit' }), ' · ',
        el('strong', null, a.statusCode === null || a.statusCode === undefined ? t('buyer.noAnswer') : String(a.statusCode)), ' · ',
        t('buyer.latency', { ms: i18n.number(a.latencyMs) }),
        a.error ? el('div', { class: 'small-text' }, a.error) : null))) : t('buyer.notTriedYet')),
      el('td', { class: 'nowrap' }, i18n.dateTime(d.nextAttemptAt)),
      el('td', { class: 'actions' }, el('button', { type: 'button', class: 'small replay', onclick: () => replay(d) },
        t(d.status === 'PENDING' ? 'buyer.tryNow' : 'buyer.replay')))
    ], { dataset: { id: d.id, status: d.status, attempts: d.attempts } })));
    $('deliveries-empty').hidden = state.deliveries.length > 0;
  }

  async function replay(delivery) {
    try {
      await api.post(API + '/webhooks/deliveries/' + delivery.id + '/replay');
      problems.message($('message'), t('buyer.replayed', { event: i18n.code('event.', delivery.eventType) }), true);
    } catch (problem) {
      problems.show($('message'), problem, null, t('buyer.notReplayed'));
    }
    loadDeliveries();
  }

  /* ---------- scorecards ---------- */

  async function loadScorecards() {
    try {
      state.scorecards = ((await api.get(API + '/scorecards')) || {}).suppliers || [];
    } catch (problem) {
      state.scorecards = null;
      problems.show($('message'), problem, null, t('score.notLoaded'));
    }
    renderScorecards();
  }

  function renderScorecards() {
    const box = $('scorecards');
    if (state.scorecards === undefined) { return; }
    if (state.scorecards === null) {
      box.replaceChildren(el('p', { class: 'empty', id: 'scorecards-missing' }, t('score.notLoaded')));
      return;
    }
    box.replaceChildren(...state.scorecards.map(s => el('section', { class: 'supplier-scorecard', dataset: { supplier: s.supplierCode } },
      el('h3', null, s.supplierCode + ' · ' + (s.supplierName || '')), el('div', { class: 'card' }))));
    state.scorecards.forEach((s, i) => scorecard.render(box.children[i].querySelector('.card'), s.months));
    if (!state.scorecards.length) { box.replaceChildren(el('p', { class: 'empty' }, t('score.noMonths'))); }
  }

  /* ---------- the page ---------- */

  let tabs = null;

  function statusFilters() {
    dom.options($('orders-status'), [['', t('common.all')]].concat(
      ['DRAFT', 'OPEN', 'COUNTER_PROPOSED', 'CONFIRMED', 'SHIPPED', 'RECEIVED', 'CANCELLED'].map(s => [s, i18n.code('po.status.', s)])));
    dom.options($('asns-status'), [['', t('common.all')]].concat(['OPEN', 'RECEIVED', 'CANCELLED'].map(s => [s, i18n.code('asn.status.', s)])));
  }

  function redraw() {
    statusFilters();
    renderSuppliers();
    renderTodo();
    renderOrders();
    renderOrder();
    renderNewOrder();
    renderSupplier();
    renderAsns();
    renderWebhooks();
    renderDeliveries();
    renderScorecards();
  }

  async function main() {
    const claims = await auth.enter();
    if (!claims) { return; }
    statusFilters();
    const roles = (claims.realm_access && claims.realm_access.roles) || [];
    if (!roles.includes('buyer') && !roles.includes('admin')) {
      problems.message($('message'), t('buyer.lookOnly'));
    }
    tabs = dom.tabs($('tabs'), panel => {
      problems.message($('message'), null);
      ({
        'todo-view': loadTodo,
        'orders-view': () => loadOrders(state.orders.page),
        'suppliers-view': loadSuppliers,
        'asns-view': () => loadAsns(state.asns.page),
        'webhooks-view': loadWebhooks,
        'scorecards-view': loadScorecards
      })[panel]();
    });
    $('orders-supplier').addEventListener('change', () => loadOrders(0));
    $('orders-status').addEventListener('change', () => loadOrders(0));
    $('asns-supplier').addEventListener('change', () => loadAsns(0));
    $('asns-status').addEventListener('change', () => loadAsns(0));
    $('webhooks-supplier').addEventListener('change', loadWebhooks);
    $('new-order').addEventListener('click', openNewOrder);
    $('new-supplier').addEventListener('change', loadItems);
    $('add-order-line').addEventListener('click', () => { state.newOrder.lines.push(emptyOrderLine()); renderNewOrder(); });
    $('discard-order').addEventListener('click', () => { state.newOrder = null; $('order-editor').hidden = true; });
    $('order-form').addEventListener('submit', createOrder);
    $('order-close').addEventListener('click', () => { state.order = null; $('order').hidden = true; renderOrders(); });
    $('supplier-close').addEventListener('click', () => { state.supplier = null; $('supplier').hidden = true; renderSuppliers(); });
    $('deliveries-refresh').addEventListener('click', loadDeliveries);
    $('deliveries-close').addEventListener('click', () => { state.endpoint = null; $('deliveries-panel').hidden = true; renderWebhooks(); });
    i18n.onChange(redraw);
    await loadSuppliers();
    await loadTodo();
  }

  main();
})();
