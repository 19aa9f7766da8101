/*
 * Signing in for the gateway's pages: OpenID Connect authorization code flow with PKCE against the realm
 * the gateway names in /config.json, in plain JavaScript (the pages load nothing from other hosts).
 *
 * Tokens live in sessionStorage, so they die with the tab and never reach a cookie; an access token about
 * to expire is refreshed with the refresh token, and when that fails too the page signs in again.
 */
(function () {
  'use strict';

  const SESSION = 'forgeline.oidc.session';
  const PENDING = 'forgeline.oidc.pending';
  const EARLY_MS = 30000; // refresh this long before expiry, so a request never leaves with a dying token

  let settings = null;
  let refreshing = null;

  function base64url(bytes) {
    let text = '';
    bytes.forEach(b => { text += String.fromCharCode(b); });
    return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }

  function randomText(length) {
    const bytes = new Uint8Array(length);
    crypto.getRandomValues(bytes);
    return base64url(bytes);
  }

  /*
   * SHA-256 for the PKCE challenge. Browsers only offer crypto.subtle on https and localhost; a plant
   * network may serve the page over plain http by host name, so there is a small fallback.
   */
  async function sha256(text) {
    const data = new TextEncoder().encode(text);
    if (window.crypto && crypto.subtle) {
      return new Uint8Array(await crypto.subtle.digest('SHA-256', data));
    }
    return sha256Fallback(data);
  }

  function sha256Fallback(data) {
    const k = [];
    const h = [];
    const fraction = x => ((x - Math.floor(x)) * 0x100000000) >>> 0;
    for (let n = 2, found = 0; found < 64; n++) {
      let prime = true;
      for (let d = 2; d * d <= n; d++) { if (n % d === 0) { prime = false; break; } }
      if (prime) {
        if (found < 8) { h[found] = fraction(Math.pow(n, 1 / 2)); }
        k[found++] = fraction(Math.pow(n, 1 / 3));
      }
    }
    const length = data.length;
    const padded = new Uint8Array(((length + 9 + 63) >> 6) << 6);
    padded.set(data);
    padded[length] = 0x80;
    const bits = length * 8;
    const view = new DataView(padded.buffer);
    view.setUint32(padded.length - 8, Math.floor(bits / 0x100000000));
    view.setUint32(padded.length - 4, bits >>> 0);
    const w = new Uint32Array(64);
    const rotr = (x, n) => (x >>> n) | (x << (32 - n));
    for (let offset = 0; offset < padded.length; offset += 64) {
      for (let i = 0; i < 16; i++) { w[i] = view.getUint32(offset + i * 4); }
      for (let i = 16; i < 64; i++) {
        const s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >>> 3);
        const s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >>> 10);
        w[i] = (w[i - 16] + s0 + w[i - 7] + s1) >>> 0;
      }
      let [a, b, c, d, e, f, g, hh] = h;
      for (let i = 0; i < 64; i++) {
        const t1 = (hh + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + k[i] + w[i]) >>> 0;
        const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) >>> 0;
        hh = g; g = f; f = e; e = (d + t1) >>> 0; d = c; c = b; b = a; a = (t1 + t2) >>> 0;
      }
      [a, b, c, d, e, f, g, hh].forEach((v, i) => { h[i] = (h[i] + v) >>> 0; });
    }
    const out = new Uint8Array(32);
    const outView = new DataView(out.buffer);
    h.forEach((v, i) => outView.setUint32(i * 4, v));
    return out;
  }

  function claimsOf(jwt) {
    try {
      const part = jwt.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
      const bytes = Uint8Array.from(atob(part + '='.repeat((4 - part.length % 4) % 4)), c => c.charCodeAt(0));
      return JSON.parse(new TextDecoder().decode(bytes));
    } catch (e) {
      return {};
    }
  }

  function read(key) {
    try {
      return JSON.parse(sessionStorage.getItem(key) || 'null');
    } catch (e) {
      return null;
    }
  }

  function write(key, value) {
    if (value === null) {
      sessionStorage.removeItem(key);
    } else {
      sessionStorage.setItem(key, JSON.stringify(value));
    }
  }

  async function discover() {
    if (settings) {
      return settings;
    }
    const config = await fetch('/config.json', { cache: 'no-store' });
    if (!config.ok) {
      throw new Error('the gateway did not say where to sign in (/config.json: ' + config.status + ')');
    }
    const { realmUrl, clientId } = await config.json();
    const discovery = await fetch(realmUrl + '/.well-known/openid-configuration');
    if (!discovery.ok) {
      throw new Error('Keycloak at ' + realmUrl + ' is not answering (' + discovery.status + ')');
    }
    const meta = await discovery.json();
    settings = {
      clientId,
      authorization: meta.authorization_endpoint,
      token: meta.token_endpoint,
      endSession: meta.end_session_endpoint
    };
    return settings;
  }

  function redirectUri() {
    return location.origin + location.pathname;
  }

  async function redirectToSignIn() {
    const s = await discover();
    const verifier = randomText(48);
    const pending = {
      verifier,
      state: randomText(16),
      nonce: randomText(16),
      redirectUri: redirectUri(),
      returnTo: location.pathname + location.search
    };
    write(PENDING, pending);
    const challenge = base64url(await sha256(verifier));
    const query = new URLSearchParams({
      client_id: s.clientId,
      response_type: 'code',
      response_mode: 'fragment', // the code never shows up in a server's access log
      scope: 'openid',
      redirect_uri: pending.redirectUri,
      state: pending.state,
      nonce: pending.nonce,
      code_challenge: challenge,
      code_challenge_method: 'S256'
    });
    location.assign(s.authorization + '?' + query);
    return new Promise(() => {}); // the page is leaving
  }

  async function tokenRequest(form) {
    const s = await discover();
    const response = await fetch(s.token, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(Object.assign({ client_id: s.clientId }, form))
    });
    const body = await response.json().catch(() => ({}));
    if (!response.ok) {
      const error = new Error(body.error_description || body.error || ('token endpoint answered ' + response.status));
      error.status = response.status;
      throw error;
    }
    return body;
  }

  function keep(tokens, previous) {
    const now = Date.now();
    const session = {
      accessToken: tokens.access_token,
      refreshToken: tokens.refresh_token || (previous && previous.refreshToken),
      idToken: tokens.id_token || (previous && previous.idToken),
      expiresAt: now + (tokens.expires_in || 60) * 1000,
      refreshExpiresAt: tokens.refresh_expires_in ? now + tokens.refresh_expires_in * 1000 : null
    };
    write(SESSION, session);
    return session;
  }

  async function finishRedirect(params) {
    const pending = read(PENDING);
    write(PENDING, null);
    if (!pending || params.get('state') !== pending.state) {
      throw new Error('the sign-in answer does not belong to this tab: please sign in again');
    }
    history.replaceState(null, '', pending.returnTo);
    if (params.get('error')) {
      throw new Error('sign-in refused: ' + (params.get('error_description') || params.get('error')));
    }
    const tokens = await tokenRequest({
      grant_type: 'authorization_code',
      code: params.get('code'),
      redirect_uri: pending.redirectUri,
      code_verifier: pending.verifier
    });
    if (claimsOf(tokens.id_token || '').nonce !== pending.nonce) {
      throw new Error('the ID token was not issued for this sign-in');
    }
    return keep(tokens, null);
  }

  async function refresh() {
    const session = read(SESSION);
    if (!session || !session.refreshToken || (session.refreshExpiresAt && session.refreshExpiresAt <= Date.now())) {
      return null;
    }
    if (!refreshing) {
      refreshing = tokenRequest({ grant_type: 'refresh_token', refresh_token: session.refreshToken })
        .then(tokens => keep(tokens, session))
        .catch(() => { write(SESSION, null); return null; })
        .finally(() => { refreshing = null; });
    }
    return refreshing;
  }

  /** A valid access token: refreshed when about to expire, or a new sign-in when that fails. */
  async function accessToken(force) {
    let session = read(SESSION);
    if (!session || force || session.expiresAt - EARLY_MS <= Date.now()) {
      session = await refresh();
    }
    if (!session) {
      return redirectToSignIn();
    }
    return session.accessToken;
  }

  /**
   * Signs in when needed (this may leave the page and come back) and resolves with the user's claims.
   */
  async function start() {
    await discover();
    const params = new URLSearchParams(location.hash.slice(1));
    if (params.has('state') && (params.has('code') || params.has('error'))) {
      await finishRedirect(params);
    }
    await accessToken(false);
    return claimsOf(read(SESSION).accessToken);
  }

  /** fetch() with the bearer token; a 401 gets one retry with a refreshed token, then a new sign-in. */
  async function authorizedFetch(url, init) {
    const options = Object.assign({}, init || {});
    const send = async force => {
      const headers = new Headers(options.headers || {});
      headers.set('Authorization', 'Bearer ' + await accessToken(force));
      return fetch(url, Object.assign({}, options, { headers }));
    };
    let response = await send(false);
    if (response.status === 401) {
      response = await send(true);
      if (response.status === 401) {
        write(SESSION, null);
        return redirectToSignIn();
      }
    }
    return response;
  }

  async function signOut() {
    const s = await discover();
    const session = read(SESSION);
    write(SESSION, null);
    const query = new URLSearchParams({ client_id: s.clientId, post_logout_redirect_uri: location.origin + '/' });
    if (session && session.idToken) {
      query.set('id_token_hint', session.idToken);
    }
    location.assign(s.endSession + '?' + query);
  }

  /**
   * Signs the user in and opens the page: the name and a sign-out button in the header (#user, #sign-out), the
   * app shown (#app) and the waiting note (#signing-in) gone; when sign-in fails, the note says why and offers to
   * try again. Resolves to the token's claims, or null when there is no page to show.
   */
  async function enter() {
    const t = (key, values) => window.Forgeline.i18n.t(key, values);
    const byId = id => document.getElementById(id);
    let claims;
    try {
      claims = await start();
    } catch (e) {
      const again = document.createElement('button');
      again.type = 'button';
      again.textContent = t('app.signInAgain');
      again.addEventListener('click', () => location.reload());
      const box = byId('signing-in');
      box.classList.add('failed');
      box.replaceChildren(t('app.signInFailed', { reason: e.message }) + ' ', again);
      return null;
    }
    byId('user').textContent = claims.preferred_username || claims.name || claims.sub || '';
    byId('sign-out').hidden = false;
    byId('sign-out').addEventListener('click', () => signOut());
    byId('signing-in').hidden = true;
    byId('app').hidden = false;
    return claims;
  }

  window.Forgeline = window.Forgeline || {};
  window.Forgeline.auth = { start, enter, fetch: authorizedFetch, signOut, claimsOf, sha256Fallback, base64url };
})();
