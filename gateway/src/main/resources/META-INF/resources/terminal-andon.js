/*
 * The terminal's andon (docs/andon.md): four one-touch buttons on the job list screen (material, quality,
 * maintenance, help) raise an andon at the terminal's work center and machine; below them the work center's open
 * andons with their age and state, to acknowledge or resolve (with a note) by whoever is signed in. Each action goes
 * through the terminal's offline queue (terminal-queue.js), so a call made while the network is away is sent once
 * it is back; terminal-session.js adds the X-Forgeline-Terminal header.
 */
(function () {
  'use strict';

  const { el, badge } = window.Forgeline.dom;
  const api = window.Forgeline.api;
  const i18n = window.Forgeline.i18n;
  const problems = window.Forgeline.problems;
  const session = window.Forgeline.terminalSession;
  const queue = window.Forgeline.queue;
  const t = (key, values) => i18n.t(key, values);
  const byId = id => document.getElementById(id);

  const ANDONS = '/api/execution/andons';
  const KINDS = ['MATERIAL', 'QUALITY', 'MAINTENANCE', 'HELP'];
  const STATE_KIND = { OPEN: 'bad', ACKNOWLEDGED: 'warn' };
  const REFRESH_MS = 15000;

  let andons = [];
  let resolving = null;   // the andon whose resolve note is being typed

  const place = () => session.current() && session.current().terminal;
  const working = () => place() && !byId('work').hidden;
  const isAndon = action => action && action.context && action.context.andon;

  // ---- fetching ----

  async function load() {
    if (!working()) { return; }
    const fresh = api.latest('andons');
    try {
      const list = await api.get(ANDONS + '?open=true&workCenter=' + encodeURIComponent(place().workCenterCode));
      if (!fresh()) { return; }
      andons = list;
      draw();
    } catch (problem) {
      if (problem.status !== 0) { problems.show(byId('andon-message'), problem, null, t('an.open')); }
    }
  }

  function act(url, body, labelKey) {
    problems.message(byId('andon-message'), '');
    return queue.enqueue({ method: 'POST', url, body, label: { key: labelKey }, context: { andon: true } });
  }

  function raise(kind) {
    const where = place();
    act(ANDONS, { kind, workCenterCode: where.workCenterCode, machineCode: where.machineCode || null }, 'an.action.raise');
  }

  function resolve(andon) {
    const note = byId('andon-note').value.trim();
    if (!note) { byId('andon-note').focus(); return; }
    resolving = null;
    act(ANDONS + '/' + andon.id + '/resolve', { note }, 'an.action.resolve');
  }

  // ---- drawing ----

  function draw() {
    byId('andon-kinds').replaceChildren(...KINDS.map(kind => el('button', {
      type: 'button', class: 'huge andon-kind ' + kind.toLowerCase(), 'data-kind': kind, onclick: () => raise(kind)
    }, t('an.kind.' + kind))));
    byId('andon-empty').hidden = andons.length > 0;
    byId('andon-list').replaceChildren(...andons.map(drawOne));
  }

  function drawOne(andon) {
    const minutes = Math.max(0, Math.floor((Date.now() - Date.parse(andon.raisedAt)) / 60000));
    const line = el('li', { class: 'andon ' + andon.state.toLowerCase(), 'data-andon': andon.id },
      el('div', { class: 'job-line' },
        el('strong', null, t('an.kind.' + andon.kind)),
        badge(t('an.state.' + andon.state), STATE_KIND[andon.state] || 'grey'),
        el('span', { class: 'caption' }, t('an.age', { minutes })),
        andon.machineCode ? el('span', { class: 'caption' }, andon.machineCode) : null,
        andon.level > 0 ? badge(t('an.level', { level: andon.level }), 'late') : null),
      el('div', { class: 'actions' },
        andon.state === 'OPEN' ? el('button', { type: 'button', class: 'primary',
          onclick: () => act(ANDONS + '/' + andon.id + '/acknowledge', undefined, 'an.action.acknowledge') }, t('an.acknowledge')) : null,
        el('button', { type: 'button', onclick: () => { resolving = andon.id; draw(); byId('andon-note').focus(); } }, t('an.resolve'))));
    if (resolving === andon.id) {
      const form = el('form', { class: 'sheet', novalidate: true },
        el('label', { class: 'field' }, el('span', { class: 'label' }, t('an.note')),
          el('input', { id: 'andon-note', class: 'big', maxlength: '4000', 'data-fields': '/note' })),
        el('button', { type: 'submit', class: 'primary big' }, t('an.send')));
      form.addEventListener('submit', event => { event.preventDefault(); resolve(andon); });
      line.append(form);
    }
    return line;
  }

  // ---- what the queue says about andon actions ----

  function done(action, answer) {
    if (!isAndon(action)) { return; }
    if (action.label.key === 'an.action.raise' && answer) {
      problems.message(byId('andon-message'), t('an.raised', { kind: t('an.kind.' + answer.kind) }), true);
    }
    load();
  }

  function refused(action, problem) {
    if (!isAndon(action)) { return; }
    problems.show(byId('andon-message'), problem, null, t('an.refused', { action: t(action.label.key) }));
    load();
  }

  queue.on('done', done);
  queue.on('refused', refused);
  i18n.onChange(() => { if (working()) { draw(); } });
  // the work screen opens on sign-in (terminal.js): the first look follows it, then a look every few seconds, so
  // andons raised at other terminals of the work center and their ages stay current
  let shown = false;
  setInterval(() => {
    if (!working()) { shown = false; return; }
    if (!shown) { shown = true; load(); }
  }, 500);
  setInterval(() => { if (working() && !resolving) { load(); } }, REFRESH_MS);

  window.Forgeline = window.Forgeline || {};
  window.Forgeline.terminalAndon = { load, isAndon };
})();
