'use strict';

const CryptoJS = require('crypto-js');

const CIPHER_OPTIONS = { mode: CryptoJS.mode.ECB, padding: CryptoJS.pad.Pkcs7 };

function encryptField(value, key) {
  return CryptoJS.AES.encrypt(value, CryptoJS.enc.Utf8.parse(key), CIPHER_OPTIONS).toString();
}

module.exports = { encryptField };
