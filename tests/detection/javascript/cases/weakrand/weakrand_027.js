'use strict';

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';

function randomString(length) {
  let out = '';
  for (let i = 0; i < length; i += 1) {
    out += ALPHABET[Math.floor(Math.random() * ALPHABET.length)];
  }
  return out;
}

function issueApiKey(accountId) {
  return { accountId, key: 'ak_' + randomString(32), createdAt: new Date() };
}

module.exports = { issueApiKey };
