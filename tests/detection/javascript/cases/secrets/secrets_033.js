'use strict';

const { Pool } = require('pg');

const pool = new Pool({ connectionString: 'postgres://reporting:AtyUkNWw4LXI1xdO@pg.internal:5432/analytics' });

module.exports = { pool };
