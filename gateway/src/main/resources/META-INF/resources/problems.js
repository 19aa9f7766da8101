/*
 * Showing a refusal where the user can act on it: a title in the user's own words for the status (400: correct
 * the marked fields, 409: clashes with what is there, ...), the service's explanation, and each field it names
 * both beside its input and in a list whose entries jump to the input. Fields are matched to inputs by their
 * data-fields (JSON pointers such as /handlingUnits/0/sscc, or dotted paths such as lines[0].quantity), else by
 * the nearest named parent. Pure drawing: api.js fetches.
 */
(function () {
  'use strict';

  const { el } = window.Forgeline.dom;
  const i18n = window.Forgeline.i18n;
  const TITLED = [0, 400, 401, 403, 404, 409, 422, 429];

  /**
   * The services answer in English for now; the phrases users meet most (refusals, what changed in an order) are
   * said in the user's language here, anything else is shown as the service wrote it.
   */
  const PHRASES = [
    [/^is required$/, 'phrase.required'],
    [/^must be more than zero$/, 'phrase.positive'],
    [/^(SSCC|GTIN) (\d+) has check digit (\d) but its digits need (\d)$/, 'phrase.checkDigit'],
    [/^(SSCC|GTIN) must have (\d+) digits, not (\d+)$/, 'phrase.digits'],
    [/^\((\d+)\) ([A-Z0-9 -]+): check digit (\d) is wrong: (\d+) needs (\d)$/, 'phrase.scannedCheckDigit'],
    [/^'(.)' is not a digit$/, 'phrase.notDigit'],
    [/^SSCC (\d+) is on another open ASN$/, 'phrase.ssccTaken'],
    [/^SSCC (\d+) appears twice in this ASN$/, 'phrase.ssccTwice'],
    [/^the goods expired on (\d{4}-\d{2}-\d{2})$/, 'phrase.expired'],
    [/^must not be in the past$/, 'phrase.past'],
    [/^name the item by itemCode or gtin$/, 'phrase.chooseLine'],
    // what changed in a purchase order's revision
    [/^sent$/, 'phrase.sent'],
    [/^the counter-proposal for line (\d+) was accepted$/, 'phrase.proposalAccepted'],
    [/^the counter-proposal for line (\d+) was rejected$/, 'phrase.proposalRejected'],
    [/^cancelled by the buyer$/, 'phrase.cancelledByBuyer']
  ];

  function say(message) {
    if (!message) { return message; }
    const at = / \(at character (\d+)\)$/.exec(message);
    if (at) { return say(message.slice(0, at.index)) + i18n.t('phrase.atCharacter', { 1: at[1] }); }
    for (const [pattern, key, params] of PHRASES) {
      const match = pattern.exec(message);
      if (match) {
        const values = Object.fromEntries(match.slice(1).map((value, i) => [String(i + 1), value]));
        return i18n.t(key, params ? Object.assign(values, params(match)) : values);
      }
    }
    return message;
  }

  /**
   * More phrases a page's services say, from its messages file: [pattern, key] or [pattern, key, match => params]
   * (to write a captured instant or number in the user's language); the key's text names the captures {1}, {2}, ...
   */
  function addPhrases(phrases) {
    PHRASES.push(...phrases);
  }

  function title(problem) {
    if (problem.status >= 500) { return i18n.t('problem.5xx'); }
    return TITLED.includes(problem.status) ? i18n.t('problem.' + problem.status) : i18n.t('problem.other', { status: problem.status });
  }

  /** /handlingUnits/0/lines/1/quantity → /handlingUnits/0/lines/1; lines[0].deliveries[1].date → lines[0].deliveries[1]. */
  function parent(field) {
    const cut = Math.max(field.lastIndexOf('/'), field.lastIndexOf('.'), field.lastIndexOf('['));
    return cut > 0 ? field.slice(0, cut) : null;
  }

  function find(form, field) {
    for (let name = field; name; name = parent(name)) {
      const input = form.querySelector('[data-fields~="' + CSS.escape(name) + '"]');
      if (input) { return input; }
    }
    return null;
  }

  /** What the user calls the input: its unit's legend and its own label. */
  function labelOf(input) {
    const own = input.closest('label') || (input.id && document.querySelector('label[for="' + CSS.escape(input.id) + '"]'));
    const legend = input.closest('fieldset') && input.closest('fieldset').querySelector('legend');
    const name = own ? (own.querySelector('.label') || own).textContent.trim() : (input.getAttribute('aria-label') || '');
    return [legend && legend !== own ? legend.textContent.trim() : null, name].filter(Boolean).join(' · ');
  }

  function clear(box, form) {
    if (box) {
      box.replaceChildren();
      box.classList.remove('error', 'info');
    }
    if (form) {
      form.querySelectorAll('.field-error').forEach(e => e.remove());
      form.querySelectorAll('[aria-invalid]').forEach(e => { e.removeAttribute('aria-invalid'); e.removeAttribute('aria-describedby'); });
    }
  }

  let counter = 0;

  function mark(input, message) {
    const id = 'field-error-' + (++counter);
    input.setAttribute('aria-invalid', 'true');
    input.setAttribute('aria-describedby', id);
    const note = el('span', { class: 'field-error', id, role: 'note' }, message);
    const legend = input.tagName === 'FIELDSET' ? input.querySelector('legend') : null;
    (legend || input).after(note);
  }

  /**
   * The problem's field errors as one entry per input (an order line picker answers for the order, the line and the
   * item), each message once; fields no input answers for keep their own entry.
   */
  function byInput(problem, form) {
    const entries = new Map();
    problem.errors.forEach(error => {
      const input = form ? find(form, error.field || '') : null;
      const key = input || error.field || '';
      if (!entries.has(key)) { entries.set(key, { input, field: error.field, messages: [] }); }
      const message = say(error.message);
      if (!entries.get(key).messages.includes(message)) { entries.get(key).messages.push(message); }
    });
    return Array.from(entries.values());
  }

  /**
   * Shows problem in box (role=alert) and at the inputs of form it names; context says what was refused
   * ("The shipping notice was not accepted."). compact (small screens): what is said beside an input is not said
   * again in the box, which keeps the title and the rest.
   */
  function show(box, problem, form, context, compact) {
    clear(box, form);
    box.classList.add('error');
    const entries = byInput(problem, form);
    const items = entries.map(({ input, field, messages }) => {
      const message = messages.join('; ');
      if (input) {
        mark(input, message);
        return compact ? null : el('li', null, el('a', {
          href: '#', onclick: event => { event.preventDefault(); input.focus(); }
        }, labelOf(input) || field), ': ', message);
      }
      return el('li', null, field ? el('code', null, field) : null, field ? ': ' : null, message);
    }).filter(Boolean);
    box.append(el('strong', null, title(problem)), ' ', context ? context + ' ' : null);
    if (!entries.length && problem.detail) { box.append(el('span', { class: 'detail' }, say(problem.detail))); }
    if (items.length) { box.append(el('ul', { class: 'field-errors' }, items)); }
    const first = form && form.querySelector('[aria-invalid="true"]');
    if (first) { first.focus(); } else { box.scrollIntoView({ block: 'nearest' }); }
  }

  /** A plain message (info: true for good news) in box. */
  function message(box, text, info) {
    clear(box, null);
    if (!text) { return; }
    box.classList.add(info ? 'info' : 'error');
    box.textContent = text;
  }

  i18n.add({
    'problem.0': ['No connection to the server. Check the network and try again.', '无法连接服务器。请检查网络后重试。'],
    'problem.400': ['Please correct the marked fields.', '请更正标出的字段。'],
    'problem.401': ['Your sign-in has expired. Please sign in again.', '登录已过期，请重新登录。'],
    'problem.403': ['You are not allowed to do this.', '您没有执行此操作的权限。'],
    'problem.404': ['Not found: it may have been removed.', '未找到：可能已被删除。'],
    'problem.409': ['This clashes with what is there now.', '与当前的数据冲突。'],
    'problem.422': ['Refused by a business rule.', '不符合业务规则，已被拒绝。'],
    'problem.429': ['Too many requests: wait a moment, then try again.', '请求过于频繁：请稍候再试。'],
    'problem.5xx': ['The service is not answering right now. Nothing was changed; try again in a moment.', '服务暂时没有响应，没有做任何更改。请稍后重试。'],
    'problem.other': ['The request failed (HTTP {status}).', '请求失败（HTTP {status}）。'],
    'phrase.required': ['is required', '必填'],
    'phrase.atCharacter': [' (at character {1})', '（第 {1} 个字符处）'],
    'phrase.positive': ['must be more than zero', '必须大于零'],
    'phrase.checkDigit': ['{1} {2} has check digit {3} but its digits need {4}', '{1} {2} 的校验位是 {3}，按前面的数字应为 {4}，请核对标签'],
    'phrase.scannedCheckDigit': ['({1}) {2}: check digit {3} is wrong: {4} needs {5}', '({1}) {2}：校验位 {3} 不对，{4} 的校验位应为 {5}，请核对标签'],
    'phrase.digits': ['{1} must have {2} digits, not {3}', '{1} 应为 {2} 位数字，现在是 {3} 位'],
    'phrase.notDigit': ['\'{1}\' is not a digit', '“{1}”不是数字'],
    'phrase.ssccTaken': ['SSCC {1} is on another open ASN', 'SSCC {1} 已在另一张未关闭的发货通知上'],
    'phrase.ssccTwice': ['SSCC {1} appears twice in this ASN', 'SSCC {1} 在本发货通知中出现了两次'],
    'phrase.expired': ['the goods expired on {1}', '货物已于 {1} 过期'],
    'phrase.past': ['must not be in the past', '不能早于今天'],
    'phrase.chooseLine': ['choose the order line the goods are for', '请选择货物对应的订单行'],
    'phrase.sent': ['sent', '已发出'],
    'phrase.proposalAccepted': ['the counter-proposal for line {1} was accepted', '第 {1} 行的变更建议已接受'],
    'phrase.proposalRejected': ['the counter-proposal for line {1} was rejected', '第 {1} 行的变更建议已拒绝'],
    'phrase.cancelledByBuyer': ['cancelled by the buyer', '由采购员取消']
  });

  window.Forgeline = window.Forgeline || {};
  window.Forgeline.problems = { show, clear, message, say, addPhrases };
})();
