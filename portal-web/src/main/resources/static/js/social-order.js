// The hand-over form's scan: the chosen file is uploaded as soon as it is picked, and the stored file's number
// goes into the form's hidden "scan" field, so the signed hand-over refers to it.
(function () {
  'use strict';

  function csrf() {
    var m = document.querySelector('meta[name="csrf-token"]');
    return m ? m.getAttribute('content') : '';
  }

  function wire(block) {
    var input = block.querySelector('[data-qs-scan-file]');
    var result = block.querySelector('[data-qs-scan-result]');
    var target = document.querySelector('[data-qs-scan-id]');
    if (!input || !target) {
      return;
    }
    input.addEventListener('change', function () {
      target.value = '';
      result.textContent = '';
      if (!input.files || input.files.length === 0) {
        return;
      }
      var body = new FormData();
      body.append('kind', 'SCAN');
      body.append('file', input.files[0]);
      fetch('/social/supplier/files', {
        method: 'POST',
        credentials: 'same-origin',
        headers: {'X-CSRF-Token': csrf()},
        body: body
      }).then(function (response) {
        return response.json();
      }).then(function (answer) {
        if (answer.ok) {
          target.value = String(answer.id);
          result.textContent = answer.name;
          result.setAttribute('data-qs-scan-stored', String(answer.id));
        } else {
          result.textContent = answer.message || block.getAttribute('data-qs-msg-failed');
        }
      }).catch(function () {
        result.textContent = block.getAttribute('data-qs-msg-failed');
      });
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    Array.prototype.forEach.call(document.querySelectorAll('[data-qs-scan-upload]'), wire);
  });
})();
