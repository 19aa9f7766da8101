/*
 * The operator's session at a shop-floor terminal: signed in by badge and PIN (docs/terminal-sign-in.md), not by
 * the browser sign-in of the other pages. The terminal knows its own code (set up once with ?terminal=CODE and
 * kept in localStorage); the operator's tokens live in sessionStorage and die with the tab. Scanning the badge
 * again, the sign-out button or the idle timeout ends the session at Keycloak.
 *
 * It stands in for oidc.js as Forgeline.auth, so api.js sends every call with the operator's token; a token about
 * to expire is refreshed through execution (whose client issued it), and when that fails the operator is signed
 * out and asked for the badge again.
 */
(function () {
  'use strict';

  const SESSION = 'forgeline.terminal.session';
  const TERMINAL = 'forgeline.terminal.code';
  const SESSIONS = '/api/execution/terminal-sessions';
  const EARLY_MS = 30000;
  const ACTIVITY = ['pointerdown', 'keydown', 'touchstart'];

  const listeners = [];
  let idleMs = 5 * 60 * 1000;
  let idleTimer = null;
  let refreshing = null;

  function read() {
    try { return JSON.parse(sessionStorage.getItem(SESSION) || 'null'); } catch (broken) { return null; }
  }

  function write(session) {
    if (session) { sessionStorage.setItem(SESSION, JSON.stringify(session)); } else { sessionStorage.removeItem(SESSION); }
  }

  /** The terminal's code: ?terminal=CODE sets it up (kept in localStorage), else what was set up before. */
  function terminalCode() {
    const asked = new URLSearchParams(location.search).get('terminal');
    if (asked && asked.trim()) { localStorage.setItem(TERMINAL, asked.trim()); }
    return localStorage.getItem(TERMINAL);
  }

  function setTerminal(code) {
    if (code) { localStorage.setItem(TERMINAL, code.trim()); } else { localStorage.removeItem(TERMINAL); }
  }

  /** A refusal from the sign-in paths, as {status, body}: api.js's Problem is made of it by the page. */
  async function post(path, body) {
    let response;
    try {
      response = await fetch(SESSIONS + path, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json',
          'Accept-Language': window.Forgeline.i18n.acceptLanguage() },
        body: JSON.stringify(body)
      });
    } catch (unreachable) {
      throw { status: 0, body: { detail: unreachable.message } };
    }
    const text = await response.text();
    let json = null;
    try { json = text ? JSON.parse(text) : null; } catch (notJson) { json = null; }
    if (!response.ok) { throw { status: response.status, body: json }; }
    return json;
  }

  function keep(answer, previous, badge) {
    const session = {
      accessToken: answer.accessToken,
      refreshToken: answer.refreshToken,
      expiresAt: Date.now() + (answer.expiresIn || 60) * 1000,
      operator: answer.operator || (previous && previous.operator),
      terminal: answer.terminal || (previous && previous.terminal),
      badge: badge || (previous && previous.badge)
    };
    write(session);
    return session;
  }

  async function signIn(badge, pin) {
    const answer = await post('', { terminalCode: terminalCode(), badge, pin });
    const session = keep(answer, null, badge);
    watchIdle();
    return session;
  }

  async function refresh() {
    const session = read();
    if (!session) { return null; }
    if (!refreshing) {
      refreshing = post('/refresh', { refreshToken: session.refreshToken })
        .then(answer => keep(answer, session, null))
        .catch(problem => (problem.status === 0 ? session : null))
        .finally(() => { refreshing = null; });
    }
    return refreshing;
  }

  /** The operator's token, refreshed when about to expire; null (and signed out) once the session has ended. */
  async function accessToken(force) {
    let session = read();
    if (session && (force || session.expiresAt - EARLY_MS <= Date.now())) {
      session = await refresh();
      if (!session) { end('expired'); }
    }
    return session ? session.accessToken : null;
  }

  /** fetch() with the operator's bearer token; a 401 gets one retry with a refreshed token, then the operator is signed out. */
  async function authorizedFetch(url, init) {
    const options = Object.assign({}, init || {});
    const send = async force => {
      const token = await accessToken(force);
      if (!token) { return new Response(JSON.stringify({ status: 401, detail: 'signed out' }), { status: 401 }); }
      const headers = new Headers(options.headers || {});
      headers.set('Authorization', 'Bearer ' + token);
      const session = read();
      if (session && session.terminal) { headers.set('X-Forgeline-Terminal', session.terminal.code); }
      return fetch(url, Object.assign({}, options, { headers }));
    };
    let response = await send(false);
    if (response.status === 401) {
      response = await send(true);
      if (response.status === 401) { end('expired'); }
    }
    return response;
  }

  function end(reason) {
    const session = read();
    write(null);
    clearTimeout(idleTimer);
    if (session) {
      post('/sign-out', { refreshToken: session.refreshToken }).catch(() => {});
      listeners.forEach(listener => listener(reason, session));
    }
  }

  function watchIdle() {
    clearTimeout(idleTimer);
    if (read()) { idleTimer = setTimeout(() => end('idle'), idleMs); }
  }

  ACTIVITY.forEach(type => document.addEventListener(type, () => { if (read()) { watchIdle(); } }, { capture: true, passive: true }));

  window.Forgeline = window.Forgeline || {};
  window.Forgeline.auth = { fetch: authorizedFetch };
  window.Forgeline.terminalSession = {
    terminalCode,
    setTerminal,
    signIn,
    signOut: () => end('signed-out'),
    current: read,
    /** listener(reason, session) when the operator is signed out: 'signed-out', 'badge-out', 'idle' or 'expired'. */
    onSignOut: listener => listeners.push(listener),
    badgeOut: () => end('badge-out'),
    setIdleTimeout: seconds => { if (seconds > 0) { idleMs = seconds * 1000; watchIdle(); } },
    resume: watchIdle
  };
})();
