// FaqBot chat bubble: <script src="https://faq.example-clinic.org/widget.js" async></script> adds a button that
// opens the clinic's chat page in a panel (an iframe of the FaqBot origin, so no token or CORS on the host page).
// Keyboard: opening moves focus into the chat, Tab stays within the chat and its close button while the panel is
// open, Escape closes it and focus returns to where it was. The panel stays open across the site's pages (this tab).
(function () {
  'use strict';
  var config = /*FAQBOT_CONFIG*/null || { title: 'Chat', accentColor: '#1A6E8E', allowedOrigins: [] };
  if (window.__faqbotWidget) {
    return;
  }
  window.__faqbotWidget = true;

  var script = document.currentScript;
  var base = new URL('./', script ? script.src : window.location.href);
  var chatUrl = new URL('./?embed=1', base).href;
  var OPEN_KEY = 'faqbot.widget.open';
  var here = window.location.origin.toLowerCase();
  var allowedHere = here === base.origin.toLowerCase() || config.allowedOrigins.some(function (origin) {
    return origin === '*' || origin.toLowerCase() === here;
  });

  var css = [
    '.faqbot-bubble{position:fixed;right:20px;bottom:20px;width:60px;height:60px;border-radius:50%;border:0;cursor:pointer;',
    'background:' + config.accentColor + ';color:#fff;font:600 22px/1 system-ui,sans-serif;box-shadow:0 4px 14px rgba(0,0,0,.25);',
    'z-index:2147483001;display:flex;align-items:center;justify-content:center}',
    '.faqbot-bubble:focus-visible{outline:3px solid #000;outline-offset:2px;box-shadow:0 0 0 6px #fff}',
    '.faqbot-panel{position:fixed;right:20px;bottom:92px;width:380px;height:600px;max-height:calc(100vh - 112px);',
    'border-radius:12px;overflow:hidden;box-shadow:0 8px 30px rgba(0,0,0,.3);background:#fff;z-index:2147483000;display:none}',
    '.faqbot-panel.faqbot-open{display:block}',
    '.faqbot-panel iframe{width:100%;height:100%;border:0;display:block}',
    '.faqbot-notice{margin:0;padding:24px 20px;font:15px/1.5 system-ui,sans-serif;color:#1d2b33}',
    '.faqbot-notice a{color:' + config.accentColor + ';font-weight:600}',
    '.faqbot-sentinel{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}',
    '@media (max-width:480px){.faqbot-panel{right:0;bottom:0;width:100vw;height:100vh;height:100dvh;max-height:none;border-radius:0}',
    '.faqbot-bubble.faqbot-open{top:6px;right:8px;bottom:auto;width:40px;height:40px;box-shadow:none}}'
  ].join('');
  var style = document.createElement('style');
  style.textContent = css;
  document.head.appendChild(style);

  var bubble = document.createElement('button');
  bubble.type = 'button';
  bubble.className = 'faqbot-bubble';
  bubble.setAttribute('aria-expanded', 'false');
  bubble.setAttribute('aria-controls', 'faqbot-panel');

  var panel = document.createElement('div');
  panel.id = 'faqbot-panel';
  panel.className = 'faqbot-panel';
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-modal', 'true');
  panel.setAttribute('aria-label', config.title);

  // Focus that leaves the chat frame lands on one of these and is sent back to the close button: a focus trap
  // that works although the frame's content belongs to another origin.
  function sentinel() {
    var element = document.createElement('span');
    element.className = 'faqbot-sentinel';
    element.tabIndex = 0;
    element.addEventListener('focus', function () { bubble.focus(); });
    return element;
  }

  var frame = null;
  var ready = false;
  var opener = null;

  function notice(message) {
    var text = document.createElement('p');
    text.className = 'faqbot-notice';
    text.setAttribute('role', 'alert');
    text.textContent = message + ' ';
    var link = document.createElement('a');
    link.href = base.href;
    link.target = '_blank';
    link.rel = 'noopener';
    link.textContent = 'Open the chat in a new tab';
    text.appendChild(link);
    panel.replaceChildren(sentinel(), text, sentinel());
  }

  function build() {
    if (!allowedHere) {
      // The chat page refuses to be framed here (Website:AllowedOrigins), so say so instead of a blank panel.
      window.console.warn('FaqBot: ' + window.location.origin + ' is not in Website:AllowedOrigins of ' + base.origin
        + '; add it there and restart FaqBot to show the chat on this site.');
      notice('The chat cannot be shown on this page.');
      return;
    }
    frame = document.createElement('iframe');
    frame.src = chatUrl;
    frame.title = config.title;
    frame.setAttribute('allow', 'clipboard-write');
    frame.addEventListener('load', function () {
      window.setTimeout(function () {
        if (!ready) {
          notice('The chat did not load.');
        }
      }, 10000);
    });
    panel.replaceChildren(sentinel(), frame, sentinel());
  }

  function focusChat() {
    if (frame && frame.isConnected) {
      frame.focus();
      if (ready) {
        frame.contentWindow.postMessage({ faqbot: 'focus' }, base.origin);
      }
    } else {
      var link = panel.querySelector('a');
      if (link) {
        link.focus();
      }
    }
  }

  function setOpen(open, moveFocus) {
    if (open && !panel.firstChild) {
      build();
    }
    panel.classList.toggle('faqbot-open', open);
    bubble.classList.toggle('faqbot-open', open);
    bubble.setAttribute('aria-expanded', String(open));
    bubble.setAttribute('aria-label', (open ? 'Close chat: ' : 'Open chat: ') + config.title);
    bubble.textContent = open ? '\u00d7' : '?';
    try {
      if (open) {
        window.sessionStorage.setItem(OPEN_KEY, '1');
      } else {
        window.sessionStorage.removeItem(OPEN_KEY);
      }
    } catch (e) {
      // storage blocked: the panel just does not reopen on the next page
    }
    if (open && moveFocus) {
      opener = document.activeElement;
      focusChat();
    } else if (!open && moveFocus) {
      (opener && opener.isConnected && opener !== document.body ? opener : bubble).focus();
    }
  }

  bubble.addEventListener('click', function () {
    setOpen(!panel.classList.contains('faqbot-open'), true);
  });
  // From the close button, Tab (either way) goes back into the chat rather than out to the page behind it.
  bubble.addEventListener('keydown', function (event) {
    if (event.key === 'Tab' && panel.classList.contains('faqbot-open')) {
      event.preventDefault();
      focusChat();
    }
  });
  document.addEventListener('keydown', function (event) {
    var focused = document.activeElement;
    if (event.key === 'Escape' && panel.classList.contains('faqbot-open') && (focused === bubble || panel.contains(focused))) {
      setOpen(false, true);
    }
  });
  window.addEventListener('message', function (event) {
    if (!frame || event.source !== frame.contentWindow || event.origin !== base.origin || !event.data) {
      return;
    }
    if (event.data.faqbot === 'ready') {
      var first = !ready;
      ready = true;
      if (first && panel.contains(document.activeElement)) {
        focusChat();
      }
    } else if (event.data.faqbot === 'close') {
      setOpen(false, true);
    }
  });

  function mount() {
    document.body.appendChild(panel);
    document.body.appendChild(bubble);
    var reopen = false;
    try {
      reopen = window.sessionStorage.getItem(OPEN_KEY) === '1';
    } catch (e) {
      // storage blocked
    }
    setOpen(reopen, false);
  }
  if (document.body) {
    mount();
  } else {
    document.addEventListener('DOMContentLoaded', mount);
  }
})();
