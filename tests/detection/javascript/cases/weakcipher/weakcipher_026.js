'use strict';

const crypto = require('crypto');

class TokenVault {

  constructor(key) {
    this.algorithm = 'bf-cbc';
    this.key = key;
  }

  open(payload, iv) {
    const decipher = crypto.createDecipheriv(this.algorithm, this.key, iv);
    return Buffer.concat([decipher.update(payload), decipher.final()]).toString('utf8');
  }
}

module.exports = { TokenVault };
