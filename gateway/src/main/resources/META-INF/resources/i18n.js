/*
 * The pages' languages: English and Simplified Chinese. The language is the one the user picked last (kept in
 * localStorage), else the first of the browser's languages we speak, else English. Texts live in message files
 * (planner.messages.js, supply.messages.js) that call add(); elements name their text with data-i18n (and
 * data-i18n-placeholder, -title, -aria-label), apply() fills them in. Numbers and dates are written with Intl in
 * the chosen language (English in the browser's own variant, e.g. en-GB), and every API call says
 * Accept-Language. A page redraws what it wrote itself through onChange().
 */
(function () {
  'use strict';

  /** The languages, in the order add() takes each message's texts. */
  const LANGUAGES = ['en', 'zh-CN'];
  const NAMES = { en: 'English', 'zh-CN': '中文' };
  const STORE = 'forgeline.language';
  const ATTRIBUTES = ['placeholder', 'title', 'aria-label'];

  const messages = { en: {}, 'zh-CN': {} };
  const missing = new Set();
  const listeners = [];
  const formats = new Map();
  let language = initial();

  function initial() {
    let kept = null;
    try { kept = localStorage.getItem(STORE); } catch (blocked) { kept = null; }
    if (LANGUAGES.includes(kept)) { return kept; }
    for (const tag of navigator.languages || [navigator.language || 'en']) {
      const lower = String(tag).toLowerCase();
      if (lower.startsWith('zh')) { return 'zh-CN'; }
      if (lower.startsWith('en')) { return 'en'; }
    }
    return 'en';
  }

  /** Messages as {key: [english, chinese]}; a key without both texts is reported, not silently half-translated. */
  function add(table) {
    Object.entries(table).forEach(([key, texts]) => {
      LANGUAGES.forEach((lang, i) => {
        if (texts[i] === undefined || texts[i] === null) {
          missing.add(lang + ':' + key);
        } else {
          messages[lang][key] = texts[i];
        }
      });
    });
  }

  function fill(text, params) {
    return params ? text.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole)) : text;
  }

  /** The text of key in the current language, {name} placeholders filled from params. */
  function t(key, params) {
    let text = messages[language][key];
    if (text === undefined) {
      missing.add(language + ':' + key);
      text = messages.en[key] !== undefined ? messages.en[key] : key;
    }
    return fill(text, params);
  }

  /** A code's name (a status, say) when there is one, else the code itself: codes are what the services speak. */
  function code(prefix, value) {
    if (value === undefined || value === null || value === '') { return '–'; }
    const text = messages[language][prefix + value];
    return text !== undefined ? text : String(value);
  }

  function apply(root) {
    const scope = root || document;
    scope.querySelectorAll('[data-i18n]').forEach(el => { el.textContent = t(el.dataset.i18n); });
    ATTRIBUTES.forEach(attribute => {
      scope.querySelectorAll('[data-i18n-' + attribute + ']').forEach(el => {
        el.setAttribute(attribute, t(el.getAttribute('data-i18n-' + attribute)));
      });
    });
    if (!root) {
      document.documentElement.lang = language;
      document.querySelectorAll('.language-control button').forEach(b => {
        b.setAttribute('aria-pressed', String(b.dataset.language === language));
      });
    }
  }

  function use(lang) {
    if (!LANGUAGES.includes(lang) || lang === language) { return; }
    language = lang;
    try { localStorage.setItem(STORE, lang); } catch (blocked) { /* this tab keeps it anyway */ }
    apply();
    listeners.forEach(listener => listener(lang));
  }

  function onChange(listener) {
    listeners.push(listener);
  }

  /** "English | 中文" buttons, each language named in itself, into every element of class language-control. */
  function mountControls() {
    document.querySelectorAll('.language-control').forEach(box => {
      if (box.childElementCount) { return; }
      box.setAttribute('role', 'group');
      box.setAttribute('aria-label', 'Language / 语言');
      LANGUAGES.forEach(lang => {
        const button = document.createElement('button');
        button.type = 'button';
        button.lang = lang;
        button.dataset.language = lang;
        button.textContent = NAMES[lang];
        button.addEventListener('click', () => use(lang));
        box.appendChild(button);
      });
    });
  }

  /** The locale numbers and dates are written in: Chinese as zh-CN, English as the browser's own English if it has one. */
  function locale() {
    if (language !== 'en') { return language; }
    return (navigator.languages || []).find(tag => /^en(-|$)/i.test(tag)) || 'en';
  }

  function acceptLanguage() {
    return language === 'zh-CN' ? 'zh-CN,zh;q=0.9,en;q=0.5' : locale() + (locale() === 'en' ? '' : ',en;q=0.9');
  }

  function format(kind, options) {
    const key = kind + locale() + JSON.stringify(options);
    if (!formats.has(key)) {
      formats.set(key, kind === 'number' ? new Intl.NumberFormat(locale(), options) : new Intl.DateTimeFormat(locale(), options));
    }
    return formats.get(key);
  }

  /** A number, or a decimal the services send as text ("12.5"), formatted exactly. */
  function number(value, options) {
    if (value === undefined || value === null || value === '') { return '–'; }
    return format('number', Object.assign({ maximumFractionDigits: 6 }, options)).format(value);
  }

  /** A calendar day ("2026-12-10") as that day, whatever the browser's time zone. */
  function day(value) {
    if (!value) { return '–'; }
    const [y, m, d] = String(value).split('-').map(Number);
    return format('date', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d));
  }

  /** A month ("2026-11"). */
  function month(value) {
    if (!value) { return '–'; }
    const [y, m] = String(value).split('-').map(Number);
    return format('date', { year: 'numeric', month: 'short', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, 1));
  }

  /** An instant in the browser's time zone; options replace the default day-month-time. */
  function dateTime(value, options) {
    if (value === undefined || value === null || value === '') { return '–'; }
    const time = typeof value === 'number' ? value : Date.parse(value);
    return format('date', options || { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(time);
  }

  function start() {
    mountControls();
    apply();
  }

  add({
    'app.signingIn': ['Signing in…', '正在登录…'],
    'app.signOut': ['Sign out', '退出登录'],
    'app.signInFailed': ['Sign-in failed: {reason}', '登录失败：{reason}'],
    'app.signInAgain': ['Sign in again', '重新登录']
  });

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }

  window.Forgeline = window.Forgeline || {};
  window.Forgeline.i18n = {
    LANGUAGES, add, t, code, apply, use, onChange, locale, acceptLanguage, number, day, month, dateTime,
    language: () => language,
    /** Keys asked for (or added) without a text in some language: the page tests expect none. */
    missing: () => Array.from(missing)
  };
})();
