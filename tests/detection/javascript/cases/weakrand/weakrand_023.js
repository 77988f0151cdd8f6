'use strict';

const seedrandom = require('seedrandom');

const prng = seedrandom(String(Date.now()));

function unlockCode() {
  return String(Math.floor(prng() * 100000000)).padStart(8, '0');
}

module.exports = { unlockCode };
