// The visitor's Direct Line session, kept in this tab's sessionStorage (token, conversation id, watermark) so that a
// reload or a navigation within the clinic's site continues the same conversation instead of starting a new one.
// Nothing is kept after the tab closes; the server deletes an idle conversation after an hour anyway.
window.FaqBotSession = (function () {
  'use strict';
  var KEY = 'faqbot.session.v1';

  function read() {
    try {
      var saved = JSON.parse(window.sessionStorage.getItem(KEY) || 'null');
      return saved && saved.conversationId && saved.token ? saved : null;
    } catch (e) {
      return null; // storage blocked (privacy settings) or damaged: start afresh
    }
  }

  function write(session) {
    try {
      window.sessionStorage.setItem(KEY, JSON.stringify(session));
    } catch (e) {
      // Storage blocked: the chat works, it just will not survive a reload.
    }
  }

  function forget() {
    try {
      window.sessionStorage.removeItem(KEY);
    } catch (e) {
      // nothing to forget
    }
  }

  async function post(url, token) {
    return fetch(url, { method: 'POST', headers: token ? { Authorization: 'Bearer ' + token } : {} });
  }

  // The saved conversation, if the server still has it: a refreshed token (the old one may be close to expiry) and a
  // fresh single-use stream URL that replays the whole conversation, so the transcript comes back as it was.
  async function resume(domain, saved) {
    var refreshed = await post(domain + '/tokens/refresh', saved.token);
    if (!refreshed.ok) {
      return null;
    }
    var fresh = await refreshed.json();
    var token = fresh.token;
    var reconnect = await fetch(domain + '/conversations/' + encodeURIComponent(saved.conversationId) + '?watermark=',
      { headers: { Authorization: 'Bearer ' + token } });
    if (!reconnect.ok) {
      return null; // expired or deleted conversation: a new one starts
    }
    var conversation = await reconnect.json();
    return { conversationId: saved.conversationId, token: conversation.token || token, streamUrl: conversation.streamUrl,
      watermark: saved.watermark || '', expiresIn: fresh.expires_in, resumed: true };
  }

  // Resolves to { conversationId, token, streamUrl?, watermark, expiresIn, resumed } or rejects with { status } (429, 5xx, network).
  async function open(domain) {
    var saved = read();
    if (saved) {
      try {
        var resumed = await resume(domain, saved);
        if (resumed) {
          write({ conversationId: resumed.conversationId, token: resumed.token, watermark: resumed.watermark });
          return resumed;
        }
      } catch (e) {
        // network trouble while resuming: fall through to a new conversation
      }
      forget();
    }
    var response = await post(domain + '/tokens/generate');
    if (!response.ok) {
      throw { status: response.status };
    }
    var session = await response.json();
    write({ conversationId: session.conversationId, token: session.token, watermark: '' });
    return { conversationId: session.conversationId, token: session.token, watermark: '', expiresIn: session.expires_in,
      resumed: false };
  }

  // Keeps the stored token and watermark up to date with what Direct Line holds now (it refreshes its token).
  function remember(directLine, conversationId) {
    if (directLine.token && conversationId) {
      write({ conversationId: conversationId, token: directLine.token, watermark: directLine.watermark || '' });
    }
  }

  // Direct Line refreshes its token only for conversations it started itself, so a resumed one is refreshed here,
  // halfway through the token's lifetime.
  function keepFresh(domain, directLine, conversationId, seconds) {
    window.setInterval(async function () {
      try {
        var response = await post(domain + '/tokens/refresh', directLine.token);
        if (response.ok) {
          directLine.token = (await response.json()).token;
          remember(directLine, conversationId);
        }
      } catch (e) {
        // offline for a moment: the next round tries again
      }
    }, Math.max(60, seconds / 2) * 1000);
  }

  return { open: open, remember: remember, forget: forget, keepFresh: keepFresh, storageKey: KEY };
})();
