'use strict';

// SQL text fragments used by the reporting routes.

function userLookupSql(name) {
  return "SELECT id, name, email FROM users WHERE name = '" + name + "'";
}

function orderClause(column) {
  return ' ORDER BY ' + column;
}

const USER_BY_NAME = 'SELECT id, name, email FROM users WHERE name = ?';

module.exports = { userLookupSql, orderClause, USER_BY_NAME };
