'use strict';

const rng = Math.random;

function temporaryPassword() {
  return Array.from({ length: 12 }, () => String.fromCharCode(33 + Math.floor(rng() * 94))).join('');
}

module.exports = { temporaryPassword };
