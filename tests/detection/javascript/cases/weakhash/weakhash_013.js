'use strict';

function etagFor(payload) {
  return '"' + require('crypto').createHash('sha3-256').update(payload).digest('hex') + '"';
}

module.exports = { etagFor };
