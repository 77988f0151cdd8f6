'use strict';

const jwt = require('jsonwebtoken');
const fs = require('fs');

const SIGNING_KEY = fs.readFileSync(process.env.JWT_KEY_FILE || '/run/secrets/jwt.key', 'utf8');

function sign(payload) {
  return jwt.sign(payload, SIGNING_KEY, { algorithm: 'RS256' });
}

module.exports = { sign };
