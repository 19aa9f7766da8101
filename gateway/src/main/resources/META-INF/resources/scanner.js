/*
 * Keyboard-wedge scanners, for every page that takes scans: a scanner "types" what it read, fast, and ends with
 * Enter. Two things need help in a browser:
 *
 *  - GS1's group separator (GS, ASCII 29) ends a variable-length field inside a GS1-128 or DataMatrix label.
 *    Scanners send it as the control keystroke Ctrl+], which a text input ignores: here it becomes "\u001d" at the
 *    caret. A scanner (or a paste) that puts a literal "\u001d" into the value is fine as it is.
 *  - A scan that starts while nothing takes typing (after a button was pressed, say) would be lost: its first
 *    character moves focus into the page's scan input, replacing what was there, and the rest follows by itself.
 *    Pages without any scan input can listen() for whole scans instead.
 *
 * attach(input, onScan) calls onScan(raw) on Enter with the raw scan (GS included, nothing trimmed but the
 * Enter), then selects the input's text so the next scan replaces it, and gives the input focus back when the
 * answer left focus on nothing. onScan may return a promise; Enter while it runs is ignored. Pure input handling:
 * nothing here fetches or draws.
 *
 *   const scan = Forgeline.scanner.attach(document.getElementById('unit-scan'), raw => lookUp(raw));
 *   scan.focus();   // e.g. when its tab is shown
 *
 * A page where people also type into other fields (a quantity, a PIN, a measurement) calls routeScans(): then a scan
 * that lands in such a field is told apart from typing by its timing (characters at most SCAN_GAP_MS apart, at least
 * SCAN_MIN_LENGTH of them, the Enter right after) and taken back out of that field, which keeps what the person
 * typed, and handed to the visible scan input, the one the screen is waiting on (badge, material, bin).
 */
(function () {
  'use strict';

  const GS = '\u001d';
  const attached = [];   // {input, ...} of every attach(), the latest focused first
  const listeners = [];  // listen() callbacks, for pages without a scan input
  let buffer = '';       // what a scanner typed while nothing took typing, for listen()

  // Scanners send a character every few milliseconds; people type 80 ms and more apart, and a label is longer than this.
  const SCAN_GAP_MS = 35;
  const SCAN_MIN_LENGTH = 4;
  let routing = false;   // routeScans() was called
  let burst = null;      // {input, before, text, last}: fast keystrokes into a field that is no scan input

  /** Ctrl+] (or a keystroke that is GS itself): the scanner's group separator. */
  function isGroupSeparator(event) {
    return event.key === GS || (event.ctrlKey && !event.altKey && !event.metaKey && (event.key === ']' || event.code === 'BracketRight'));
  }

  /** A key that types one character, as a scanner sends them (no modifiers but Shift; a space is a button's, not a scan's). */
  function isCharacter(event) {
    return event.key.length === 1 && event.key !== ' ' && !event.ctrlKey && !event.altKey && !event.metaKey;
  }

  function takesTyping(element) {
    return !!element && (element.isContentEditable || element.tagName === 'TEXTAREA' || element.tagName === 'SELECT'
      || (element.tagName === 'INPUT' && !['button', 'submit', 'reset', 'checkbox', 'radio'].includes(element.type)));
  }

  function usable(input) {
    return input.isConnected && !input.disabled && input.offsetParent !== null;
  }

  /** Types text at the input's caret as the user would, so the page hears an input event. */
  function insert(input, text) {
    const start = input.selectionStart === null ? input.value.length : input.selectionStart;
    const end = input.selectionEnd === null ? input.value.length : input.selectionEnd;
    input.setRangeText(text, start, end, 'end');
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }

  /**
   * Takes scans in input: Enter calls onScan(raw); Ctrl+] types GS. Returns {focus(), detach()}.
   */
  function attach(input, onScan) {
    const entry = { input, busy: false };
    const focus = () => {
      input.focus();
      input.select();
    };
    const onKeydown = async event => {
      if (isGroupSeparator(event)) {
        event.preventDefault();
        insert(input, GS);
        return;
      }
      if (event.key !== 'Enter' || event.isComposing) { return; }
      event.preventDefault();
      entry.take(input.value.replace(/[\r\n]+$/, ''));
    };
    entry.take = async raw => {
      if (!raw || entry.busy) { return; }
      entry.busy = true;
      try {
        await onScan(raw);
      } finally {
        entry.busy = false;
        if (usable(input) && (document.activeElement === input || !document.activeElement || document.activeElement === document.body)) {
          focus();
        }
      }
    };
    const onFocus = () => {
      attached.splice(attached.indexOf(entry), 1);
      attached.unshift(entry);
    };
    input.setAttribute('autocomplete', 'off');
    input.setAttribute('autocapitalize', 'off');
    input.setAttribute('spellcheck', 'false');
    input.addEventListener('keydown', onKeydown);
    input.addEventListener('focus', onFocus);
    attached.push(entry);
    return {
      focus,
      detach() {
        input.removeEventListener('keydown', onKeydown);
        input.removeEventListener('focus', onFocus);
        attached.splice(attached.indexOf(entry), 1);
      }
    };
  }

  /** Scans landing in other fields of the page go to its visible scan input (see the top). */
  function routeScans() {
    routing = true;
  }

  function isScanInput(element) {
    return attached.some(entry => entry.input === element);
  }

  /**
   * Keystrokes into a field that is no scan input, watched for a scan's timing. Capturing, so the scan's Enter never
   * submits the field's form.
   */
  document.addEventListener('keydown', event => {
    if (!routing || !takesTyping(event.target) || isScanInput(event.target)) { return; }
    const field = event.target;
    if (isCharacter(event) || isGroupSeparator(event)) {
      if (!burst || burst.input !== field || event.timeStamp - burst.last > SCAN_GAP_MS) {
        burst = { input: field, before: field.value, text: '', last: 0 };
      }
      burst.text += isCharacter(event) ? event.key : GS;
      burst.last = event.timeStamp;
      if (isGroupSeparator(event)) { event.preventDefault(); }
      return;
    }
    if (event.key !== 'Enter') { burst = null; return; }
    const scan = burst;
    burst = null;
    const target = attached.find(entry => usable(entry.input));
    if (!scan || scan.input !== field || event.timeStamp - scan.last > SCAN_GAP_MS * 3 || scan.text.length < SCAN_MIN_LENGTH || !target) {
      return;
    }
    event.preventDefault();
    event.stopImmediatePropagation();
    field.value = scan.before;
    field.dispatchEvent(new Event('input', { bubbles: true }));
    target.input.value = scan.text;
    target.input.focus();
    target.take(scan.text);
  }, true);

  /** For pages without a scan input: onScan(raw) for every scan typed while nothing takes typing. */
  function listen(onScan) {
    listeners.push(onScan);
  }

  /** A keystroke while nothing takes typing: the start of a scan for the visible scan input, or for listen(). */
  document.addEventListener('keydown', event => {
    if (takesTyping(event.target)) { return; }
    const target = attached.find(entry => usable(entry.input));
    if (target) {
      if (isCharacter(event) || isGroupSeparator(event)) {
        event.preventDefault();
        target.input.focus();
        target.input.value = '';
        insert(target.input, isCharacter(event) ? event.key : GS);
      }
      return;
    }
    if (!listeners.length) { return; }
    if (isCharacter(event) || isGroupSeparator(event)) {
      buffer += isCharacter(event) ? event.key : GS;
    } else if (event.key === 'Enter' && buffer) {
      event.preventDefault();
      const raw = buffer;
      buffer = '';
      listeners.forEach(onScan => onScan(raw));
    }
  });

  window.Forgeline = window.Forgeline || {};
  window.Forgeline.scanner = { GS, attach, listen, routeScans };
})();
