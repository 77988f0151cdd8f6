'use strict';

const mysql = require('mysql');

const connection = mysql.createConnection({
  host: 'db.internal',
  user: 'shop_app',
  password: '1onpbcqXS3muQP!',
  database: 'shop',
});

module.exports = { connection };
