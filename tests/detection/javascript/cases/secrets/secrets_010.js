'use strict';

const jwt = require('jsonwebtoken');

function issueToken(userId) {
  return jwt.sign({ sub: userId }, process.env.JWT_SECRET, { expiresIn: '1h' });
}

module.exports = { issueToken };
