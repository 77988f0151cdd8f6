'use strict';

const CryptoJS = require('crypto-js');

function encryptField(value, secret) {
  return CryptoJS.TripleDES.encrypt(value, secret).toString();
}

module.exports = { encryptField };
