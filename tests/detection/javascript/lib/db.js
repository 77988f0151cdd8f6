'use strict';

const mysql = require('mysql');
const { Pool } = require('pg');

const connection = mysql.createConnection({
  host: process.env.DB_HOST || 'localhost',
  user: process.env.DB_USER || 'app',
  password: process.env.DB_PASSWORD,
  database: 'shop',
});

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

module.exports = { connection, pool };
