// Starts FaqBot's chat page: a visitor token from our own Direct Line endpoint (no secret in the browser),
// then Microsoft Web Chat over WebSocket (or polling with ?transport=polling).
(function () {
  'use strict';
  var config = JSON.parse(document.getElementById('faqbot-config').textContent);
  var params = new URLSearchParams(window.location.search);
  var domain = new URL('v3/directline', document.baseURI).href;
  var container = document.getElementById('webchat');

  if (params.get('embed') === '1') {
    document.body.classList.add('faqbot-embedded');
  }

  function showError(message) {
    var box = document.createElement('p');
    box.className = 'faqbot-error';
    box.setAttribute('role', 'alert');
    box.textContent = message;
    container.replaceChildren(box);
  }

  async function start() {
    var response;
    try {
      response = await fetch(domain + '/tokens/generate', { method: 'POST' });
    } catch (e) {
      showError('The chat is not reachable right now. Please try again later.');
      return;
    }
    if (!response.ok) {
      showError(response.status === 429
        ? 'Too many chats were started from your network. Please wait a minute and reload.'
        : 'The chat is unavailable right now. Please try again later.');
      return;
    }
    var session = await response.json();
    var store = window.WebChat.createStore({}, tooLongGuard);
    var directLine = window.WebChat.createDirectLine({
      domain: domain,
      token: session.token,
      webSocket: params.get('transport') !== 'polling'
    });
    window.WebChat.renderWebChat({
      directLine: directLine,
      store: store,
      cardActionMiddleware: phoneLinks,
      locale: 'en-US',
      styleOptions: {
        accent: config.accentColor,
        botAvatarInitials: config.botAvatarInitials,
        userAvatarInitials: config.userAvatarInitials,
        hideUploadButton: true,
        suggestedActionLayout: 'flow',
        bubbleBorderRadius: 10,
        bubbleFromUserBorderRadius: 10
      }
    }, container);
  }

  // The crisis card's buttons are tel: and sms: links. Web Chat opens tel: in a new window and refuses sms: (not in its
  // list of schemes), so both go through a link click instead, which hands them to the phone's dialer or messages app.
  function phoneLinks() {
    return function (next) {
      return function (args) {
        var action = args.cardAction;
        if ((action.type === 'openUrl' || action.type === 'call') && /^(tel|sms):/i.test(String(action.value))) {
          var link = document.createElement('a');
          link.href = String(action.value);
          link.rel = 'noopener';
          link.click();
          return undefined;
        }
        return next(args);
      };
    };
  }

  // Direct Line refuses a message above DirectLine:MaxTextLength characters or MaxBodyBytes bytes, and Web Chat would
  // then only say "Send failed". So the page refuses it first, says why, and leaves the text in the box: nothing is lost.
  // (Up to the limit everything is sent: the bot triages all of it and answers up to 20,000 characters.)
  function tooLongGuard(store) {
    var notice = document.getElementById('faqbot-notice');
    return function (next) {
      return function (action) {
        if (action.type === 'WEB_CHAT/SUBMIT_SEND_BOX') {
          var text = store.getState().sendBoxValue || '';
          var bytes = new TextEncoder().encode(JSON.stringify(text)).length;
          if ((config.maxTextLength && text.length > config.maxTextLength)
              || (config.maxBodyBytes && bytes > config.maxBodyBytes - 16384)) {
            notice.textContent = 'Your message is ' + text.length.toLocaleString('en-US') + ' characters long, more than this chat can send ('
              + config.maxTextLength.toLocaleString('en-US') + '). It is still in the box: please shorten it, or send your question on its own. '
              + (config.emergencyNote || '');
            notice.hidden = false;
            return undefined;
          }
          notice.hidden = true;
        }
        return next(action);
      };
    };
  }

  if (!window.WebChat) {
    showError('The chat component did not load. Please reload the page.');
  } else {
    start();
  }
})();
