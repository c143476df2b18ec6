// Starts FaqBot's chat page: the visitor's conversation from this tab's session (or a new one, with a token from our
// own Direct Line endpoint: no secret in the browser), then Microsoft Web Chat over WebSocket (or polling with
// ?transport=polling). In the widget's frame (?embed=1) it also talks to the widget: ready, focus, close.
(function () {
  'use strict';
  var config = JSON.parse(document.getElementById('faqbot-config').textContent);
  var params = new URLSearchParams(window.location.search);
  var domain = new URL('v3/directline', document.baseURI).href;
  var container = document.getElementById('webchat');
  var embedded = params.get('embed') === '1' && window.parent !== window;
  var useWebSocket = params.get('transport') !== 'polling';
  var touchScreen = window.matchMedia && window.matchMedia('(pointer: coarse)').matches;

  if (embedded) {
    document.body.classList.add('faqbot-embedded');
  }

  function showError(message) {
    var box = document.createElement('p');
    box.className = 'faqbot-error';
    box.setAttribute('role', 'alert');
    box.textContent = message;
    container.replaceChildren(box);
  }

  function tellWidget(type) {
    if (embedded) {
      // The host page's origin is not known here; the messages carry no data, only what happened.
      window.parent.postMessage({ faqbot: type }, '*');
    }
  }

  // The message box on a computer; on a touch screen the transcript, so the keyboard does not cover the answers.
  function focusChat() {
    var target = touchScreen
      ? container.querySelector('[role="log"], .webchat__basic-transcript__transcript')
      : container.querySelector('[data-id="webchat-sendbox-input"], .webchat__send-box-text-box__input');
    if (target) {
      target.focus();
    }
  }

  // Keeps the stored session current and tells the widget the chat is up. Middleware per Web Chat's store API.
  function sessionKeeper(getDirectLine) {
    return function () {
      return function (next) {
        return function (action) {
          var result = next(action);
          var directLine = getDirectLine();
          if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED') {
            tellWidget('ready');
            if (!embedded || document.hasFocus()) {
              window.setTimeout(focusChat, 0);
            }
          } else if (action.type === 'DIRECT_LINE/INCOMING_ACTIVITY' && directLine) {
            window.FaqBotSession.remember(directLine, directLine.conversationId);
          }
          return result;
        };
      };
    };
  }

  function styleOptions() {
    return {
      accent: config.accentColor,
      botAvatarInitials: config.botAvatarInitials,
      userAvatarInitials: config.userAvatarInitials,
      hideUploadButton: true,
      // One suggested question per line, wrapped, never cut with "…"; scrolls if there are more than fit.
      suggestedActionLayout: 'stacked',
      suggestedActionsStackedLayoutButtonTextWrap: true,
      suggestedActionsStackedOverflow: 'auto',
      suggestedActionsStackedHeight: 160,
      suggestedActionHeight: 'auto',
      // When an answer arrives, scrolling stops with its start at the top: the first quote stays in view on a phone.
      autoScrollSnapOnPage: true,
      autoScrollSnapOnPageOffset: 0,
      bubbleBorderRadius: 10,
      bubbleFromUserBorderRadius: 10
    };
  }

  // Screen readers say "<clinic> said:" rather than "Bot RK said:" (the avatar's initials), and the controls say what
  // they are in this chat.
  function strings() {
    return {
      ACTIVITY_BOT_SAID_ALT: config.title + ' said:',
      ACTIVITY_BOT_ATTACHED_ALT: config.title + ' attached:',
      VOTE_LIKE_ALT: config.helpfulTitle,
      VOTE_DISLIKE_ALT: config.notHelpfulTitle,
      SUGGESTED_ACTIONS_LABEL_ALT: 'Suggested questions',
      TEXT_INPUT_PLACEHOLDER: 'Type your question'
    };
  }

  function render(session) {
    var directLine = window.WebChat.createDirectLine(session.resumed
      ? { domain: domain, token: session.token, conversationId: session.conversationId,
          streamUrl: useWebSocket ? session.streamUrl : undefined, webSocket: useWebSocket }
      : { domain: domain, token: session.token, webSocket: useWebSocket });
    var store = window.WebChat.createStore({}, sessionKeeper(function () { return directLine; }), tooLongGuard);
    window.WebChat.renderWebChat({
      directLine: directLine,
      store: store,
      cardActionMiddleware: phoneLinks,
      locale: 'en-US',
      styleOptions: styleOptions(),
      overrideLocalizedStrings: strings(),
      renderMarkdown: function (markdown, newLineOptions, linkOptions) {
        return window.WebChat.renderMarkdown(window.FaqBotPhoneLinks.link(markdown), newLineOptions, linkOptions);
      }
    }, container);
    window.FaqBotSession.keepFresh(domain, directLine, session.conversationId, session.expiresIn || 1800);
    window.addEventListener('pagehide', function () {
      window.FaqBotSession.remember(directLine, directLine.conversationId || session.conversationId);
    });
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

  async function start() {
    var session;
    try {
      session = await window.FaqBotSession.open(domain);
    } catch (e) {
      showError(e && e.status === 429
        ? 'Too many chats were started from your network. Please wait a minute and reload.'
        : e && e.status ? 'The chat is unavailable right now. Please try again later.'
          : 'The chat is not reachable right now. Please try again later.');
      tellWidget('ready');
      return;
    }
    render(session);
  }

  // Escape closes the widget's panel (the widget then returns focus to its button), unless Web Chat used the key.
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && !event.defaultPrevented) {
      tellWidget('close');
    }
  });
  window.addEventListener('message', function (event) {
    if (event.source === window.parent && event.data && event.data.faqbot === 'focus') {
      focusChat();
    }
  });

  if (!window.WebChat) {
    showError('The chat component did not load. Please reload the page.');
    tellWidget('ready');
  } else {
    start();
  }
})();
