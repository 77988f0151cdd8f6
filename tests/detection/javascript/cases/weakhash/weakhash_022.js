'use strict';

const CryptoJS = require('crypto-js');

function tokenDigest(token) {
  return CryptoJS.MD5(token).toString();
}

module.exports = { tokenDigest };
