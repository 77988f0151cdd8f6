'use strict';

const { Pool } = require('pg');

const pool = new Pool({ connectionString: `postgres://reporting:${process.env.PGPASSWORD}@pg.internal:5432/analytics` });

module.exports = { pool };
