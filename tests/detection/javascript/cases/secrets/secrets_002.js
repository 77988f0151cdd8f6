'use strict';

const settings = {
  port: 8080,
  db: { host: 'db.internal', user: 'billing', password: '' },
  cache: { ttlSeconds: 300 },
};
settings.db.password = process.env.BILLING_DB_PASSWORD || '';

module.exports = { settings };
