'use strict';

const mysql = require('mysql');

const connection = mysql.createConnection({
  host: 'db.internal',
  user: 'shop_app',
  password: '${DB_PASSWORD}',
  database: 'shop',
});

module.exports = { connection };
