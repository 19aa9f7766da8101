/*
 * The shop-floor terminal at "/": set up once per device (which terminal it is), then operators sign in by badge
 * and PIN (terminal-session.js), see their work center's dispatch list, and start, pause, resume, report and
 * complete operations and consume material by scanning it. Every action goes through the offline queue
 * (terminal-queue.js), so it is sent once, in order, also after a network outage. Big targets for gloves; the
 * keyboard-wedge scanner's scans land in whatever the screen waits for (badge or material, scanner.js).
 */
(function () {
  'use strict';

  const { el, badge, options } = window.Forgeline.dom;
  const api = window.Forgeline.api;
  const i18n = window.Forgeline.i18n;
  const problems = window.Forgeline.problems;
  const session = window.Forgeline.terminalSession;
  const queue = window.Forgeline.queue;
  const scanner = window.Forgeline.scanner;
  const t = (key, values) => i18n.t(key, values);
  const byId = id => document.getElementById(id);

  const OPERATIONS = '/api/execution/operations/';
  const STATUS_KIND = { QUEUED: 'grey', RUNNING: 'good', PAUSED: 'warn', DONE: 'info', CANCELLED: 'grey' };

  let jobs = [];
  let chosen = null;      // {orderId, sequence}
  let operation = null;   // the chosen job's OperationView
  let reasons = { PAUSE: [], SCRAP: [], REWORK: [] };
  let quantitiesMode = 'report';
  let badgeScan = null;
  let materialScan = null;

  function show(screen) {
    ['setup', 'sign-in', 'work'].forEach(id => { byId(id).hidden = id !== screen; });
  }

  function jobPath(suffix) {
    return OPERATIONS + chosen.orderId + '/' + chosen.sequence + (suffix || '');
  }

  // ---- setting up and signing in ----

  function setUp() {
    show('setup');
    byId('setup-code').value = session.terminalCode() || '';
    byId('setup-code').focus();
  }

  function askBadge(message, info) {
    show('sign-in');
    byId('user').textContent = '';
    byId('sign-out').hidden = true;
    byId('terminal-code').textContent = session.terminalCode();
    byId('badge').value = '';
    byId('pin').value = '';
    problems.message(byId('sign-in-message'), message || '', info);
    badgeScan.focus();
  }

  async function signIn() {
    const badgeNumber = byId('badge').value.trim();
    const pin = byId('pin').value;
    if (!badgeNumber) { badgeScan.focus(); return; }
    if (!pin) { byId('pin').focus(); return; }
    byId('sign-in-button').disabled = true;
    try {
      await session.signIn(badgeNumber, pin);
      enterWork();
    } catch (refusal) {
      byId('pin').value = '';
      problems.show(byId('sign-in-message'), new api.Problem(refusal.status, refusal.body), byId('sign-in-form'), t('tm.signInRefused'));
      if (refusal.status === 404) {
        byId('sign-in-message').append(' ', el('button', { type: 'button', class: 'link', onclick: setUp }, t('tm.setupTitle')));
      }
    } finally {
      byId('sign-in-button').disabled = false;
    }
  }

  function enterWork() {
    const current = session.current();
    byId('user').textContent = current.operator.name || current.operator.username;
    byId('sign-out').hidden = false;
    showPlace();
    show('work');
    loadReasons();
    loadJobs();
    showQueue();
    materialScan.focus();
  }

  /** The header says where the terminal stands once someone works at it, else what the page is. */
  function showPlace() {
    const current = session.current();
    const place = current && current.terminal;
    byId('place').textContent = place
      ? t('tm.place', { terminal: place.name || place.code, workCenter: place.workCenterCode }) + (place.machineCode ? ' · ' + place.machineCode : '')
      : t('tm.pageName');
  }

  // ---- the dispatch list ----

  const STAGING_KIND = { STAGED: 'good', PARTLY_STAGED: 'warn', NOT_STAGED: 'bad', UNKNOWN: 'grey' };

  async function loadJobs() {
    const place = session.current() && session.current().terminal;
    if (!place) { return; }
    const fresh = api.latest('jobs');
    try {
      const list = await api.get('/api/execution/work-centers/' + encodeURIComponent(place.workCenterCode) + '/jobs');
      if (!fresh()) { return; }
      jobs = list.jobs;
      drawJobs();
      if (!chosen && jobs.length) { choose(jobs.find(j => j.status === 'RUNNING' || j.status === 'PAUSED') || jobs[0]); }
    } catch (problem) {
      if (problem.status !== 0) { problems.show(byId('job-message'), problem, null, t('tm.jobsFailed')); }
    }
  }

  function drawJobs() {
    byId('jobs-empty').hidden = jobs.length > 0;
    byId('jobs').replaceChildren(...jobs.map((entry, index) => {
      const late = entry.late;
      const selected = chosen && chosen.orderId === entry.orderId && chosen.sequence === entry.operationSequence;
      return el('li', { class: 'job' + (selected ? ' chosen' : '') + (late ? ' late' : '') },
        el('button', {
          type: 'button', class: 'job-button', dataset: { order: entry.orderNumber, sequence: entry.operationSequence },
          'aria-pressed': selected ? 'true' : 'false', onclick: () => choose(entry)
        },
        el('span', { class: 'job-line' },
          el('strong', null, entry.orderNumber + ' · ' + entry.operationSequence),
          index === 0 ? badge(t('tm.next'), 'info') : null,
          late ? badge(t('tm.late'), 'late') : null,
          badge(i18n.code('tm.status.', entry.status), STATUS_KIND[entry.status])),
        el('span', { class: 'job-line' },
          entry.staging === 'NOTHING_TO_STAGE' ? null : badge(i18n.code('tm.staging.', entry.staging), STAGING_KIND[entry.staging]),
          entry.holds.length ? badge(t('tm.onHold', { holds: entry.holds.map(h => h.number).join(', ') }), 'bad') : null,
          alertsOf(entry).length ? badge(t('tm.spcBadge', { characteristics: [...new Set(alertsOf(entry).map(a => a.characteristic))].join(', ') }), 'bad') : null),
        el('span', { class: 'job-line' }, entry.itemCode + ' — ' + (entry.description || '')),
        el('span', { class: 'job-line caption' },
          i18n.number(Number(entry.quantity)) + ' ' + entry.unit
          + (entry.plannedStart ? ' · ' + t('tm.planned', { when: i18n.dateTime(entry.plannedStart) }) : '')
          + (entry.dueDate ? ' · ' + t('tm.due', { when: i18n.dateTime(entry.dueDate) }) : ''))));
    }));
    // at a busy work center the job in hand may be far down the list
    const shown = byId('jobs').querySelector('.job.chosen');
    if (shown) { shown.scrollIntoView({ block: 'nearest' }); }
  }

  function alertsOf(entry) {
    return (entry && entry.spcAlerts) || [];
  }

  function entryInHand() {
    return jobs.find(j => chosen && j.orderId === chosen.orderId && j.operationSequence === chosen.sequence);
  }

  function choose(entry) {
    chosen = { orderId: entry.orderId, sequence: entry.operationSequence };
    drawJobs();
    loadJob();
  }

  // ---- the job in hand ----

  async function loadJob() {
    if (!chosen) { return; }
    const fresh = api.latest('job');
    try {
      const [view, consumptions] = await Promise.all([api.get(jobPath()), api.get(jobPath('/consumptions'))]);
      if (!fresh()) { return; }
      operation = view;
      drawJob(consumptions);
    } catch (problem) {
      if (problem.status !== 0) { problems.show(byId('job-message'), problem, null, t('tm.jobFailed')); }
    }
  }

  /** Time per operator: finished periods plus the one running now, as "li.na 12.5 min". */
  function labour(periods) {
    if (!periods || !periods.length) { return null; }
    return periods.map(p => {
      const running = p.workingSince ? (Date.now() - Date.parse(p.workingSince)) / 60000 : 0;
      const minutes = Number(p.minutes || 0) + Math.max(0, running);
      return t('tm.minutes', { operator: p.operator, minutes: i18n.number(Math.round(minutes * 10) / 10) });
    }).join(' · ');
  }

  function fact(label, value) {
    return value === null || value === undefined || value === '' ? [] : [el('dt', null, label), el('dd', null, value)];
  }

  function drawJob(consumptions) {
    byId('no-job').hidden = true;
    byId('job-detail').hidden = false;
    const op = operation;
    byId('job-title').textContent = op.orderNumber + ' · ' + t('tm.operation', { sequence: op.operationSequence }) + ' — ' + (op.description || '');
    const status = byId('job-status');
    status.textContent = i18n.code('tm.status.', op.status);
    status.className = 'badge ' + (STATUS_KIND[op.status] || '');
    const quantity = value => (value === null || value === undefined ? null : i18n.number(Number(value)) + ' ' + op.unit);
    byId('job-facts').replaceChildren(
      ...fact(t('tm.item'), op.itemCode),
      ...fact(t('tm.quantity'), quantity(op.quantity)),
      ...fact(t('tm.machine'), op.machineCode),
      ...fact(t('tm.good'), quantity(op.goodQuantity)),
      ...fact(t('tm.scrap'), op.scrapQuantity && Number(op.scrapQuantity) > 0 ? quantity(op.scrapQuantity) : null),
      ...fact(t('tm.started'), op.startedAt ? i18n.dateTime(op.startedAt) + ' · ' + op.startedBy : null),
      ...fact(t('tm.pauseReason'), op.pauseReasonCode ? reasonName('PAUSE', op.pauseReasonCode) : null),
      ...fact(t('tm.outputLot'), op.outputLot),
      ...fact(t('tm.labour'), labour(op.labour)));
    const s = op.status;
    byId('start').hidden = s !== 'QUEUED';
    byId('resume').hidden = s !== 'PAUSED';
    byId('pause').hidden = s !== 'RUNNING';
    byId('report').hidden = !(s === 'RUNNING' || s === 'PAUSED');
    byId('complete').hidden = s !== 'RUNNING';
    byId('pause-form').hidden = true;
    byId('quantities-form').hidden = true;
    drawAlerts(entryInHand());
    drawNeeds();
    drawOutput(op);
    drawInstructions(op);
    byId('consumptions').querySelector('tbody').replaceChildren(...consumptions.map(c => el('tr', null,
      el('td', null, c.itemCode), el('td', null, c.lot), el('td', { class: 'number' }, i18n.number(Number(c.quantity)) + ' ' + c.unit),
      el('td', null, i18n.dateTime(c.consumedAt)),
      el('td', null, c.unstaged ? badge(t('tm.unstaged'), 'warn') : null))));
  }

  /** What the job consumes, how much of it is staged, and the holds on it: from the job list's entry. */
  function drawNeeds() {
    const entry = entryInHand();
    const box = byId('needs');
    if (!entry || !entry.components.length) { box.replaceChildren(); return; }
    const amount = value => (value === null || value === undefined ? '–' : i18n.number(Number(value)));
    box.replaceChildren(
      ...entry.holds.map(h => el('p', { class: 'message error' }, t('tm.holdOn', { number: h.number, item: h.itemCode,
        lot: h.lot || t('tm.allLots'), reason: h.reason }))),
      el('table', { class: 'compact', id: 'needs-table' },
        el('thead', null, el('tr', null, el('th', { scope: 'col' }, t('tm.item')), el('th', { scope: 'col', class: 'number' }, t('tm.needed')),
          el('th', { scope: 'col', class: 'number' }, t('tm.consumedSoFar')), el('th', { scope: 'col', class: 'number' }, t('tm.stagedHere')))),
        el('tbody', null, entry.components.map(c => el('tr', null, el('td', null, c.itemCode),
          el('td', { class: 'number' }, amount(c.needed) + ' ' + c.unit), el('td', { class: 'number' }, amount(c.consumed)),
          el('td', { class: 'number' }, Number(c.consumed || 0) >= Number(c.needed) ? '–' : amount(c.staged)))))));
  }

  /** SPC alerts on the job's item from the last hours: the operator checks the process before going on. */
  function drawAlerts(entry) {
    const zh = i18n.language() === 'zh-CN';
    byId('job-alerts').replaceChildren(...alertsOf(entry).map(a => el('p', { class: 'message error spc-alert' }, t('tm.spcAlert', {
      characteristic: a.characteristic, rule: zh || !a.ruleText ? t('tm.spcRule', { rule: a.rule }) : a.ruleText,
      value: a.value, when: i18n.dateTime(a.raisedAt)
    }))));
  }

  /** Once the order's last operation produced its lot: the serial numbers (serialised items) and its labels. */
  function drawOutput(op) {
    const serials = op.serials || [];
    byId('output').hidden = !op.outputLot;
    byId('serials').textContent = serials.length ? t('tm.serials', { serials: serials.map(s => s.serial).join(', ') }) : '';
  }

  /** Warehouse's labels as a PDF in a tab of its own, to print there; the tab opens while the tap still counts. */
  async function printLabels() {
    const tab = window.open('', '_blank');
    try {
      const pdf = await api.blob('/api/warehouse/production-labels?orderNumber=' + encodeURIComponent(operation.orderNumber) + '&format=pdf',
        'application/pdf');
      const url = URL.createObjectURL(pdf);
      if (tab) {
        tab.location.href = url;
      } else {
        // no tab allowed here: the file downloads instead, and the terminal stays where it is
        el('a', { href: url, download: 'labels-' + operation.orderNumber + '.pdf' }).click();
      }
      setTimeout(() => URL.revokeObjectURL(url), 60000);
    } catch (problem) {
      if (tab) { tab.close(); }
      problems.show(byId('job-message'), problem, null, t('tm.labelsFailed'));
    }
  }

  // ---- work instructions and data collection ----

  function localized(text, textZh) {
    return i18n.language() === 'zh-CN' && textZh ? textZh : text;
  }

  /** Images come through the gateway with the operator's token, which an <img src> cannot carry: fetched, then shown. */
  const images = new Map();
  async function showImage(img) {
    const name = img.dataset.image;
    try {
      if (!images.has(name)) {
        images.set(name, URL.createObjectURL(await api.blob('/api/execution/work-instruction-images/' + encodeURIComponent(name))));
      }
      img.src = images.get(name);
    } catch (problem) {
      img.replaceWith(el('span', { class: 'caption' }, name));
    }
  }

  function limitsText(f) {
    const unit = f.unit || '';
    if (f.lowerLimit && f.upperLimit) { return t('tm.limits', { lower: f.lowerLimit, upper: f.upperLimit, unit }); }
    if (f.lowerLimit) { return t('tm.atLeast', { lower: f.lowerLimit, unit }); }
    if (f.upperLimit) { return t('tm.atMost', { upper: f.upperLimit, unit }); }
    return unit;
  }

  function lastText(f, c) {
    const value = f.kind === 'CHECKBOX' ? t(c.checked ? 'tm.checked' : 'tm.unchecked') : c.value + (f.unit ? ' ' + f.unit : '');
    return t('tm.lastValue', { value, when: i18n.dateTime(c.recordedAt), by: c.recordedBy })
      + (c.withinLimits === false ? ' · ' + t('tm.outOfLimits') : '');
  }

  function dataField(f, last) {
    const label = localized(f.label, f.labelZh) + (f.required ? ' *' : '');
    const known = last ? el('span', { class: 'last' + (last.withinLimits === false ? ' out' : '') }, lastText(f, last)) : null;
    if (f.kind === 'CHECKBOX') {
      return el('div', { class: 'field' },
        el('label', { class: 'check' }, el('input', { type: 'checkbox', id: 'data-' + f.code, checked: !!(last && last.checked),
          dataset: { field: f.code, kind: f.kind, recorded: String(!!(last && last.checked)) }, 'data-fields': '/data/' + f.code }), label), known);
    }
    return el('label', { class: 'field' }, el('span', { class: 'label' }, label),
      el('span', { class: 'limits' }, limitsText(f)),
      el('input', { id: 'data-' + f.code, class: 'big', inputmode: 'decimal', autocomplete: 'off', dataset: { field: f.code, kind: f.kind },
        'data-fields': '/data/' + f.code }),
      known);
  }

  function drawInstructions(op) {
    const instructions = op.instructions;
    byId('instructions').hidden = !instructions;
    if (!instructions) { return; }
    byId('steps').replaceChildren(...(instructions.steps || []).map(step => el('li', { class: 'step' },
      el('p', null, localized(step.text, step.textZh)),
      step.image ? el('img', { class: 'step-image', alt: localized(step.text, step.textZh), dataset: { image: step.image } }) : null)));
    byId('steps').querySelectorAll('img[data-image]').forEach(showImage);
    const fields = instructions.fields || [];
    const latest = new Map((op.collected || []).map(c => [c.field, c]));
    byId('data-form').hidden = fields.length === 0;
    byId('data-fields').replaceChildren(...fields.map(f => dataField(f, latest.get(f.code))));
    // values are recorded on an operation under way (running or paused); before and after, the fields only show
    const open = op.status === 'RUNNING' || op.status === 'PAUSED';
    byId('data-fields').querySelectorAll('input').forEach(input => { input.disabled = !open; });
    byId('data-send').hidden = !open;
  }

  /** What was entered: measurements typed, checks ticked; each input learns its place in the body for a refusal. */
  function sendData() {
    const values = [];
    byId('data-fields').querySelectorAll('input[data-field]').forEach(input => {
      const field = input.dataset.field;
      let value = null;
      if (input.dataset.kind === 'CHECKBOX') {
        // a check shows as last recorded; only a change is recorded
        if (String(input.checked) !== input.dataset.recorded) { value = { field, checked: input.checked }; }
      } else if (input.value.trim()) {
        value = { field, value: input.value.trim().replace(',', '.') };
      }
      input.setAttribute('data-fields', '/data/' + field + (value ? ' /values/' + values.length : ''));
      if (value) { values.push(value); }
    });
    if (!values.length) { problems.message(byId('job-message'), t('tm.nothingEntered')); return; }
    act('/data', { values }, 'tm.record');
  }

  /** The answer to recorded values: a value out of its limits is recorded, and said plainly. */
  function recorded(answer) {
    const fields = (operation && operation.instructions && operation.instructions.fields) || [];
    const say = c => {
      const f = fields.find(x => x.code === c.field) || { unit: '' };
      if (c.kind === 'CHECKBOX') { return c.field + ' ' + t(c.checked ? 'tm.checked' : 'tm.unchecked'); }
      return c.field + ' ' + c.value + (f.unit ? ' ' + f.unit : '');
    };
    const collected = (answer && answer.collected) || [];
    const out = collected.filter(c => c.withinLimits === false);
    if (out.length) {
      problems.message(byId('job-message'), t('tm.recordedOut', { values: out.map(say).join(', ') }));
    } else {
      problems.message(byId('job-message'), t('tm.recorded', { values: collected.map(say).join(', ') }), true);
    }
  }

  /**
   * Takes an action: queued with its Idempotency-Key and sent at once, or when the network is back. Its label is kept
   * as a message key (and a pause's reason code), so the queue's lists speak the language shown when they are read.
   */
  function act(suffix, body, labelKey, reasonCode) {
    const context = { orderId: chosen.orderId, sequence: chosen.sequence, order: operation ? operation.orderNumber : '' };
    problems.message(byId('job-message'), '');
    const label = { key: labelKey, reasonCode: reasonCode || null, order: context.order, sequence: context.sequence };
    return queue.enqueue({ method: 'POST', url: jobPath(suffix), body, label, context });
  }

  /** What a queued action was, in today's language; actions queued before labels were keys kept their text. */
  function describe(label) {
    if (!label || typeof label === 'string') { return label || ''; }
    if (label.order === undefined) { return t(label.key); } // an action on no job (an andon)
    return t(label.key) + (label.reasonCode ? ' (' + reasonName('PAUSE', label.reasonCode) + ')' : '')
      + ' · ' + label.order + ' / ' + label.sequence;
  }

  function startJob() {
    const place = session.current().terminal;
    act('/start', place.machineCode ? { machineCode: place.machineCode } : undefined, 'tm.start');
  }

  function reasonName(kind, code) {
    const reason = (reasons[kind] || []).find(r => r.code === code);
    if (!reason) { return code; }
    return i18n.language() === 'zh-CN' && reason.nameZh ? reason.nameZh : reason.name;
  }

  async function loadReasons() {
    try {
      const all = await api.get('/api/execution/reason-codes');
      reasons = { PAUSE: [], SCRAP: [], REWORK: [] };
      all.forEach(r => { (reasons[r.kind] = reasons[r.kind] || []).push(r); });
    } catch (problem) {
      reasons = { PAUSE: [], SCRAP: [], REWORK: [] };
    }
  }

  function askPause() {
    byId('quantities-form').hidden = true;
    byId('pause-form').hidden = false;
    byId('pause-reasons').replaceChildren(...reasons.PAUSE.map(r => el('button', {
      type: 'button', class: 'huge reason', dataset: { code: r.code },
      onclick: () => { byId('pause-form').hidden = true; act('/pause', { reasonCode: r.code }, 'tm.pause', r.code); }
    }, reasonName('PAUSE', r.code))));
  }

  function askQuantities(mode) {
    quantitiesMode = mode;
    byId('pause-form').hidden = true;
    byId('quantities-form').hidden = false;
    byId('quantities-title').textContent = mode === 'complete' ? t('tm.completeTitle') : t('tm.reportTitle');
    byId('quantities-send').textContent = mode === 'complete' ? t('tm.complete') : t('tm.send');
    ['good-quantity', 'scrap-quantity', 'rework-quantity'].forEach(id => { byId(id).value = ''; });
    const pairs = kind => [['', '–']].concat(reasons[kind].map(r => [r.code, reasonName(kind, r.code)]));
    options(byId('scrap-reason'), pairs('SCRAP'));
    options(byId('rework-reason'), pairs('REWORK'));
    byId('good-quantity').focus();
  }

  function sendQuantities() {
    const value = id => byId(id).value.trim().replace(',', '.');
    const body = { goodQuantity: value('good-quantity') || '0' };
    if (value('scrap-quantity')) { body.scrapQuantity = value('scrap-quantity'); body.scrapReasonCode = byId('scrap-reason').value || null; }
    if (value('rework-quantity')) { body.reworkQuantity = value('rework-quantity'); body.reworkReasonCode = byId('rework-reason').value || null; }
    byId('quantities-form').hidden = true;
    if (quantitiesMode === 'complete') {
      act('/complete', body, 'tm.complete');
    } else {
      act('/reports', body, 'tm.report');
    }
  }

  function consume(raw) {
    if (!chosen) { problems.message(byId('job-message'), t('tm.pickJobFirst')); return; }
    const quantity = byId('material-quantity').value.trim().replace(',', '.');
    return act('/consumptions', { scan: raw, quantity }, 'tm.consume');
  }

  // ---- what the queue says ----

  function done(action, answer) {
    if (window.Forgeline.terminalAndon && window.Forgeline.terminalAndon.isAndon(action)) { return; } // terminal-andon.js answers it
    if (action.url.endsWith('/consumptions') && answer) {
      problems.message(byId('job-message'), t('tm.consumed', {
        quantity: i18n.number(Number(answer.quantity)) + ' ' + answer.unit, item: answer.itemCode, lot: answer.lot
      }) + (answer.unstaged ? ' ' + t('tm.consumedUnstaged') : ''), true);
    } else if (action.url.endsWith('/data')) {
      recorded(answer);
    } else {
      problems.message(byId('job-message'), t('tm.doneAction', { action: describe(action.label) }), true);
    }
    if (chosen && action.context && action.context.orderId === chosen.orderId && action.context.sequence === chosen.sequence) {
      loadJob();
    }
    loadJobs();
  }

  function refused(action, problem) {
    if (window.Forgeline.terminalAndon && window.Forgeline.terminalAndon.isAndon(action)) { return; }
    // a refused measurement, or a completion refused for a measurement not taken: marked at its field
    const form = action.url.endsWith('/consumptions') ? byId('job')
      : (action.url.endsWith('/data') || action.url.endsWith('/complete') ? byId('data-form') : null);
    problems.show(byId('job-message'), problem, form, t('tm.refusedAction', { action: describe(action.label) }));
    if (action.url.endsWith('/consumptions')) { materialScan.focus(); }
    loadJob();
  }

  async function showQueue() {
    const [waiting, conflicts] = await Promise.all([queue.waiting(), queue.conflicts()]);
    const offline = queue.isOffline() || !navigator.onLine;
    const network = byId('network');
    network.textContent = offline ? t('tm.offline', { count: waiting.length }) : (waiting.length ? t('tm.sending', { count: waiting.length }) : '');
    network.className = 'network' + (offline ? ' offline' : '');
    byId('waiting').hidden = waiting.length === 0 || !offline;
    byId('waiting-list').replaceChildren(...waiting.map(a => el('li', null, describe(a.label), ' ', el('span', { class: 'caption' }, i18n.dateTime(a.queuedAt)))));
    byId('conflicts').hidden = conflicts.length === 0;
    byId('conflict-list').replaceChildren(...conflicts.map(c => el('li', null,
      el('strong', null, describe(c.label)), ': ', problems.say(c.detail || ''), ' ',
      el('button', { type: 'button', class: 'small', onclick: () => queue.dismiss(c.seq) }, t('tm.seen')))));
  }

  // ---- wiring ----

  function wire() {
    byId('setup-form').addEventListener('submit', event => {
      event.preventDefault();
      const code = byId('setup-code').value.trim();
      if (!code) { byId('setup-code').focus(); return; }
      session.setTerminal(code);
      askBadge();
    });
    byId('change-terminal').addEventListener('click', setUp);
    // a badge or a label scanned while a quantity, PIN or measurement field has focus goes where the screen waits for it
    scanner.routeScans();
    badgeScan = scanner.attach(byId('badge'), () => { byId('pin').focus(); });
    byId('sign-in-form').addEventListener('submit', event => { event.preventDefault(); signIn(); });
    byId('sign-out').addEventListener('click', () => session.signOut());
    materialScan = scanner.attach(byId('material-scan'), raw => {
      const current = session.current();
      // the operator's own badge scanned again: badge-out
      if (current && current.badge && raw.trim() === current.badge) { session.badgeOut(); return null; }
      return consume(raw);
    });
    byId('start').addEventListener('click', startJob);
    byId('resume').addEventListener('click', () => act('/resume', undefined, 'tm.resume'));
    byId('pause').addEventListener('click', askPause);
    byId('report').addEventListener('click', () => askQuantities('report'));
    byId('complete').addEventListener('click', () => askQuantities('complete'));
    byId('quantities-form').addEventListener('submit', event => { event.preventDefault(); sendQuantities(); });
    byId('data-form').addEventListener('submit', event => { event.preventDefault(); sendData(); });
    byId('print-labels').addEventListener('click', printLabels);
    byId('quantities-cancel').addEventListener('click', () => { byId('quantities-form').hidden = true; });
    byId('refresh').addEventListener('click', () => { loadJobs(); loadJob(); });
    session.onSignOut(reason => {
      chosen = null;
      operation = null;
      byId('job-detail').hidden = true;
      byId('no-job').hidden = false;
      showPlace();
      askBadge(t('tm.signedOut.' + reason), true);
    });
    queue.on('done', done);
    queue.on('refused', refused);
    queue.on('changed', showQueue);
    window.addEventListener('online', showQueue);
    window.addEventListener('offline', showQueue);
    i18n.onChange(() => { showPlace(); drawJobs(); if (operation) { loadJob(); } showQueue(); });
    // the work center's list moves while nobody touches the screen: other terminals, the planner's publishing
    setInterval(() => { if (session.current() && !byId('work').hidden) { loadJobs(); } }, 30000);
  }

  async function open() {
    wire();
    showPlace();
    try {
      const config = await (await fetch('/config.json', { cache: 'no-store' })).json();
      session.setIdleTimeout(config.terminalIdleSeconds);
    } catch (unreachable) {
      // the default idle timeout stays
    }
    if (!session.terminalCode()) { setUp(); return; }
    if (session.current()) { session.resume(); enterWork(); queue.drain(); return; }
    askBadge();
  }

  open();
})();
