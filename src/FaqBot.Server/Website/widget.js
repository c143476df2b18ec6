// FaqBot chat bubble: <script src="https://faq.example-clinic.org/widget.js" async></script> adds a button that
// opens the clinic's chat page in a panel (an iframe of the FaqBot origin, so no token or CORS on the host page).
(function () {
  'use strict';
  var config = /*FAQBOT_CONFIG*/null || { title: 'Chat', accentColor: '#1A6E8E' };
  if (window.__faqbotWidget) {
    return;
  }
  window.__faqbotWidget = true;

  var script = document.currentScript;
  var chatUrl = new URL('./?embed=1', script ? script.src : window.location.href).href;

  var css = [
    '.faqbot-bubble{position:fixed;right:20px;bottom:20px;width:60px;height:60px;border-radius:50%;border:0;cursor:pointer;',
    'background:' + config.accentColor + ';color:#fff;font:600 15px/1 system-ui,sans-serif;box-shadow:0 4px 14px rgba(0,0,0,.25);',
    'z-index:2147483001;display:flex;align-items:center;justify-content:center}',
    '.faqbot-bubble:focus-visible{outline:3px solid #000;outline-offset:2px}',
    '.faqbot-panel{position:fixed;right:20px;bottom:92px;width:380px;height:600px;max-height:calc(100vh - 112px);',
    'border-radius:12px;overflow:hidden;box-shadow:0 8px 30px rgba(0,0,0,.3);background:#fff;z-index:2147483000;display:none}',
    '.faqbot-panel.faqbot-open{display:block}',
    '.faqbot-panel iframe{width:100%;height:100%;border:0;display:block}',
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
  bubble.setAttribute('aria-label', 'Open chat: ' + config.title);
  bubble.textContent = '?';

  var panel = document.createElement('div');
  panel.className = 'faqbot-panel';
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-label', config.title);

  bubble.addEventListener('click', function () {
    var open = !panel.classList.contains('faqbot-open');
    if (open && !panel.firstChild) {
      var frame = document.createElement('iframe');
      frame.src = chatUrl;
      frame.title = config.title;
      frame.setAttribute('allow', 'clipboard-write');
      panel.appendChild(frame);
    }
    panel.classList.toggle('faqbot-open', open);
    bubble.classList.toggle('faqbot-open', open);
    bubble.setAttribute('aria-expanded', String(open));
    bubble.setAttribute('aria-label', (open ? 'Close chat: ' : 'Open chat: ') + config.title);
    bubble.textContent = open ? '\u00d7' : '?';
  });

  function mount() {
    document.body.appendChild(panel);
    document.body.appendChild(bubble);
  }
  if (document.body) {
    mount();
  } else {
    document.addEventListener('DOMContentLoaded', mount);
  }
})();
