/*
 * Server-sent events for the pages, through fetch() because EventSource cannot send a bearer token. read() parses a
 * text/event-stream body ("event:" and "data:" lines, an empty line ends an event, ":" lines are comments);
 * follow() keeps a stream open, reconnecting by itself after a pause that grows to half a minute, and says whether
 * it is connected, so a page can show that it is live.
 */
(function () {
  'use strict';

  /** Calls handle(event, data) for each event of the body until it ends; onComment() for each comment line. */
  async function read(body, handle, onComment) {
    const reader = body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    let event = 'message';
    let data = [];
    for (;;) {
      const { value, done } = await reader.read();
      if (done) { return; }
      buffer += value;
      const lines = buffer.split(/\r\n|\r|\n/);
      buffer = lines.pop();
      for (const line of lines) {
        if (line === '') {
          if (data.length) { handle(event, data.join('\n')); }
          event = 'message';
          data = [];
        } else if (line.startsWith(':')) {
          if (onComment) { onComment(line.slice(1).trim()); }
        } else {
          const colon = line.indexOf(':');
          const field = colon < 0 ? line : line.slice(0, colon);
          const text = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
          if (field === 'event') { event = text; } else if (field === 'data') { data.push(text); }
        }
      }
    }
  }

  /**
   * Follows url for good: handle(event, data) per event, connected(true|false) whenever that changes. A stream that
   * ends or fails is opened again after 1, 2, 4 … at most 30 s; one that stays quiet longer than silence (ms, default
   * 45 s: three missed heartbeats) is taken for dead and opened again. Returns stop().
   */
  function follow(url, handle, connected, silence) {
    const quiet = silence || 45000;
    let stopped = false;
    let abort = null;
    let delay = 1000;
    let watchdog = null;

    function alive() {
      clearTimeout(watchdog);
      watchdog = setTimeout(() => { if (abort) { abort.abort(); } }, quiet);
    }

    async function once() {
      abort = new AbortController();
      const response = await window.Forgeline.auth.fetch(url, {
        headers: { Accept: 'text/event-stream', 'Accept-Language': window.Forgeline.i18n.acceptLanguage() },
        signal: abort.signal
      });
      if (!response.ok || !response.body) {
        throw new Error('stream answered ' + response.status);
      }
      connected(true);
      delay = 1000;
      alive();
      await read(response.body, (event, data) => { alive(); handle(event, data); }, alive);
    }

    (async function loop() {
      while (!stopped) {
        try {
          await once();
        } catch (e) {
          // a restart, a proxy's timeout, the network: try again below
        }
        clearTimeout(watchdog);
        if (stopped) { return; }
        connected(false);
        await new Promise(resolve => setTimeout(resolve, delay));
        delay = Math.min(delay * 2, 30000);
      }
    })();

    return function stop() {
      stopped = true;
      clearTimeout(watchdog);
      if (abort) { abort.abort(); }
    };
  }

  window.Forgeline = window.Forgeline || {};
  window.Forgeline.eventStream = { read, follow };
})();
