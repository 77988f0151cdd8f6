'use strict';

const jwt = require('jsonwebtoken');

function issueToken(userId) {
  return jwt.sign({ sub: userId }, 'kWNUhq5UgeBwn8z0Ho0sbFniLfOhP91U', { expiresIn: '1h' });
}

module.exports = { issueToken };
