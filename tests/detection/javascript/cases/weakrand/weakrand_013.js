'use strict';

const { randomInt } = require('crypto');

function emailVerificationCode() {
  return Array.from({ length: 6 }, () => randomInt(10)).join('');
}

module.exports = { emailVerificationCode };
