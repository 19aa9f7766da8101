/*
 * Building the pages' DOM in plain JavaScript: el() makes an element with attributes and children, and the few
 * pieces every list page repeats (tabs, a pager, a badge, a table's rows). Pure drawing: nothing here fetches.
 */
(function () {
  'use strict';

  const i18n = window.Forgeline.i18n;

  /**
   * el('button', {class: 'primary', onclick: fn, dataset: {id: 1}}, 'Send'): attributes by name, on* as listeners,
   * text and nodes as children; null, undefined and false are left out.
   */
  function el(tag, attributes, ...children) {
    const node = document.createElement(tag);
    Object.entries(attributes || {}).forEach(([name, value]) => {
      if (value === undefined || value === null || value === false) { return; }
      if (name === 'class') {
        node.className = value;
      } else if (name === 'dataset') {
        Object.assign(node.dataset, value);
      } else if (name.startsWith('on')) {
        node.addEventListener(name.slice(2), value);
      } else if (name === 'value' || name === 'checked' || name === 'selected') {
        node[name] = value;
      } else {
        node.setAttribute(name, value === true ? '' : value);
      }
    });
    children.flat(Infinity).forEach(child => {
      if (child !== null && child !== undefined && child !== false) { node.append(child instanceof Node ? child : String(child)); }
    });
    return node;
  }

  /** A table row: each cell a td (given as is) or the content of a new one; nested lists of cells are flattened. */
  function row(cells, attributes) {
    return el('tr', attributes, cells.flat().map(cell => (cell instanceof HTMLTableCellElement ? cell : el('td', null, cell))));
  }

  function badge(text, kind) {
    return el('span', { class: 'badge ' + (kind || '') }, text);
  }

  /** A select's options from [value, label] pairs, the current value kept. */
  function options(select, pairs) {
    const current = select.value;
    select.replaceChildren(...pairs.map(([value, label]) => el('option', { value }, label)));
    if (pairs.some(([value]) => value === current)) { select.value = current; }
  }

  /**
   * "21–40 of 57" with Previous and Next into box; go(page) is called with the page to show.
   */
  function pager(box, page, size, total, go) {
    const first = total === 0 ? 0 : page * size + 1;
    const last = Math.min(total, (page + 1) * size);
    box.replaceChildren(
      el('span', { class: 'range' }, i18n.t('pager.range', { first: i18n.number(first), last: i18n.number(last), total: i18n.number(total) })),
      el('button', { type: 'button', class: 'previous', disabled: page === 0, onclick: () => go(page - 1) }, i18n.t('pager.previous')),
      el('button', { type: 'button', class: 'next', disabled: last >= total, onclick: () => go(page + 1) }, i18n.t('pager.next')));
  }

  /**
   * Tabs: buttons of role tab in nav, each aria-controls its panel. Selecting one shows its panel and calls
   * onSelect(panelId); arrow keys move between tabs as in any tab list.
   */
  function tabs(nav, onSelect) {
    const all = Array.from(nav.querySelectorAll('[role=tab]'));
    const select = tab => {
      all.forEach(other => {
        const chosen = other === tab;
        other.setAttribute('aria-selected', String(chosen));
        other.tabIndex = chosen ? 0 : -1;
        document.getElementById(other.getAttribute('aria-controls')).hidden = !chosen;
      });
      onSelect(tab.getAttribute('aria-controls'));
    };
    all.forEach((tab, i) => {
      tab.addEventListener('click', () => select(tab));
      tab.addEventListener('keydown', event => {
        const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
        if (step) {
          const next = all[(i + step + all.length) % all.length];
          next.focus();
          select(next);
        }
      });
    });
    return { select: id => select(all.find(tab => tab.getAttribute('aria-controls') === id)) };
  }

  i18n.add({
    'pager.range': ['{first}–{last} of {total}', '第 {first}–{last} 条，共 {total} 条'],
    'pager.previous': ['‹ Previous', '‹ 上一页'],
    'pager.next': ['Next ›', '下一页 ›']
  });

  window.Forgeline = window.Forgeline || {};
  window.Forgeline.dom = { el, row, badge, options, pager, tabs };
})();
