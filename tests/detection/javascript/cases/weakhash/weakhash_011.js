'use strict';

const crypto = require('crypto');

const settings = { storage: { bucket: 'assets' }, integrity: { algorithm: 'md5', encoding: 'hex' } };

function integrityOf(content) {
  return crypto.createHash(settings.integrity.algorithm).update(content).digest('hex');
}

module.exports = { integrityOf };
