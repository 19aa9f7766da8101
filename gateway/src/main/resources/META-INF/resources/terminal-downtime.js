/*
 * The terminal's downtimes: the stops of this terminal's machines (its own machine, else every machine of its work
 * center) that are still going or nobody classified yet, each with a one-touch reason picker. A machine's signals
 * open a downtime when it stops; the operator says why. Its own module, so other additions to the terminal page do
 * not touch it: it only needs an element with id "downtimes" on the work screen.
 */
(function () {
  'use strict';

  const { el, badge } = window.Forgeline.dom;
  const api = window.Forgeline.api;
  const i18n = window.Forgeline.i18n;
  const problems = window.Forgeline.problems;
  const session = window.Forgeline.terminalSession;
  const t = (key, values) => i18n.t(key, values);
  const byId = id => document.getElementById(id);

  /** How far back the terminal looks for stops nobody classified: a shift and a half. */
  const LOOK_BACK_MS = 12 * 3600 * 1000;
  const REFRESH_MS = 15000;

  let downtimes = [];
  let reasons = [];
  let asking = null;   // the id of the downtime whose reasons are shown

  function place() {
    const current = session.current();
    return current && current.terminal;
  }

  // ---- fetching ----

  async function load() {
    const at = place();
    if (!at || !byId('downtimes') || byId('work').hidden) { return; }
    const query = new URLSearchParams({ from: new Date(Date.now() - LOOK_BACK_MS).toISOString() });
    if (at.machineCode) { query.set('machine', at.machineCode); } else { query.set('workCenter', at.workCenterCode); }
    try {
      const [found, offered] = await Promise.all([
        api.get('/api/execution/downtimes?' + query),
        reasons.length ? Promise.resolve(reasons) : api.get('/api/execution/reason-codes?kind=DOWNTIME')]);
      downtimes = found.filter(d => d.open || !d.reasonCode);
      reasons = offered;
      draw();
    } catch (problem) {
      if (problem.status !== 0) { problems.show(byId('downtime-message'), problem, null, t('tm.dt.failed')); }
    }
  }

  async function classify(downtime, reason) {
    problems.message(byId('downtime-message'), '');
    try {
      await api.put('/api/execution/downtimes/' + encodeURIComponent(downtime.id) + '/reason', { reasonCode: reason.code },
        { idempotencyKey: api.idempotencyKey() });
      asking = null;
      await load();
    } catch (problem) {
      problems.show(byId('downtime-message'), problem, null, t('tm.dt.failed'));
    }
  }

  // ---- drawing ----

  function reasonName(code) {
    const reason = reasons.find(r => r.code === code);
    if (!reason) { return code; }
    return i18n.language() === 'zh-CN' && reason.nameZh ? reason.nameZh : reason.name;
  }

  function draw() {
    const box = byId('downtimes');
    if (!box) { return; }
    box.hidden = downtimes.length === 0;
    byId('downtime-list').replaceChildren(...downtimes.map(d => el('li', { class: 'downtime', dataset: { id: d.id, machine: d.machineCode } },
      el('div', { class: 'downtime-head' },
        el('strong', {}, d.machineCode), ' ',
        d.open ? badge(t('tm.dt.down'), 'bad') : badge(t('tm.dt.ended'), 'grey'), ' ',
        el('span', {}, t('tm.dt.since', { time: new Date(d.startedAt).toLocaleTimeString(i18n.language()), minutes: d.minutes })),
        d.stopCode ? el('span', { class: 'stop-code' }, ' · ' + t('tm.dt.stopCode', { code: d.stopCode })) : '',
        d.reasonCode ? el('span', {}, ' · ' + reasonName(d.reasonCode)) : ''),
      asking === d.id
        ? el('div', { class: 'reasons', role: 'group' }, ...reasons.map(r => el('button', {
            type: 'button', class: 'huge reason', dataset: { code: r.code }, onclick: () => classify(d, r)
          }, reasonName(r.code))))
        : el('button', { type: 'button', class: 'big classify', onclick: () => { asking = d.id; draw(); } },
            d.reasonCode ? t('tm.dt.change') : t('tm.dt.why')))));
  }

  function start() {
    load();
    setInterval(load, REFRESH_MS);
    i18n.onChange(draw);
    // the terminal's own refresh button refreshes this list too
    const refresh = byId('refresh');
    if (refresh) { refresh.addEventListener('click', load); }
    // signing in shows the work screen: look as soon as it is there
    new MutationObserver(() => { if (!byId('work').hidden) { load(); } }).observe(byId('work'), { attributes: true, attributeFilter: ['hidden'] });
  }

  start();
})();
