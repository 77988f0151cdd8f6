'use strict';

const { createHash } = require('crypto');

function checksum(buffer) {
  return createHash('sha1').update(buffer).digest('base64');
}

module.exports = { checksum };
