/*
 * The planner's page: production orders, the schedule as a Gantt chart, solving with live progress,
 * publishing, and what-if machine breakdowns. Talks only to /api/scheduling through the gateway, as
 * docs/scheduling.md describes.
 */
(function () {
  'use strict';

  const auth = window.Forgeline.auth;
  const gantt = window.Forgeline.gantt;
  const i18n = window.Forgeline.i18n;
  const t = i18n.t;
  const API = '/api/scheduling';
  const RUNNING = ['REQUESTED', 'SOLVING'];
  const $ = id => document.getElementById(id);

  const state = {
    view: null,        // the schedule on screen
    published: null,   // the current published schedule, when there is one
    orders: [],        // production orders from the order list
    follow: null,      // the solve being followed: {id, abort, events, started, clock, refresh, done}
    highlight: null,   // an order id brought forward in the chart
    message: null      // what the message line says: {key, params, info}, redrawn in another language
  };

  function formatTime(value) {
    return value ? i18n.dateTime(value, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }) : '–';
  }

  function formatSeconds(ms) {
    return t('planner.seconds', { value: i18n.number(ms / 1000, { minimumFractionDigits: 1, maximumFractionDigits: 1 }) });
  }

  function formatMinutes(minutes) {
    if (minutes === undefined || minutes === null) { return '–'; }
    const h = Math.floor(minutes / 60);
    return h ? t('planner.hoursMinutes', { h: i18n.number(h), m: minutes % 60 }) : t('planner.minutes', { m: i18n.number(minutes) });
  }

  function formatScore(score) {
    if (!score) { return '–'; }
    return t('planner.scoreText', {
      hard: score.hard, stability: score.stability, tardiness: score.weightedTardiness,
      makespan: formatMinutes(score.makespanMinutes), setups: formatMinutes(score.setupMinutes)
    });
  }

  /** The message line: a text key and its parameters (kept, so a change of language says it again), or nothing. */
  function message(key, params, info) {
    state.message = key ? { key, params, info } : null;
    renderMessage();
  }

  function renderMessage() {
    const box = $('message');
    const m = state.message;
    box.textContent = m ? t(m.key, m.params) : '';
    box.classList.toggle('info', !!(m && m.info));
  }

  function problemText(problem, status) {
    if (!problem) { return t('planner.serviceAnswered', { status }); }
    const fields = (problem.errors || []).map(e => (e.field ? e.field + ': ' : '') + e.message);
    return [problem.detail || problem.title || t('planner.statusCode', { status })].concat(fields).join(' · ');
  }

  async function api(method, path, body) {
    const init = { method, headers: { Accept: 'application/json', 'Accept-Language': i18n.acceptLanguage() } };
    if (body !== undefined) {
      init.headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    const response = await auth.fetch(API + path, init);
    const text = await response.text();
    let json = null;
    try { json = text ? JSON.parse(text) : null; } catch (notJson) { json = null; }
    if (!response.ok) {
      const error = new Error(problemText(json, response.status));
      error.status = response.status;
      throw error;
    }
    return json;
  }

  /* ---------- orders ---------- */

  async function loadOrders() {
    try {
      state.orders = await api('GET', '/production-orders?limit=1000') || [];
    } catch (e) {
      message('planner.ordersNotLoaded', { reason: e.message });
    }
    renderOrders();
  }

  function renderOrders() {
    const planned = {};
    ((state.view && state.view.orders) || []).forEach(o => { planned[o.id] = o; });
    const rows = state.orders.slice();
    Object.values(planned).forEach(o => {
      if (!rows.some(r => r.id === o.id)) { rows.push(o); }
    });
    rows.sort((a, b) => Date.parse(a.dueDate) - Date.parse(b.dueDate) || String(a.number).localeCompare(String(b.number)));
    const body = document.querySelector('#orders tbody');
    body.replaceChildren(...rows.map(order => orderRow(order, planned[order.id])));
    $('orders-empty').hidden = rows.length > 0;
  }

  function cell(row, content, className) {
    const td = document.createElement('td');
    if (className) { td.className = className; }
    if (content instanceof Node) { td.appendChild(content); } else { td.textContent = content; }
    row.appendChild(td);
    return td;
  }

  function badge(text, className) {
    const span = document.createElement('span');
    span.className = 'badge ' + className;
    span.textContent = text;
    return span;
  }

  function orderRow(order, plan) {
    const row = document.createElement('tr');
    row.dataset.orderId = order.id;
    row.dataset.order = order.number;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'order-button';
    button.setAttribute('aria-pressed', state.highlight === order.id ? 'true' : 'false');
    button.title = t('planner.highlight', { order: order.number });
    const swatch = document.createElement('span');
    swatch.className = 'order-swatch';
    swatch.style.background = gantt.orderColour(order.id);
    button.append(swatch, order.number);
    button.addEventListener('click', () => {
      state.highlight = state.highlight === order.id ? null : order.id;
      renderOrders();
      renderGantt();
    });
    cell(row, button);
    cell(row, order.itemCode);
    cell(row, order.quantity === undefined ? '–' : i18n.number(order.quantity) + (order.unit ? ' ' + order.unit : ''), 'number');
    cell(row, formatTime(order.dueDate));
    cell(row, order.priority === 'RUSH' ? badge(i18n.code('planner.priority.', 'RUSH'), 'rush') : i18n.code('planner.priority.', order.priority || 'NORMAL'));
    cell(row, i18n.code('planner.order.', (plan && plan.status) || order.status), 'status');
    cell(row, plan ? formatTime(plan.plannedEnd) : '–', 'planned-end');
    cell(row, plan ? (plan.late ? badge(t('planner.late'), 'late') : badge(t('planner.onTime'), 'on-time')) : '–', 'lateness');
    return row;
  }

  /* ---------- the schedule ---------- */

  async function loadCurrent() {
    try {
      state.published = await api('GET', '/schedules/current');
    } catch (e) {
      state.published = null;
      if (e.status !== 404) { message('planner.publishedNotLoaded', { reason: e.message }); }
    }
    show(state.published);
  }

  function show(view) {
    state.view = view;
    renderCaption();
    renderGantt();
    renderOrders();
    updateButtons();
  }

  function renderCaption() {
    const view = state.view;
    const caption = $('schedule-caption');
    $('schedule-status').textContent = view ? i18n.code('planner.schedule.', view.status) : t('planner.noScheduleStatus');
    if (!view) {
      caption.textContent = t('planner.noScheduleCaption');
      return;
    }
    let text = t('planner.caption', {
      kind: i18n.code('planner.kind.', view.kind || 'SOLVE'), time: formatTime(view.createdAt), status: i18n.code('planner.statusWord.', view.status)
    });
    if (view.simulation && view.simulation.machineCode) {
      text += t('planner.whatIf', {
        machine: view.simulation.machineCode, from: formatTime(view.simulation.from),
        until: view.simulation.until ? formatTime(view.simulation.until) : t('planner.furtherNotice')
      });
    }
    if (state.published && view.id !== state.published.id) {
      text += t('planner.draft');
    }
    caption.textContent = text;
    if (!state.follow) {
      $('progress-score').textContent = formatScore(view.score);
    }
    if (view.problem) {
      message('planner.cannotSchedule', { order: view.problem.order, operation: view.problem.operation, detail: view.problem.detail });
    }
  }

  function renderGantt() {
    const chart = $('gantt-chart');
    const labels = $('gantt-labels');
    const view = state.view;
    // which schedule is drawn, for people reading the page's source and for the browser test
    $('gantt').dataset.scheduleId = view ? view.id : '';
    $('gantt').dataset.status = view ? view.status : '';
    const head = document.createElement('div');
    head.className = 'axis-spacer';
    head.textContent = t('planner.machine');
    labels.replaceChildren(head);
    if (!view || !(view.machines || []).length) {
      const empty = document.createElement('p');
      empty.className = 'empty';
      empty.textContent = !view ? t('planner.emptyNone')
        : RUNNING.includes(view.status) ? t('planner.emptySolving') : t('planner.emptyNoMachines');
      chart.replaceChildren(empty);
      return;
    }
    view.machines.forEach(machine => labels.appendChild(machineLabel(machine)));
    chart.replaceChildren(gantt.render(view, { width: chart.clientWidth - 2, now: Date.now(), highlight: state.highlight }));
  }

  function machineLabel(machine) {
    const row = document.createElement('div');
    row.className = 'machine';
    row.dataset.machine = machine.code;
    const code = document.createElement('span');
    code.className = 'code';
    code.textContent = machine.code;
    code.title = [machine.name, machine.workCenterCode].filter(Boolean).join(' · ');
    const status = document.createElement('span');
    status.className = 'status' + (machine.status && machine.status !== 'UP' ? ' down' : '');
    status.textContent = machine.status ? i18n.code('planner.machine.', machine.status) : '';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'simulate-down';
    button.dataset.machine = machine.code;
    button.textContent = t('planner.simulateDown');
    button.setAttribute('aria-label', t('planner.simulateDownOf', { machine: machine.code }));
    button.disabled = !!state.follow;
    button.addEventListener('click', () => simulateDown(machine.code));
    row.append(code, status, button);
    return row;
  }

  function updateButtons() {
    const following = !!state.follow;
    $('solve').disabled = following;
    $('stop').disabled = !following;
    $('publish').disabled = following || !state.view || state.view.status !== 'SOLVED';
    $('show-published').disabled = following || !state.published || (state.view && state.view.id === state.published.id);
    document.querySelectorAll('.simulate-down').forEach(b => { b.disabled = following; });
  }

  /* ---------- solving and its progress ---------- */

  async function solve() {
    const limit = timeLimit();
    if (limit === null) { return; }
    message(null);
    try {
      const view = await api('POST', '/schedules', { timeLimitSeconds: limit });
      show(view);
      follow(view.id);
    } catch (e) {
      message('planner.solveRefused', { reason: e.message });
    }
  }

  function timeLimit() {
    const input = $('time-limit');
    const limit = Number(input.value);
    if (!Number.isInteger(limit) || limit < 1 || limit > 300) {
      message('planner.badTimeLimit');
      input.focus();
      return null;
    }
    return limit;
  }

  async function simulateDown(machineCode) {
    const limit = timeLimit();
    if (limit === null) { return; }
    const body = { machineCode, timeLimitSeconds: limit };
    const from = $('down-from').value;
    const until = $('down-until').value;
    if (from) { body.from = new Date(from).toISOString(); }
    if (until) { body.until = new Date(until).toISOString(); }
    if (from && until && Date.parse(body.until) <= Date.parse(body.from)) {
      message('planner.untilAfterFrom');
      $('down-until').focus();
      return;
    }
    message(null);
    try {
      const view = await api('POST', '/schedules/simulations/machine-down', body);
      show(view);
      if (RUNNING.includes(view.status)) { follow(view.id); }
    } catch (e) {
      message('planner.simulationRefused', { reason: e.message });
    }
  }

  async function stop() {
    const f = state.follow;
    if (!f) { return; }
    $('stop').disabled = true;
    try {
      await api('POST', '/schedules/' + f.id + '/stop');
    } catch (e) {
      message('planner.stopRefused', { reason: e.message });
    }
  }

  async function publish() {
    const view = state.view;
    if (!view) { return; }
    $('publish').disabled = true;
    try {
      const published = await api('POST', '/schedules/' + view.id + '/publish');
      state.published = published;
      show(published);
      message('planner.published', null, true);
      loadOrders();
    } catch (e) {
      message('planner.publishRefused', { reason: e.message });
      updateButtons();
    }
  }

  function resetProgress() {
    $('progress-score').textContent = '–';
    $('progress-elapsed').textContent = '–';
    $('progress-events').textContent = '0';
    $('progress-clock').textContent = formatSeconds(0);
  }

  /**
   * Follows a solve: its server-sent events through fetch() (EventSource cannot send a bearer token),
   * the best schedule so far redrawn at most once a second, the final one when it is done.
   */
  async function follow(id) {
    endFollow();
    const f = { id, abort: new AbortController(), events: 0, started: Date.now(), clock: null, refresh: null, done: false };
    state.follow = f;
    f.clock = setInterval(() => {
      $('progress-clock').textContent = formatSeconds(Date.now() - f.started);
    }, 200);
    resetProgress();
    updateButtons();
    try {
      const response = await auth.fetch(API + '/schedules/' + id + '/progress', {
        headers: { Accept: 'text/event-stream' }, signal: f.abort.signal
      });
      if (!response.ok || !response.body) {
        throw new Error('progress stream answered ' + response.status);
      }
      await window.Forgeline.eventStream.read(response.body, (event, data) => onEvent(f, event, data));
    } catch (e) {
      if (f.abort.signal.aborted) { return; }
      // no stream (a proxy in between, a restart): the schedule itself still tells when it is done
    }
    if (state.follow === f) { await settle(f); }
  }

  function onEvent(f, event, raw) {
    if (state.follow !== f) { return; }
    let data = {};
    try { data = JSON.parse(raw); } catch (notJson) { return; }
    if (event === 'progress') {
      f.events++;
      $('progress-events').textContent = String(f.events);
      $('progress-score').textContent = formatScore(data.score);
      $('progress-elapsed').textContent = formatSeconds(data.elapsedMs);
      $('schedule-status').textContent = i18n.code('planner.schedule.', data.status || 'SOLVING');
      refreshSoon(f);
    } else if (event === 'done') {
      f.done = true;
      $('schedule-status').textContent = i18n.code('planner.schedule.', data.status);
    }
  }

  /** The best schedule so far, at most once a second while the solver keeps improving. */
  function refreshSoon(f) {
    if (f.refresh) { return; }
    f.refresh = setTimeout(async () => {
      try {
        const view = await api('GET', '/schedules/' + f.id);
        if (state.follow === f && !f.done) { show(view); }
      } catch (e) {
        // the next improvement or the end will redraw
      } finally {
        f.refresh = null;
      }
    }, 1000);
  }

  async function settle(f) {
    let view = null;
    for (let attempt = 0; state.follow === f; attempt++) {
      try {
        view = await api('GET', '/schedules/' + f.id);
        if (!RUNNING.includes(view.status)) { break; }
      } catch (e) {
        if (attempt > 10) { message('planner.scheduleNotRead', { reason: e.message }); break; }
      }
      await new Promise(resolve => setTimeout(resolve, 1000));
    }
    if (state.follow !== f) { return; }
    endFollow();
    if (view) {
      show(view);
      if (view.status === 'SOLVED') {
        message('planner.solved', null, true);
      } else if (view.status === 'FAILED' && !view.problem) {
        message('planner.solveFailed');
      }
    } else {
      updateButtons();
    }
  }

  function endFollow() {
    const f = state.follow;
    if (!f) { return; }
    state.follow = null;
    clearInterval(f.clock);
    clearTimeout(f.refresh);
    f.abort.abort();
    updateButtons();
  }

  /* ---------- start ---------- */

  function debounce(fn, ms) {
    let timer = null;
    return () => { clearTimeout(timer); timer = setTimeout(fn, ms); };
  }

  async function main() {
    const claims = await auth.enter();
    if (!claims) { return; }
    const roles = (claims.realm_access && claims.realm_access.roles) || [];
    if (!roles.includes('planner') && !roles.includes('admin')) {
      message('planner.lookOnly');
    }
    $('solve').addEventListener('click', solve);
    $('stop').addEventListener('click', stop);
    $('publish').addEventListener('click', publish);
    $('show-published').addEventListener('click', () => { message(null); loadCurrent(); });
    window.addEventListener('resize', debounce(renderGantt, 150));
    i18n.onChange(() => {
      renderMessage();
      renderCaption();
      renderGantt();
      renderOrders();
    });
    await Promise.all([loadOrders(), loadCurrent()]);
  }

  main();
})();
