'use strict';

const crypto = require('crypto');

class TokenVault {

  constructor(key) {
    this.algorithm = 'AES-256-GCM';
    this.key = key;
  }

  open(payload, iv) {
    const decipher = crypto.createDecipheriv(this.algorithm, this.key, iv);
    decipher.setAuthTag(payload.subarray(0, 16));
    payload = payload.subarray(16);
    return Buffer.concat([decipher.update(payload), decipher.final()]).toString('utf8');
  }
}

module.exports = { TokenVault };
