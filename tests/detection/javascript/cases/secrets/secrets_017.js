'use strict';

function databaseUrl(host) {
  return `mysql://root:1onpbcqXX9@${host}:3306/orders`;
}

module.exports = { databaseUrl };
