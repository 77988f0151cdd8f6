'use strict';

const CryptoJS = require('crypto-js');

function signatureOf(body) {
  return CryptoJS.SHA1(body).toString(CryptoJS.enc.Hex);
}

module.exports = { signatureOf };
