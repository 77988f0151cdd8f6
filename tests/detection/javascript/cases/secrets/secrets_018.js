'use strict';

const express = require('express');
const session = require('express-session');

const router = express.Router();
router.use(session({ secret: 'OHBxKdQFnKUurQxbVEsUovXxPcGJ', resave: false, saveUninitialized: false, cookie: { secure: true } }));

router.get('/', (req, res) => {
  res.json({ views: 1 });
});

module.exports = router;
