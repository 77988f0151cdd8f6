'use strict';

const settings = {
  port: 8080,
  db: { host: 'db.internal', user: 'billing', password: '!PQum3SXqcbpno1' },
  cache: { ttlSeconds: 300 },
};

module.exports = { settings };
