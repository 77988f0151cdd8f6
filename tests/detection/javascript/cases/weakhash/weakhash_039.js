'use strict';

const crypto = require('crypto');

class ContentSigner {

  constructor() {
    this.algorithm = 'blake2b512';
  }

  sign(body) {
    return crypto.createHash(this.algorithm).update(body).digest('hex');
  }
}

module.exports = { ContentSigner };
