'use strict';

const config = require('config');
const mysql = require('mysql');

const connection = mysql.createConnection({
  host: config.get('db.host'),
  user: config.get('db.user'),
  password: config.get('db.password'),
});

module.exports = { connection };
