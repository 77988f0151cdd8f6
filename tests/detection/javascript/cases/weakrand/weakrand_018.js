'use strict';

const { randomUUID } = require('crypto');

function resetLink(userId) {
  const value = randomUUID();
  return { userId, url: 'https://app.example.com/reset?t=' + value, value };
}

module.exports = { resetLink };
