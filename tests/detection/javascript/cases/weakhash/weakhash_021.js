'use strict';

const md5 = require('md5');

function avatarKey(email) {
  return md5(email.trim().toLowerCase());
}

module.exports = { avatarKey };
