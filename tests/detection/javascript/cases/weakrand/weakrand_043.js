'use strict';

function sessionRefreshJitterMs() {
  return Math.floor(Math.random() * 5000);
}

module.exports = { sessionRefreshJitterMs };
