// The chat page: a Direct Line token for this browser, then Microsoft's Web Chat over ZoneBot's own Direct Line.
// The browser keeps its conversation (id and token) so that a reload shows the history and goes on where it was.
(function () {
  'use strict';

  var root = document.getElementById('webchat');
  var settings = root.dataset;
  var storageKey = 'zonebot.directline';
  var directLineBase = new URL('v3/directline', document.baseURI).href;
  // Direct Line's connection states (botframework-directlinejs).
  var ExpiredToken = 3, FailedToConnect = 4, Ended = 5;
  var current = null;
  var failures = 0;

  function show(text, isError) {
    var status = document.createElement('p');
    status.className = 'zb-status' + (isError ? ' zb-error' : '');
    status.setAttribute('role', 'status');
    status.textContent = text;
    root.replaceChildren(status);
  }

  if (!window.WebChat) {
    show(settings.missing, true);
    return;
  }

  function post(path, token, body) {
    var headers = { 'Content-Type': 'application/json' };
    if (token) {
      headers.Authorization = 'Bearer ' + token;
    }
    return fetch(directLineBase + path, { method: 'POST', credentials: 'same-origin', headers: headers, body: JSON.stringify(body || {}) })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('Direct Line answered ' + response.status);
        }
        return response.json();
      });
  }

  function load() {
    try {
      return JSON.parse(localStorage.getItem(storageKey));
    } catch (e) {
      return null;
    }
  }

  function save(conversationId, token) {
    try {
      localStorage.setItem(storageKey, JSON.stringify({ conversationId: conversationId, token: token }));
    } catch (e) {
      // Private mode: the chat works, a reload starts a new conversation.
    }
  }

  // When the token runs out (seconds since 1970), read from its payload; Web Chat reads the user from it the same way.
  function expiryOf(token) {
    try {
      var payload = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
      return JSON.parse(atob(payload)).exp;
    } catch (e) {
      return 0;
    }
  }

  // This browser's conversation: the one it had (its token refreshed, or a new token for it: the server knows the
  // browser by a cookie), or else a new one.
  function session(fresh) {
    var saved = fresh ? null : load();
    if (!saved || !saved.conversationId) {
      return post('/tokens/generate', null, { locale: settings.locale });
    }
    return post('/tokens/refresh', saved.token)
      .catch(function () { return post('/tokens/generate', null, { conversationId: saved.conversationId }); })
      .catch(function () { return post('/tokens/generate', null, { locale: settings.locale }); });
  }

  // The bot writes its lines plain (one fact a line, as in the terminal); Web Chat reads text as Markdown, where a
  // single line break is no break. Keep the bot's lines as lines.
  function keepLineBreaks() {
    return function () {
      return function (next) {
        return function (action) {
          var activity = action.type === 'DIRECT_LINE/INCOMING_ACTIVITY' && action.payload && action.payload.activity;
          if (activity && typeof activity.text === 'string' && (!activity.textFormat || activity.textFormat === 'markdown')) {
            var text = activity.text.replace(/([^\n])\n(?!\n)/g, '$1  \n');
            action = Object.assign({}, action, { payload: Object.assign({}, action.payload, { activity: Object.assign({}, activity, { text: text }) }) });
          }
          return next(action);
        };
      };
    };
  }

  function connect(fresh) {
    return session(fresh).then(function (answer) {
      save(answer.conversationId, answer.token);
      if (current) {
        current.end();
      }
      var directLine = window.WebChat.createDirectLine({
        domain: directLineBase,
        token: answer.token,
        webSocket: false,
        conversationStartProperties: { locale: settings.locale }
      });
      current = directLine;
      directLine.connectionStatus$.subscribe(function (status) {
        if (directLine !== current) {
          return;
        }
        if (status === ExpiredToken || status === FailedToConnect) {
          reconnect();
        } else if (status !== Ended) {
          failures = 0;
        }
      });
      window.WebChat.renderWebChat({
        directLine: directLine,
        store: window.WebChat.createStore({}, keepLineBreaks()),
        locale: settings.locale,
        styleOptions: {
          botAvatarInitials: settings.botInitials,
          userAvatarInitials: settings.userInitials,
          primaryFont: getComputedStyle(document.body).fontFamily,
          hideUploadButton: false,
          uploadAccept: 'image/*',
          uploadMultiple: true,
          suggestedActionLayout: 'flow',
          bubbleMaxWidth: 640,
          rootHeight: '100%'
        }
      }, root);
    });
  }

  // Again with the same conversation, then with a new one (the old one may be gone), then give up and say so.
  function reconnect() {
    failures += 1;
    if (failures > 3) {
      show(settings.failed, true);
      return;
    }
    setTimeout(function () {
      connect(failures > 1).catch(reconnect);
    }, 1000 * failures);
  }

  // Web Chat refreshes the token while the page is open; keep the newest for a reload, and reconnect after a long
  // sleep (the token ran out while the computer was asleep).
  function keepToken() {
    if (!current) {
      return;
    }
    var saved = load();
    if (saved && current.token) {
      save(saved.conversationId, current.token);
    }
    if (current.token && expiryOf(current.token) * 1000 < Date.now()) {
      connect(false).catch(reconnect);
    }
  }
  setInterval(keepToken, 60 * 1000);
  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'visible') {
      keepToken();
    }
  });
  window.addEventListener('pagehide', keepToken);

  connect(false).catch(reconnect);
})();
