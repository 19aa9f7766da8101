/*
 * A supplier's scorecard drawn: a month per row (deliveries, on time, quantity accuracy, ASN accuracy, PPM) and a
 * line chart of the three percentages with uPlot (the webjar the gateway serves under /webjars/uplot/). A month
 * without deliveries has no percentages: a dash in the table, a gap in the chart. Pure drawing: the pages fetch.
 */
(function () {
  'use strict';

  const { el, row } = window.Forgeline.dom;
  const i18n = window.Forgeline.i18n;
  // [field, text, colour, point size]: later series are drawn over earlier ones, smaller, so equal values stay visible
  const SERIES = [
    ['onTimePercent', 'score.onTime', '#1f6feb', 13],
    ['quantityAccuracyPercent', 'score.quantityAccuracy', '#1e7b34', 9],
    ['asnAccuracyPercent', 'score.asnAccuracy', '#b25e00', 5]
  ];

  function percent(value) {
    return value === null || value === undefined ? '–' : i18n.number(value / 100, { style: 'percent', maximumFractionDigits: 1 });
  }

  function table(months) {
    return el('table', { class: 'scorecard-table' },
      el('thead', null, el('tr', null,
        el('th', { scope: 'col' }, i18n.t('score.month')),
        el('th', { scope: 'col', class: 'number' }, i18n.t('score.deliveries')),
        SERIES.map(([, key]) => el('th', { scope: 'col', class: 'number' }, i18n.t(key))),
        el('th', { scope: 'col', class: 'number', title: i18n.t('score.ppmHint') }, i18n.t('score.ppm')))),
      el('tbody', null, months.map(m => row([
        i18n.month(m.month),
        el('td', { class: 'number' }, i18n.number(m.deliveries)),
        SERIES.map(([field]) => el('td', { class: 'number' }, percent(m[field]))),
        el('td', { class: 'number' }, i18n.number(m.ppm))
      ], { dataset: { month: m.month } }))));
  }

  function chart(box, months) {
    if (!window.uPlot || !months.length) { return; }
    const labels = months.map(m => i18n.month(m.month));
    const data = [months.map((m, i) => i)].concat(SERIES.map(([field]) => months.map(m => (m[field] === undefined ? null : m[field]))));
    const options = {
      width: Math.max(box.clientWidth, 320),
      height: 220,
      legend: { live: false },
      scales: { x: { time: false, range: (u, min, max) => [min - 0.5, max + 0.5] }, y: { range: [0, 100] } },
      axes: [
        { splits: () => data[0], values: (u, splits) => splits.map(i => labels[i] || '') },
        { values: (u, splits) => splits.map(v => i18n.number(v / 100, { style: 'percent' })), size: 56 }
      ],
      series: [{ label: i18n.t('score.month'), value: (u, i) => (i === null ? '–' : labels[i]) }].concat(SERIES.map(([, key, colour, size]) => ({
        label: i18n.t(key), stroke: colour, width: 2, points: { size, fill: colour }, value: (u, v) => percent(v)
      })))
    };
    // eslint-disable-next-line no-new
    new window.uPlot(options, data, box);
  }

  /** Draws one supplier's months into container (which should be on screen, so the chart knows its width). */
  function render(container, months) {
    const sorted = (months || []).slice().sort((a, b) => String(a.month).localeCompare(String(b.month)));
    if (!sorted.length) {
      container.replaceChildren(el('p', { class: 'empty' }, i18n.t('score.noMonths')));
      return;
    }
    const plot = el('div', { class: 'scorecard-chart', role: 'img', 'aria-label': i18n.t('score.chartLabel') });
    container.replaceChildren(el('div', { class: 'scorecard' }, el('div', { class: 'table-wrap' }, table(sorted)), plot));
    chart(plot, sorted);
  }

  i18n.add({
    'score.month': ['Month', '月份'],
    'score.deliveries': ['Deliveries', '交货次数'],
    'score.onTime': ['On time', '准时交货率'],
    'score.quantityAccuracy': ['Quantity accuracy', '数量准确率'],
    'score.asnAccuracy': ['ASN accuracy', '发货通知准确率'],
    'score.ppm': ['PPM', '不良率 PPM'],
    'score.ppmHint': ['Defective parts per million received', '每百万个收货零件中的不良数'],
    'score.noMonths': ['No deliveries have been rated yet.', '还没有可评价的交货。'],
    'score.chartLabel': ['Percentages per month: on time, quantity accuracy, ASN accuracy', '每月百分比：准时交货率、数量准确率、发货通知准确率']
  });

  window.Forgeline = window.Forgeline || {};
  window.Forgeline.scorecard = { render };
})();
