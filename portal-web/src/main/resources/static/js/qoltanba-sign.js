/*
 * The portal's client for the local signing app (the Qoltanba bridge or NCALayer), speaking the NCALayer
 * protocol: connect to the URL of <meta name="qoltanba-bridge-url">, wait for the greeting, ask
 * kz.gov.pki.knca.basics "sign" (falling back to kz.gov.pki.knca.commonUtils when basics is missing), and
 * drive every <button data-qs-sign data-qs-issue="…" data-qs-complete="…">:
 *   1. connect to the app (not running / not trusted: show the guidance, send nothing);
 *   2. POST data-qs-issue (CSRF header) -> the sign request {id, format, data, keyType, extKeyUsageOids, iin, bin, chain};
 *   3. have the app sign it;
 *   4. POST data-qs-complete {requestId, signed} -> {ok:true, redirect} or {ok:false, message}.
 * The button fires "qs:signed" (detail: the server's answer) before following a redirect.
 */
(function () {
  'use strict';

  var BASICS = 'kz.gov.pki.knca.basics';
  var COMMON_UTILS = 'kz.gov.pki.knca.commonUtils';
  var CONNECT_TIMEOUT_MS = 5000;

  function meta(name) {
    var element = document.querySelector('meta[name="' + name + '"]');
    return element ? element.getAttribute('content') : null;
  }

  /** Thrown for outcomes the user should read: kind picks the text, detail is the app's message. */
  function SignError(kind, detail) {
    this.kind = kind;
    this.detail = detail || '';
  }

  /** One WebSocket to the app; requests are answered in order, one at a time. */
  function Bridge(url) {
    this.url = url;
    this.socket = null;
    this.pending = null;
  }

  Bridge.prototype.open = function () {
    var self = this;
    return new Promise(function (resolve, reject) {
      var greeted = false;
      var socket;
      try {
        socket = new WebSocket(self.url);
      } catch (e) {
        reject(new SignError('notRunning', String(e)));
        return;
      }
      self.socket = socket;
      var timer = setTimeout(function () {
        if (!greeted) {
          socket.close();
          reject(new SignError('notRunning', 'no greeting'));
        }
      }, CONNECT_TIMEOUT_MS);
      socket.onerror = function () {
        if (!greeted) {
          clearTimeout(timer);
          reject(new SignError('notRunning', 'connection failed'));
        }
      };
      socket.onclose = function () {
        if (!greeted) {
          clearTimeout(timer);
          reject(new SignError('notRunning', 'connection closed'));
        } else if (self.pending) {
          self.pending.reject(new SignError('failed', 'the signing app closed the connection'));
          self.pending = null;
        }
      };
      socket.onmessage = function (event) {
        if (event.data === '--heartbeat--') {
          return;
        }
        if (!greeted) {
          greeted = true; // the first frame is the greeting {"result":{"version":…}}
          clearTimeout(timer);
          resolve(self);
          return;
        }
        var waiting = self.pending;
        self.pending = null;
        if (!waiting) {
          return;
        }
        try {
          waiting.resolve(JSON.parse(event.data));
        } catch (e) {
          waiting.reject(new SignError('failed', 'unreadable answer'));
        }
      };
    });
  };

  Bridge.prototype.call = function (request) {
    var self = this;
    return new Promise(function (resolve, reject) {
      self.pending = { resolve: resolve, reject: reject };
      self.socket.send(JSON.stringify(request));
    });
  };

  Bridge.prototype.close = function () {
    if (this.socket) {
      this.socket.onclose = null;
      this.socket.close();
    }
  };

  function basicsRequest(request, locale) {
    var signerParams = { extKeyUsageOids: request.extKeyUsageOids || [] };
    if (request.iin) {
      signerParams.iin = request.iin;
    }
    if (request.bin) {
      signerParams.bin = request.bin;
    }
    if (Array.isArray(request.chain) && request.chain.length > 0) {
      signerParams.chain = request.chain;
    }
    return {
      module: BASICS,
      method: 'sign',
      args: {
        format: request.format,
        data: request.data,
        signingParams: request.format === 'cms' ? { decode: true, encapsulate: true } : {},
        signerParams: signerParams,
        locale: locale
      }
    };
  }

  function commonUtilsRequest(request) {
    if (request.format === 'xml') {
      return { module: COMMON_UTILS, method: 'signXml', args: ['PKCS12', request.keyType, request.data, '', ''] };
    }
    return { module: COMMON_UTILS, method: 'createCAdESFromBase64', args: ['PKCS12', request.keyType, request.data, true] };
  }

  function failureOf(message) {
    var text = String(message || '');
    if (text === 'action.canceled') {
      return new SignError('cancelled');
    }
    if (/wrong password/i.test(text)) {
      return new SignError('wrongPassword');
    }
    if (/no suitable certificate|storage\.empty/i.test(text)) {
      return new SignError('noKey');
    }
    return new SignError('failed', text);
  }

  /** Signs with basics; answers null when the app has no basics module. */
  function signWithBasics(bridge, request, locale) {
    return bridge.call(basicsRequest(request, locale)).then(function (answer) {
      if (answer && answer.success === false && answer.errorCode === 'MODULE_NOT_FOUND') {
        return null;
      }
      if (answer && answer.status === true) {
        var body = answer.body || {};
        if (!('result' in body)) {
          throw new SignError('cancelled');
        }
        var result = Array.isArray(body.result) ? body.result[0] : body.result;
        if (typeof result !== 'string' || result.length === 0) {
          throw new SignError('failed', 'empty result');
        }
        return result;
      }
      throw failureOf(answer && answer.message);
    });
  }

  function signWithCommonUtils(bridge, request) {
    return bridge.call(commonUtilsRequest(request)).then(function (answer) {
      if (answer && String(answer.code) === '200' && typeof answer.responseObject === 'string') {
        return answer.responseObject;
      }
      throw failureOf(answer && answer.message);
    });
  }

  function sign(bridge, request, locale) {
    return signWithBasics(bridge, request, locale).then(function (signed) {
      return signed !== null ? signed : signWithCommonUtils(bridge, request);
    });
  }

  function postJson(url, body) {
    return fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        'Accept': 'application/json',
        'Content-Type': 'application/json',
        'X-CSRF-Token': meta('csrf-token') || ''
      },
      body: JSON.stringify(body || {})
    }).then(function (response) {
      return response.json().catch(function () {
        throw new SignError('server');
      });
    }, function () {
      throw new SignError('server');
    });
  }

  function texts(block) {
    var data = block ? block.dataset : {};
    return {
      working: data.qsTextWorking || 'Signing…',
      notRunning: data.qsTextNotRunning || 'The signing app is not running or not trusted.',
      cancelled: data.qsTextCancelled || 'Signing cancelled.',
      wrongPassword: data.qsTextWrongPassword || 'Wrong key store password.',
      noKey: data.qsTextNoKey || 'No suitable key.',
      failed: data.qsTextFailed || 'Signing failed: {0}',
      done: data.qsTextDone || 'Signed.',
      server: data.qsTextServer || 'The server did not answer.'
    };
  }

  function show(block, text, state) {
    var box = block && block.querySelector('[data-qs-message]');
    if (!box) {
      return;
    }
    box.textContent = text;
    box.hidden = !text;
    box.setAttribute('data-qs-state', state);
  }

  function showHelp(block, visible) {
    var help = block && block.querySelector('[data-qs-help]');
    if (help) {
      help.hidden = !visible;
    }
  }

  function run(button) {
    var block = button.closest('[data-qs-sign-block]') || button.parentElement;
    var t = texts(block);
    var locale = document.documentElement.lang === 'kk' ? 'kk' : 'ru';
    var bridgeUrl = meta('qoltanba-bridge-url') || 'wss://127.0.0.1:13579/';
    var bridge = new Bridge(bridgeUrl);
    button.disabled = true;
    showHelp(block, false);
    show(block, t.working, 'working');
    var request;
    bridge.open()
      .then(function () {
        return postJson(button.getAttribute('data-qs-issue'));
      })
      .then(function (issued) {
        if (!issued || issued.ok === false || !issued.id) {
          throw new SignError('server-message', issued && issued.message);
        }
        request = issued;
        return sign(bridge, issued, locale);
      })
      .then(function (signed) {
        return postJson(button.getAttribute('data-qs-complete'), { requestId: request.id, signed: signed });
      })
      .then(function (answer) {
        bridge.close();
        if (!answer || answer.ok !== true) {
          throw new SignError('server-message', answer && answer.message);
        }
        show(block, answer.message || t.done, 'done');
        button.dispatchEvent(new CustomEvent('qs:signed', { bubbles: true, detail: answer }));
        if (answer.redirect) {
          window.location.assign(answer.redirect);
        } else {
          button.disabled = false;
        }
      })
      .catch(function (error) {
        bridge.close();
        button.disabled = false;
        var kind = error instanceof SignError ? error.kind : 'failed';
        var detail = error instanceof SignError ? error.detail : String(error);
        if (kind === 'notRunning') {
          showHelp(block, true);
          show(block, t.notRunning, 'not-running');
        } else if (kind === 'server-message') {
          show(block, detail || t.server, 'refused');
        } else if (t[kind]) {
          show(block, t[kind].replace('{0}', detail), kind);
        } else {
          show(block, t.failed.replace('{0}', detail), 'failed');
        }
      });
  }

  document.addEventListener('click', function (event) {
    var button = event.target.closest ? event.target.closest('[data-qs-sign]') : null;
    if (button && !button.disabled) {
      event.preventDefault();
      run(button);
    }
  });

  window.QoltanbaSign = { Bridge: Bridge, sign: sign };
})();
