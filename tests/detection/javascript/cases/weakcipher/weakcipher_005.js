'use strict';

const CryptoJS = require('crypto-js');

function encryptField(value, secret) {
  return CryptoJS.DES.encrypt(value, secret).toString();
}

module.exports = { encryptField };
