'use strict';

const CryptoJS = require('crypto-js');

function tokenDigest(token) {
  return CryptoJS.SHA256(token).toString();
}

module.exports = { tokenDigest };
