'use strict';

function etagFor(payload) {
  return '"' + require('crypto').createHash('sha1').update(payload).digest('hex') + '"';
}

module.exports = { etagFor };
