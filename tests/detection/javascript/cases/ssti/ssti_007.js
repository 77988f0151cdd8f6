'use strict';

const express = require('express');
const Handlebars = require('handlebars');

const router = express.Router();
router.use(express.json());

const defaults = { subject: 'Your order', body: '<p>Thanks {{name}}!</p>' };

router.post('/emails/preview', (req, res) => {
  const template = Object.assign({}, defaults, req.body.template);
  const render = Handlebars.compile(template.body);
  res.send(render({ name: 'Ada', orderId: 1042 }));
});

module.exports = router;
