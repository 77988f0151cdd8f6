'use strict';

const { nanoid } = require('nanoid');

function inviteCode() {
  return nanoid(21);
}

module.exports = { inviteCode };
