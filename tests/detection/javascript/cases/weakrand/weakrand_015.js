'use strict';

function recoveryCodes(count) {
  const codes = [];
  while (codes.length < count) {
    codes.push(Math.random().toString(36).slice(2, 10));
  }
  return codes;
}

module.exports = { recoveryCodes };
