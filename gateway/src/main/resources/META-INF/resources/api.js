/*
 * Calls from the pages through the gateway: JSON in and out with the signed-in user's bearer token (oidc.js) and
 * the chosen language (i18n.js, as Accept-Language), a list page with its X-Total-Count, a file as a Blob. A
 * refusal becomes a Problem (status, title, detail, and the fields it names) for problems.js to show. A write may
 * carry an Idempotency-Key (post(url, body, {idempotencyKey})): one key per user action, sent again unchanged when
 * the action is retried after no answer, so the service does it once.
 */
(function () {
  'use strict';

  const auth = window.Forgeline.auth;
  const i18n = window.Forgeline.i18n;

  /** An answer other than 2xx, read from its problem+json (RFC 9457); status 0 when nothing answered at all. */
  class Problem extends Error {
    constructor(status, body) {
      super((body && (body.detail || body.title)) || ('HTTP ' + status));
      this.status = status;
      this.title = body && body.title;
      this.detail = body && body.detail;
      this.errors = (body && Array.isArray(body.errors)) ? body.errors : [];
    }
  }

  async function send(method, url, body, accept, options) {
    const headers = { Accept: accept || 'application/json', 'Accept-Language': i18n.acceptLanguage() };
    if (options && options.idempotencyKey) { headers['Idempotency-Key'] = options.idempotencyKey; }
    const init = { method, headers };
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    let response;
    try {
      response = await auth.fetch(url, init);
    } catch (unreachable) {
      throw new Problem(0, { detail: unreachable.message });
    }
    if (!response.ok) {
      const text = await response.text();
      let json = null;
      try { json = text ? JSON.parse(text) : null; } catch (notJson) { json = null; }
      throw new Problem(response.status, json);
    }
    return response;
  }

  async function json(method, url, body, options) {
    const response = await send(method, url, body, undefined, options);
    const text = await response.text();
    return text ? JSON.parse(text) : null;
  }

  /** One page of a list: {items, total, page, size}; query's empty values are left out. */
  async function page(url, query, pageNumber, size) {
    const params = new URLSearchParams();
    Object.entries(query || {}).forEach(([name, value]) => { if (value) { params.set(name, value); } });
    params.set('page', String(pageNumber));
    params.set('size', String(size));
    const response = await send('GET', url + '?' + params);
    const items = await response.json();
    const total = Number(response.headers.get('X-Total-Count'));
    return { items, total: Number.isFinite(total) && response.headers.has('X-Total-Count') ? total : items.length, page: pageNumber, size };
  }

  async function blob(url, accept) {
    return (await send('GET', url, undefined, accept)).blob();
  }

  /** A random UUID (v4) for an Idempotency-Key; crypto.randomUUID() exists on https and localhost only. */
  function idempotencyKey() {
    if (window.crypto && crypto.randomUUID) { return crypto.randomUUID(); }
    const b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    const hex = Array.from(b, x => x.toString(16).padStart(2, '0')).join('');
    return [hex.slice(0, 8), hex.slice(8, 12), hex.slice(12, 16), hex.slice(16, 20), hex.slice(20)].join('-');
  }

  const issued = {};

  /**
   * For lists whose filters change faster than the answers come: latest('orders') before a request, and the
   * returned check says afterwards whether it is still the newest of that name (an older answer is dropped).
   */
  function latest(name) {
    const number = (issued[name] || 0) + 1;
    issued[name] = number;
    return () => issued[name] === number;
  }

  window.Forgeline = window.Forgeline || {};
  window.Forgeline.api = {
    Problem,
    get: url => json('GET', url),
    post: (url, body, options) => json('POST', url, body, options),
    put: (url, body, options) => json('PUT', url, body, options),
    patch: (url, body, options) => json('PATCH', url, body, options),
    page,
    blob,
    latest,
    idempotencyKey
  };
})();
