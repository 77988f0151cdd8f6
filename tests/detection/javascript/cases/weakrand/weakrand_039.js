'use strict';

const jwt = require('jsonwebtoken');

function signAccess(userId) {
  return jwt.sign({ sub: userId, jti: Math.random().toString(16).slice(2) }, process.env.JWT_SECRET, { expiresIn: '15m' });
}

module.exports = { signAccess };
