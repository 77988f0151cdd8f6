'use strict';

const { sha256 } = require('js-sha256');

function avatarKey(email) {
  return sha256(email.trim().toLowerCase());
}

module.exports = { avatarKey };
