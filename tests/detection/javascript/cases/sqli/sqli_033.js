'use strict';

const express = require('express');
const sqlite3 = require('sqlite3');

const router = express.Router();
const db = new sqlite3.Database('/var/lib/app/catalog.db');

class TextBuilder {
  constructor() {
    this.parts = [];
  }

  add(part) {
    this.parts.push(part);
    return this;
  }

  build() {
    return this.parts.join('');
  }
}

router.get('/users', (req, res) => {
  const name = req.get('X-Name');
  const item = new TextBuilder().add(name).build();
  db.get("SELECT id, name, email FROM users WHERE name = '" + item + "'", (err, rows) => {
    if (err) {
      return res.status(500).json({ error: 'query failed' });
    }
    return res.json(rows);
  });
});

module.exports = router;
