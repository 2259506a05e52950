// Signs and uploads a file through the signing app's NURSign module ("type":"file"): the page asks the portal
// for a single-use upload token, hands it to the module with the upload URL, and the module streams the file,
// signs its digest and uploads it itself (bridge-protocol.md §6). Texts come from the button's data attributes.
(function () {
  'use strict';

  function meta(name) {
    var m = document.querySelector('meta[name="' + name + '"]');
    return m ? m.getAttribute('content') : '';
  }

  function text(button, key) {
    return button.getAttribute('data-qs-msg-' + key) || key;
  }

  function moduleError(button, code, message) {
    switch (code) {
      case 1: return text(button, 'cancelled');
      case 2: return text(button, 'too-large');
      case 14: return text(button, 'not-allowed');
      default: return text(button, 'failed') + (message ? ' (' + message + ')' : '');
    }
  }

  function callModule(button, token) {
    return new Promise(function (resolve, reject) {
      var socket;
      try {
        socket = new WebSocket(meta('qoltanba-bridge-url'));
      } catch (e) {
        reject(new Error(text(button, 'not-running')));
        return;
      }
      var greeted = false;
      var answered = false;
      socket.onerror = function () {
        if (!answered) {
          answered = true;
          reject(new Error(text(button, 'not-running')));
        }
      };
      socket.onmessage = function (event) {
        if (event.data === '--heartbeat--') {
          return;
        }
        if (!greeted) {
          greeted = true;
          socket.send(JSON.stringify({module: 'NURSign', type: 'file', token: token.token, url_upload: token.url_upload}));
          return;
        }
        answered = true;
        socket.close();
        var answer;
        try {
          answer = JSON.parse(event.data);
        } catch (e) {
          reject(new Error(text(button, 'failed')));
          return;
        }
        if (answer.errorCode === 'NONE' && answer.result) {
          resolve(answer.result);
        } else {
          reject(new Error(moduleError(button, answer.errorCode, answer.message)));
        }
      };
    });
  }

  function start(button, status) {
    button.disabled = true;
    status.textContent = text(button, 'working');
    fetch(button.getAttribute('data-qs-token'), {
      method: 'POST',
      credentials: 'same-origin',
      headers: {'Content-Type': 'application/json', 'Accept': 'application/json', 'X-CSRF-Token': meta('csrf-token')},
      body: '{}'
    }).then(function (response) {
      if (!response.ok) {
        throw new Error(text(button, 'failed'));
      }
      return response.json();
    }).then(function (token) {
      return callModule(button, token);
    }).then(function (result) {
      status.textContent = text(button, 'done') + ' ' + result.file_name;
      window.location.reload();
    }).catch(function (error) {
      status.textContent = error.message;
      button.disabled = false;
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var button = document.querySelector('[data-qs-nursign-file]');
    var status = document.querySelector('[data-qs-nursign-message]');
    if (button && status) {
      button.addEventListener('click', function () { start(button, status); });
    }
  });
}());
