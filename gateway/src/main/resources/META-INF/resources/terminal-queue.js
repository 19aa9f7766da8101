/*
 * The terminal's actions go through a queue kept in IndexedDB, so a dropped network loses nothing: each action
 * (start, pause, a consumption scan, a completion...) gets its Idempotency-Key when the operator takes it, waits
 * in the queue while the gateway cannot be reached, and is sent in the order taken once it can. A resend after
 * an answer that never arrived carries the same key, so the service does it once. An action the service
 * refuses (the order was cancelled meanwhile, say) is never retried and never dropped silently: it is handed to
 * onRefused, and one that had waited offline also stays in the list of conflicts until the operator has seen it.
 */
(function () {
  'use strict';

  const DB = 'forgeline-terminal';
  const ACTIONS = 'actions';
  const CONFLICTS = 'conflicts';
  const RETRY_MS = 3000;
  /** Answers that say the service was not reached or could not answer: the action stays queued. */
  const NOT_REACHED = [0, 502, 503, 504];

  const handlers = { done: [], refused: [], changed: [] };
  let database = null;
  let draining = false;
  let retry = null;
  let offline = false;

  function open() {
    if (database) { return database; }
    database = new Promise((resolve, reject) => {
      const request = indexedDB.open(DB, 1);
      request.onupgradeneeded = () => {
        request.result.createObjectStore(ACTIONS, { keyPath: 'seq', autoIncrement: true });
        request.result.createObjectStore(CONFLICTS, { keyPath: 'seq', autoIncrement: true });
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    return database;
  }

  async function run(store, mode, work) {
    const db = await open();
    return new Promise((resolve, reject) => {
      const tx = db.transaction(store, mode);
      const result = work(tx.objectStore(store));
      tx.oncomplete = () => resolve(result && 'result' in result ? result.result : undefined);
      tx.onerror = () => reject(tx.error);
    });
  }


  async function oldest() {
    const db = await open();
    return new Promise((resolve, reject) => {
      const request = db.transaction(ACTIONS, 'readonly').objectStore(ACTIONS).openCursor();
      request.onsuccess = () => resolve(request.result ? request.result.value : null);
      request.onerror = () => reject(request.error);
    });
  }

  const all = store => run(store, 'readonly', s => s.getAll());
  const remove = (store, seq) => run(store, 'readwrite', s => s.delete(seq));

  function emit(kind, ...args) {
    handlers[kind].forEach(handler => { try { handler(...args); } catch (e) { console.error(e); } });
  }

  /**
   * Queues an action and sends what is queued: {method, url, body, label, context}. Resolves once it is queued
   * (not once it is sent): done/refused handlers hear how it ended.
   */
  async function enqueue(action) {
    const entry = Object.assign({ key: window.Forgeline.api.idempotencyKey(), queuedAt: new Date().toISOString() }, action);
    await run(ACTIONS, 'readwrite', store => store.add(entry));
    emit('changed');
    drain();
    return entry;
  }

  async function send(action) {
    const headers = { Accept: 'application/json', 'Accept-Language': window.Forgeline.i18n.acceptLanguage(), 'Idempotency-Key': action.key };
    const init = { method: action.method, headers };
    if (action.body !== undefined && action.body !== null) {
      headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(action.body);
    }
    try {
      const response = await window.Forgeline.auth.fetch(action.url, init);
      const text = await response.text();
      let json = null;
      try { json = text ? JSON.parse(text) : null; } catch (notJson) { json = null; }
      return { status: response.status, json };
    } catch (unreachable) {
      return { status: 0, json: { detail: unreachable.message } };
    }
  }

  /** Sends the queue front to back; stops at the first action that does not reach the service and tries again later. */
  async function drain() {
    if (draining) { return; }
    draining = true;
    clearTimeout(retry);
    try {
      for (let action = await oldest(); action; action = await oldest()) {
        const answer = await send(action);
        if (NOT_REACHED.includes(answer.status) || answer.status === 401) {
          offline = answer.status !== 401;
          emit('changed');
          retry = setTimeout(drain, RETRY_MS);
          return;
        }
        const waited = offline || action.offline;
        offline = false;
        await remove(ACTIONS, action.seq);
        if (answer.status >= 200 && answer.status < 300) {
          emit('done', action, answer.json);
        } else {
          const problem = new window.Forgeline.api.Problem(answer.status, answer.json);
          if (waited) {
            await run(CONFLICTS, 'readwrite', store => store.add({ label: action.label, context: action.context || null,
              queuedAt: action.queuedAt, status: answer.status, detail: problem.message }));
          }
          emit('refused', action, problem, waited);
        }
        emit('changed');
      }
    } finally {
      draining = false;
    }
  }

  /** Marks what waits as having waited offline, so its refusal later is kept as a conflict. */
  async function markOffline() {
    offline = true;
    const waiting = await all(ACTIONS);
    await run(ACTIONS, 'readwrite', store => waiting.forEach(action => store.put(Object.assign(action, { offline: true }))));
    emit('changed');
  }

  window.addEventListener('online', () => drain());
  window.addEventListener('offline', () => markOffline());

  window.Forgeline = window.Forgeline || {};
  window.Forgeline.queue = {
    enqueue,
    drain,
    waiting: () => all(ACTIONS),
    conflicts: () => all(CONFLICTS),
    dismiss: seq => remove(CONFLICTS, seq).then(() => emit('changed')),
    isOffline: () => offline,
    on: (kind, handler) => handlers[kind].push(handler)
  };
})();
