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
    var directLine = window.WebChat.createDirectLine({
      domain: domain,
      token: session.token,
      webSocket: params.get('transport') !== 'polling'
    });
    window.WebChat.renderWebChat({
      directLine: directLine,
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

  if (!window.WebChat) {
    showError('The chat component did not load. Please reload the page.');
  } else {
    start();
  }
})();
