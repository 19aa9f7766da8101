/*
 * The inspector's handheld (quality.html), one column for a 360 × 640 screen and a keyboard-wedge scanner (scanner.js),
 * against /api/quality (services/quality) through the gateway:
 *  - Inspect: scanning a pallet's SSCC, a lot label (GTIN and lot) or typing a lot or IL number opens the open
 *    inspection lot it names (a choice when several match); the lot shows how many units to draw, and each
 *    characteristic its own sample, what is inspected so far, Ac/Re and its valuation. Choosing a characteristic
 *    records its results: the nonconforming count (and defect codes) for a judged one, one value per unit for a
 *    measured one (a digital gauge's Enter adds the next value). The last unit of the sample decides the lot; a
 *    quality engineer may decide it by hand (accepted, rejected, with deviation, split).
 *  - Lots to inspect: the open lots, oldest first. Decided: the decisions made, newest first.
 * Functions that fetch change the state and call the functions that draw it; the drawing ones never fetch.
 */
(function () {
  'use strict';

  const { auth, i18n, api, dom, problems, scanner } = window.Forgeline;
  const { el, badge } = dom;
  const t = i18n.t;
  const API = '/api/quality/inspection-lots';
  const VALUATION_KIND = { ACCEPTED: 'good', OPEN: 'grey', REJECTED: 'bad' };
  const OUTCOME_KIND = { ACCEPTED: 'good', ACCEPTED_WITH_DEVIATION: 'warn', PARTIAL: 'warn', REJECTED: 'bad' };
  const OUTCOMES = ['ACCEPTED', 'REJECTED', 'ACCEPTED_WITH_DEVIATION', 'PARTIAL'];
  const ACTIONS = ['RELEASE', 'BLOCK', 'SCRAP', 'RETURN_TO_SUPPLIER'];
  const $ = id => document.getElementById(id);

  const said = (text, params, info) => ({ text, params, info });
  const refused = (problem, context, params) => ({ problem, context, params });

  const state = {
    lot: null,            // the lot open, as the service shows it
    candidates: null,     // several open lots matched the scan: the inspector picks one
    inspectNote: null,
    recording: null,      // the characteristic whose results are being entered, see recordingOf()
    deciding: null,       // the engineer's decision being entered, see decidingOf()
    queue: undefined,     // the open lots; null when they could not be loaded
    queueNote: null,
    decided: undefined,   // the decided lots, newest first
    decidedNote: null,
    engineer: false       // quality engineers (and administrators) decide by hand
  };

  const scans = {};
  let tabs;

  /* ---------- small pieces ---------- */

  function decimal(text) {
    const value = String(text === undefined || text === null ? '' : text).trim().replace(/\s/g, '');
    return /^-?\d+,\d+$/.test(value) ? value.replace(',', '.') : value;
  }

  function retryable(problem) {
    return problem.status === 0 || problem.status === 429 || problem.status >= 500;
  }

  function field(label, control, hint) {
    return el('label', { class: 'field' }, el('span', { class: 'label' }, label), control, hint ? el('span', { class: 'hint' }, hint) : null);
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

  function limits(c) {
    const unit = c.unit ? ' ' + c.unit : '';
    if (c.lowerLimit && c.upperLimit) { return i18n.number(c.lowerLimit) + ' – ' + i18n.number(c.upperLimit) + unit; }
    if (c.upperLimit) { return '≤ ' + i18n.number(c.upperLimit) + unit; }
    if (c.lowerLimit) { return '≥ ' + i18n.number(c.lowerLimit) + unit; }
    return t('qa.judged');
  }

  function shortTime(instant) {
    return instant ? i18n.dateTime(instant, { dateStyle: 'short', timeStyle: 'short' }) : '';
  }

  /** The entry form of one characteristic: what is typed, and the Idempotency-Key of the results on their way. */
  function recordingOf(c) {
    return { code: c.code, nonconforming: '', inspected: '', defects: '', values: [], typed: '', key: null, sending: false };
  }

  function decidingOf(lot) {
    return { outcome: 'ACCEPTED', comment: '', lines: [{ action: 'RELEASE', quantity: lot.lotSize, reason: '' },
      { action: 'BLOCK', quantity: '', reason: '' }], key: null, sending: false };
  }

  /* ---------- inspect: fetching ---------- */

  async function lookUp(scan) {
    state.candidates = null;
    state.inspectNote = null;
    try {
      const found = (await api.get(API + '?scan=' + encodeURIComponent(scan))).lots;
      if (found.length === 0) {
        state.lot = null;
        state.inspectNote = said('qa.noLotForScan', { scan });
      } else if (found.length === 1) {
        open(found[0]);
        return;
      } else {
        state.lot = null;
        state.candidates = found;
      }
    } catch (problem) {
      state.lot = null;
      state.inspectNote = refused(problem, 'qa.scanRefused');
    }
    drawInspect();
  }

  function open(lot) {
    state.lot = lot;
    state.candidates = null;
    state.recording = null;
    state.deciding = state.engineer && lot.status === 'OPEN' ? decidingOf(lot) : null;
    drawInspect();
  }

  function choose(code) {
    const c = state.lot.characteristics.find(one => one.code === code);
    state.recording = recordingOf(c);
    state.inspectNote = null;
    drawInspect();
    const first = $('record').querySelector('input');
    if (first) { first.focus(); }
  }

  /** The results of the characteristic being entered, once per Idempotency-Key (sent again only when no answer came). */
  async function record(event) {
    event.preventDefault();
    const r = state.recording;
    if (!r || r.sending) { return; }
    const c = state.lot.characteristics.find(one => one.code === r.code);
    const body = c.kind === 'VARIABLE'
      ? { characteristic: c.code, values: r.values.map(decimal) }
      : { characteristic: c.code, nonconforming: r.nonconforming === '' ? null : Number(r.nonconforming),
        inspected: r.inspected === '' ? undefined : Number(r.inspected),
        defects: r.defects.split(/[,;\s]+/).map(code => code.trim()).filter(Boolean) };
    r.key = r.key || api.idempotencyKey();
    r.sending = true;
    drawRecord();
    try {
      const lot = await api.post(API + '/' + state.lot.id + '/results', body, { idempotencyKey: r.key });
      state.lot = lot;
      state.recording = null;
      state.deciding = state.engineer && lot.status === 'OPEN' ? state.deciding || decidingOf(lot) : null;
      state.inspectNote = lot.decision
        ? said('qa.decidedNow', { number: lot.number, outcome: i18n.code('qa.outcome.', lot.decision.outcome) }, true)
        : said('qa.recorded', { code: c.code }, true);
    } catch (problem) {
      r.sending = false;
      if (!retryable(problem)) { r.key = null; }
      state.inspectNote = refused(problem, 'qa.notRecorded', { code: c.code });
    }
    drawInspect();
  }

  /** An engineer's decision, once per Idempotency-Key. */
  async function decide(event) {
    event.preventDefault();
    const d = state.deciding;
    if (!d || d.sending) { return; }
    const split = d.outcome === 'PARTIAL' || d.outcome === 'REJECTED';
    const lines = d.lines.filter(line => decimal(line.quantity) !== '');
    const body = { outcome: d.outcome, comment: d.comment || null, signature: { password: d.password || '' },
      dispositions: split && (d.outcome === 'PARTIAL' || lines.length) ? lines.map(line => ({ action: line.action,
        quantity: decimal(line.quantity), reason: line.reason || null })) : [] };
    d.key = d.key || api.idempotencyKey();
    d.sending = true;
    drawDecide();
    try {
      const lot = await api.post(API + '/' + state.lot.id + '/decision', body, { idempotencyKey: d.key });
      state.lot = lot;
      state.deciding = null;
      state.recording = null;
      state.inspectNote = said('qa.decidedNow', { number: lot.number, outcome: i18n.code('qa.outcome.', lot.decision.outcome) }, true);
    } catch (problem) {
      d.sending = false;
      if (!retryable(problem)) { d.key = null; }
      // a refused password is typed again; everything else the engineer entered stays
      if ((problem.errors || []).some(error => error.field === '/signature/password')) { d.password = ''; }
      state.inspectNote = refused(problem, 'qa.notDecided');
    }
    drawInspect();
  }

  /* ---------- inspect: drawing ---------- */

  function drawInspect() {
    drawCandidates();
    drawLot();
    drawRecord();
    drawDecide();
    drawNote($('inspect-message'), state.inspectNote, $('inspect-view'));
  }

  function drawCandidates() {
    const list = state.candidates || [];
    $('candidates').hidden = !list.length;
    $('candidates').replaceChildren(...list.map(lot => el('li', null, el('button', { type: 'button', class: 'task-row', dataset: { lot: lot.number },
      onclick: () => open(lot) }, lotHead(lot), el('span', { class: 'small-text' }, lotWhat(lot))))));
  }

  function lotHead(lot) {
    return el('span', { class: 'task-head' }, el('strong', null, lot.number), ' ', lot.itemCode, ' ',
      badge(i18n.code('qa.valuation.', lot.decision ? lot.decision.outcome : lot.valuation),
        lot.decision ? OUTCOME_KIND[lot.decision.outcome] : VALUATION_KIND[lot.valuation]));
  }

  function lotWhat(lot) {
    return [t('qa.lotNumber', { lot: lot.lot }), lot.supplierCode ? t('qa.from', { supplier: lot.supplierCode }) : t('qa.ownLot'),
      i18n.number(lot.lotSize) + ' ' + lot.unit, i18n.code('qa.type.', lot.type)].join(' · ');
  }

  function drawLot() {
    const lot = state.lot;
    $('lot').hidden = !lot;
    if (!lot) {
      $('lot').replaceChildren();
      return;
    }
    $('lot').dataset.number = lot.number;
    $('lot').dataset.status = lot.status;
    const open = lot.status === 'OPEN';
    $('lot').replaceChildren(...[
      el('h2', null, lot.number + ' · ' + lot.itemCode),
      el('p', { class: 'caption' }, lotWhat(lot)),
      lot.handlingUnits.length ? el('p', { class: 'small-text code' }, 'SSCC ' + lot.handlingUnits.join(', ')) : null,
      lot.sampleSize ? el('p', { class: 'announced', id: 'draw' }, t('qa.draw', { count: lot.inspectQuantity }),
        lot.inspectQuantity < lot.sampleSize ? el('span', { class: 'hint' }, ' ' + t('qa.wholeLot')) : null) : null,
      lot.characteristics.length ? el('ul', { class: 'dock-list characteristics' }, lot.characteristics.map(c => el('li', { dataset: { code: c.code } },
        el(open && c.valuation === 'OPEN' ? 'button' : 'div', open && c.valuation === 'OPEN'
          ? { type: 'button', class: 'task-row', onclick: () => choose(c.code) } : { class: 'task-row' },
        el('span', { class: 'task-head' }, el('strong', null, c.code), ' ', c.description, ' ',
          badge(i18n.code('qa.valuation.', c.valuation), VALUATION_KIND[c.valuation]),
          c.defectClass !== 'MAJOR' ? badge(i18n.code('qa.class.', c.defectClass), c.defectClass === 'CRITICAL' ? 'bad' : 'grey') : null),
        el('span', { class: 'small-text' }, limits(c)),
        el('span', { class: 'small-text figures' }, t('qa.tally', { inspected: c.inspected, of: c.inspectQuantity, nonconforming: c.nonconforming,
          ac: c.acceptance, re: c.rejection }) + ' · ' + i18n.code('qa.severity.', c.severity)))))) : el('p', { class: 'hint' }, t('qa.nothingToInspect')),
      lot.decision ? decisionBox(lot.decision, lot.unit) : null
    ].filter(Boolean));
  }

  function decisionBox(decision, unit) {
    return el('div', { class: 'done', id: 'decision' },
      el('p', { class: 'message' }, badge(i18n.code('qa.outcome.', decision.outcome), OUTCOME_KIND[decision.outcome]), ' ',
        t(decision.automatic ? 'qa.decidedByRule' : 'qa.decidedBy', { by: decision.decidedBy, at: shortTime(decision.decidedAt) })),
      decision.comment ? el('p', { class: 'small-text' }, decision.comment) : null,
      el('ul', { class: 'receipt-lines' }, decision.dispositions.map(d => el('li', null,
        i18n.code('qa.action.', d.action) + ': ' + i18n.number(d.quantity) + ' ' + unit + (d.reason ? ' · ' + d.reason : '')))));
  }

  function drawRecord() {
    const r = state.recording;
    const form = $('record');
    form.hidden = !r || !state.lot;
    if (form.hidden) {
      form.replaceChildren();
      return;
    }
    const c = state.lot.characteristics.find(one => one.code === r.code);
    const left = c.inspectQuantity - c.inspected;
    if (c.kind === 'VARIABLE') {
      const input = el('input', { id: 'measured', inputmode: 'decimal', autocomplete: 'off', value: r.typed, 'data-fields': 'values value',
        oninput: event => { r.typed = event.target.value; },
        onkeydown: event => {
          if (event.key !== 'Enter') { return; }
          event.preventDefault();
          if (decimal(r.typed) === '' || r.values.length >= left) { return; }
          r.values.push(decimal(r.typed));
          r.typed = '';
          drawRecord();
          $('measured').focus();
        } });
      form.replaceChildren(
        el('h2', null, t('qa.measure', { code: c.code, description: c.description })),
        el('p', { class: 'caption' }, limits(c) + ' · ' + t('qa.unitsLeft', { count: left })),
        field(t('qa.measuredValue', { unit: c.unit || '' }), input, t('qa.measuredHint')),
        r.values.length ? el('ol', { class: 'receipt-lines measured-values' }, r.values.map((value, i) => el('li', null, i18n.number(value), ' ',
          el('button', { type: 'button', class: 'link', onclick: () => { r.values.splice(i, 1); drawRecord(); } }, t('qa.remove'))))) : null,
        el('button', { type: 'submit', class: 'primary big', id: 'record-send', disabled: r.sending || !r.values.length },
          t('qa.recordValues', { count: r.values.length })),
        el('button', { type: 'button', class: 'big', onclick: () => { state.recording = null; drawInspect(); } }, t('qa.cancel')));
    } else {
      form.replaceChildren(
        el('h2', null, t('qa.judge', { code: c.code, description: c.description })),
        el('p', { class: 'caption' }, t('qa.unitsLeft', { count: left })),
        field(t('qa.nonconforming'), el('input', { id: 'nonconforming', inputmode: 'numeric', autocomplete: 'off', value: r.nonconforming,
          'data-fields': 'nonconforming', oninput: event => { r.nonconforming = event.target.value; } })),
        field(t('qa.inspected'), el('input', { id: 'inspected', inputmode: 'numeric', autocomplete: 'off', value: r.inspected, placeholder: String(left),
          'data-fields': 'inspected', oninput: event => { r.inspected = event.target.value; } }), t('qa.inspectedHint', { count: left })),
        field(t('qa.defects'), el('input', { id: 'defects', autocomplete: 'off', value: r.defects, 'data-fields': 'defects',
          oninput: event => { r.defects = event.target.value; } })),
        el('button', { type: 'submit', class: 'primary big', id: 'record-send', disabled: r.sending }, t('qa.recordCount')),
        el('button', { type: 'button', class: 'big', onclick: () => { state.recording = null; drawInspect(); } }, t('qa.cancel')));
    }
  }

  function drawDecide() {
    const d = state.deciding;
    const form = $('decide');
    form.hidden = !d || !state.lot || state.lot.status !== 'OPEN' || !!state.recording;
    if (form.hidden) {
      form.replaceChildren();
      return;
    }
    const split = d.outcome === 'PARTIAL' || d.outcome === 'REJECTED';
    const select = el('select', { id: 'outcome', 'data-fields': 'outcome /outcome', onchange: event => { d.outcome = event.target.value; drawDecide(); } },
      OUTCOMES.map(outcome => el('option', { value: outcome, selected: outcome === d.outcome }, i18n.code('qa.outcome.', outcome))));
    form.replaceChildren(...[
      el('h2', null, t('qa.decideHeading')),
      el('p', { class: 'caption' }, t('qa.decideHint', { valuation: i18n.code('qa.valuation.', state.lot.valuation) })),
      field(t('qa.outcome'), select),
      field(t('qa.comment'), el('input', { id: 'comment', autocomplete: 'off', value: d.comment, 'data-fields': 'comment /comment',
        oninput: event => { d.comment = event.target.value; } }), d.outcome === 'ACCEPTED_WITH_DEVIATION' ? t('qa.deviationHint') : null),
      split ? el('fieldset', { 'data-fields': '/dispositions' }, el('legend', null, t('qa.dispositions', { size: i18n.number(state.lot.lotSize), unit: state.lot.unit })),
        d.lines.map((line, i) => el('div', { class: 'pair disposition' },
          field(t('qa.action'), el('select', { 'data-fields': '/dispositions/' + i + '/action', onchange: event => { line.action = event.target.value; } },
            ACTIONS.map(action => el('option', { value: action, selected: action === line.action }, i18n.code('qa.action.', action))))),
          field(t('qa.quantity', { unit: state.lot.unit }), el('input', { inputmode: 'decimal', autocomplete: 'off', value: line.quantity,
            'data-fields': '/dispositions/' + i + '/quantity', oninput: event => { line.quantity = event.target.value; } })))),
        el('button', { type: 'button', class: 'big', onclick: () => { d.lines.push({ action: 'SCRAP', quantity: '', reason: '' }); drawDecide(); } },
          t('qa.addDisposition'))) : null,
      field(t('qa.signPassword'), el('input', { id: 'sign-password', type: 'password', autocomplete: 'current-password', value: d.password || '',
        'data-fields': '/signature/password', oninput: event => { d.password = event.target.value; } }), t('qa.signHint', { name: state.me })),
      el('button', { type: 'submit', class: 'primary big', id: 'decide-send', disabled: d.sending }, t('qa.decide'))
    ].filter(Boolean));
  }

  /* ---------- the lists ---------- */

  async function loadQueue() {
    try {
      state.queue = (await api.get(API + '?status=OPEN')).lots;
      state.queueNote = null;
    } catch (problem) {
      state.queue = null;
      state.queueNote = refused(problem, 'qa.queueNotLoaded');
    }
    drawQueue();
  }

  async function loadDecided() {
    try {
      state.decided = (await api.get(API + '?status=DECIDED')).lots;
      state.decidedNote = null;
    } catch (problem) {
      state.decided = null;
      state.decidedNote = refused(problem, 'qa.decidedNotLoaded');
    }
    drawDecided();
  }

  function lotRow(lot) {
    return el('li', null, el('button', { type: 'button', class: 'task-row', dataset: { lot: lot.number }, onclick: () => {
      open(lot);
      tabs.select('inspect-view');
    } }, lotHead(lot), el('span', { class: 'small-text' }, lotWhat(lot)),
    el('span', { class: 'small-text' }, lot.decision
      ? t(lot.decision.automatic ? 'qa.decidedByRule' : 'qa.decidedBy', { by: lot.decision.decidedBy, at: shortTime(lot.decision.decidedAt) })
      : t('qa.openedBy', { by: lot.openedBy, at: shortTime(lot.openedAt) }))));
  }

  function drawQueue() {
    const list = Array.isArray(state.queue) ? state.queue : [];
    $('queue').replaceChildren(...list.map(lotRow));
    $('queue-empty').hidden = !Array.isArray(state.queue) || list.length > 0;
    drawNote($('queue-message'), state.queueNote, $('queue-view'));
  }

  function drawDecided() {
    const list = Array.isArray(state.decided) ? state.decided : [];
    $('decided').replaceChildren(...list.map(lotRow));
    $('decided-empty').hidden = !Array.isArray(state.decided) || list.length > 0;
    drawNote($('decided-message'), state.decidedNote, $('decided-view'));
  }

  /* ---------- the page ---------- */

  function drawAll() {
    drawInspect();
    drawQueue();
    drawDecided();
  }

  async function main() {
    const claims = await auth.enter();
    if (!claims) { return; }
    const roles = (claims.realm_access && claims.realm_access.roles) || [];
    state.engineer = roles.includes('quality-engineer') || roles.includes('admin');
    state.me = claims.preferred_username;
    scans.lot = scanner.attach($('lot-scan'), lookUp);
    tabs = dom.tabs($('tabs'), panel => {
      if (panel === 'inspect-view') { scans.lot.focus(); }
      if (panel === 'queue-view') { loadQueue(); }
      if (panel === 'decided-view') { loadDecided(); }
    });
    $('record').addEventListener('submit', record);
    $('decide').addEventListener('submit', decide);
    i18n.onChange(drawAll);
    scans.lot.focus();
  }

  main();
})();
