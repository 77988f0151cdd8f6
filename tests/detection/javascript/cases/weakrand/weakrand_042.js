'use strict';

function randomInt(max) {
  return Math.floor(Math.random() * max);
}

function emailVerificationCode() {
  return [randomInt(10), randomInt(10), randomInt(10), randomInt(10), randomInt(10), randomInt(10)].join('');
}

module.exports = { emailVerificationCode };
