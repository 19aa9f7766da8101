/*
 * The live floor board (board.html) for a big screen per area: every machine as a tile coloured by its state, its
 * job against plan (takt), the next jobs and its OEE so far this shift; the open andons with their age and the SPC
 * alerts beside. GET /api/execution/board draws it; GET /api/execution/board/stream (server-sent events, through
 * event-stream.js, reconnecting by itself) keeps it live: a machine's change recolours its tile at once, any other
 * change fetches the board again within a fraction of a second. ?workCenter=CODE picks the area (kept in the URL so
 * a screen starts on its own). Functions that fetch change the state and call the ones that draw; those never fetch.
 */
(function () {
  'use strict';

  const { auth, i18n, api, dom, problems, eventStream } = window.Forgeline;
  const { el } = dom;
  const t = i18n.t;
  const BOARD = '/api/execution/board';
  const $ = id => document.getElementById(id);
  /** Other changes than a machine's come in bursts (a completion is a report and a completion): one fetch for them. */
  const REFETCH_AFTER_MS = 250;

  const state = {
    area: null,          // work center code, or null for the whole plant
    board: null,         // the board as the service answered, machine tiles updated by the stream
    live: false,
    problem: null,
    refetch: null,
    stop: null,
    areas: []
  };

  /* ---------- small pieces ---------- */

  function age(instant) {
    if (!instant) { return ''; }
    const seconds = Math.max(0, Math.floor((Date.now() - Date.parse(instant)) / 1000));
    if (seconds < 60) { return seconds + ' s'; }
    const minutes = Math.floor(seconds / 60);
    if (minutes < 60) { return minutes + ' min'; }
    return Math.floor(minutes / 60) + ' h ' + String(minutes % 60).padStart(2, '0') + ' min';
  }

  function percent(value) {
    return value === null || value === undefined ? '–' : i18n.number(Number(value), { style: 'percent', maximumFractionDigits: 0 });
  }

  /**
   * What colours a tile: a reported breakdown is down whatever the signals say; else what the machine's signals say;
   * a machine that never sent any (no OPC UA, no edge gateway) shows the people's status, up.
   */
  function shownState(tile) {
    if (tile.status === 'DOWN') { return 'DOWN'; }
    if (tile.runState && !(tile.runState === 'UNKNOWN' && !tile.runStateSince)) { return tile.runState; }
    return 'UP';
  }

  /* ---------- drawing ---------- */

  function drawLive() {
    const live = $('live');
    live.className = 'live ' + (state.live ? 'on' : 'off');
    live.textContent = t(state.live ? 'bd.live' : 'bd.offline');
  }

  function drawJob(job) {
    if (!job) { return el('p', { class: 'job none' }, t('bd.noJob')); }
    const quantity = Number(job.quantity);
    const good = Number(job.good || 0);
    const expected = Number(job.expected || 0);
    const bar = el('div', { class: 'bar' + (job.behind ? ' behind' : '') },
      el('span', { class: 'made', style: 'width:' + Math.min(100, 100 * good / quantity) + '%' }),
      el('span', { class: 'plan', style: 'left:' + Math.min(100, 100 * expected / quantity) + '%' }));
    return el('div', { class: 'job' },
      el('p', { class: 'what' }, t('bd.job', { order: job.orderNumber, sequence: job.operationSequence, item: job.itemCode })),
      bar,
      el('p', { class: 'progress' },
        t('bd.progress', { good: i18n.number(good), quantity: i18n.number(quantity), expected: i18n.number(expected) }), ' ',
        el('span', { class: 'badge ' + (job.behind ? 'bad' : 'good') }, t(job.behind ? 'bd.behind' : 'bd.onPlan')),
        job.status === 'PAUSED' ? el('span', { class: 'badge warn' }, t('bd.paused')) : null,
        job.late ? el('span', { class: 'badge bad' }, t('bd.late')) : null));
  }

  function drawOee(oee) {
    if (!oee) { return el('p', { class: 'oee none' }, t('bd.oee') + ' · ' + t('bd.oeeNone')); }
    return el('p', { class: 'oee' },
      el('strong', null, t('bd.oee') + ' ' + percent(oee.oee)), ' ',
      el('span', { class: 'factors' }, t('bd.availability') + ' ' + percent(oee.availability) + ' · ' +
        t('bd.performance') + ' ' + percent(oee.performance) + ' · ' + t('bd.quality') + ' ' + percent(oee.quality)),
      ' ', el('span', { class: 'quiet' }, t('bd.oeeShift')));
  }

  function drawTile(tile) {
    const shown = shownState(tile);
    const since = tile.runStateSince || tile.since;
    const next = (tile.next || []).map(job => el('li', null, job.orderNumber + ' · ' + job.itemCode));
    return el('article', { class: 'tile state-' + shown, dataset: { machine: tile.code, state: shown } },
      el('header', null,
        el('h2', null, tile.code),
        el('span', { class: 'name' }, tile.name),
        el('span', { class: 'state' }, i18n.code('bd.state.', shown)),
        since ? el('span', { class: 'age', dataset: { since } }, t('bd.since', { age: age(since) })) : null),
      tile.reason ? el('p', { class: 'reason' }, tile.reason) : null,
      drawJob(tile.current),
      el('div', { class: 'next' }, el('span', { class: 'label' }, t('bd.next')),
        next.length ? el('ol', null, next) : el('span', { class: 'quiet' }, t('bd.nothingNext'))),
      drawOee(tile.oee));
  }

  function drawAndons() {
    const andons = (state.board && state.board.andons) || [];
    $('andons').replaceChildren(...(andons.length ? andons.map(a => el('li', { class: 'call andon-' + a.state, dataset: { andon: a.id } },
      el('strong', null, i18n.code('bd.andon.', a.kind)), ' ',
      el('span', { class: 'age', dataset: { since: a.raisedAt, where: a.machineCode || a.workCenterCode } },
        t('bd.andonAt', { where: a.machineCode || a.workCenterCode, age: age(a.raisedAt) })),
      a.level > 0 ? el('span', { class: 'badge bad' }, t('bd.andonLevel', { level: a.level })) : null,
      a.state === 'ACKNOWLEDGED' ? el('span', { class: 'badge info' }, t('bd.acknowledged')) : null))
      : [el('li', { class: 'quiet' }, t('bd.none'))]));
  }

  function drawAlerts() {
    const alerts = (state.board && state.board.spcAlerts) || [];
    $('spc-alerts').replaceChildren(...(alerts.length ? alerts.map(a => el('li', { class: 'call' },
      t('bd.spc', { item: a.itemCode, characteristic: a.characteristic, rule: a.ruleText }), ' ',
      el('span', { class: 'quiet' }, age(a.raisedAt))))
      : [el('li', { class: 'quiet' }, t('bd.none'))]));
  }

  function drawMachines() {
    const tiles = (state.board && state.board.machines) || [];
    $('machines').replaceChildren(...(tiles.length ? tiles.map(drawTile) : [el('p', { class: 'quiet' }, t('bd.noMachines'))]));
  }

  function drawAreas() {
    const select = $('area');
    select.replaceChildren(el('option', { value: '' }, t('bd.wholePlant')),
      ...state.areas.map(code => el('option', { value: code, selected: code === state.area }, code)));
  }

  function drawMessage() {
    const box = $('board-message');
    problems.clear(box);
    if (state.problem) { problems.show(box, state.problem, null, t('bd.loadFailed', { reason: state.problem.message })); }
  }

  function drawAll() {
    drawLive();
    drawAreas();
    drawMachines();
    drawAndons();
    drawAlerts();
    drawMessage();
  }

  /** Ages and the clock move every second without a fetch. */
  function tick() {
    $('clock').textContent = i18n.dateTime(new Date().toISOString(), { timeStyle: 'medium' });
    document.querySelectorAll('.age[data-since]').forEach(node => {
      const where = node.dataset.where;
      node.textContent = where ? t('bd.andonAt', { where, age: age(node.dataset.since) }) : t('bd.since', { age: age(node.dataset.since) });
    });
  }

  /* ---------- fetching ---------- */

  async function load() {
    try {
      state.board = await api.get(BOARD + (state.area ? '?workCenter=' + encodeURIComponent(state.area) : ''));
      state.problem = null;
      const codes = new Set(state.areas);
      state.board.machines.forEach(m => codes.add(m.workCenterCode));
      state.areas = Array.from(codes).sort();
    } catch (problem) {
      state.problem = problem;
    }
    drawAll();
  }

  function loadSoon() {
    if (state.refetch) { return; }
    state.refetch = setTimeout(() => { state.refetch = null; load(); }, REFETCH_AFTER_MS);
  }

  /** A machine's change is drawn at once from the event itself; the rest comes with the next fetch. */
  function onEvent(event, raw) {
    if (event === 'ready') { load(); return; }
    let data;
    try { data = JSON.parse(raw); } catch (notJson) { return; }
    if (event === 'machine' && state.board) {
      const tile = state.board.machines.find(m => m.code === data.machineCode);
      if (tile) {
        if (data.state) { tile.runState = data.state; tile.runStateSince = data.since; }
        if (data.status) { tile.status = data.status; tile.reason = data.reason || null; tile.since = data.since; }
        drawMachines();
      }
    }
    if (event !== 'machine' || data.status) { loadSoon(); }
  }

  function connect() {
    if (state.stop) { state.stop(); }
    const url = BOARD + '/stream' + (state.area ? '?workCenter=' + encodeURIComponent(state.area) : '');
    state.stop = eventStream.follow(url, onEvent, live => { state.live = live; drawLive(); });
  }

  async function main() {
    const claims = await auth.enter();
    if (!claims) { return; }
    const params = new URLSearchParams(location.search);
    state.area = params.get('workCenter') || null;
    $('area').addEventListener('change', () => {
      state.area = $('area').value || null;
      const url = new URL(location.href);
      if (state.area) { url.searchParams.set('workCenter', state.area); } else { url.searchParams.delete('workCenter'); }
      history.replaceState(null, '', url);
      load();
      connect();
    });
    i18n.onChange(drawAll);
    drawAll();
    connect();
    setInterval(tick, 1000);
    tick();
  }

  main();
})();
