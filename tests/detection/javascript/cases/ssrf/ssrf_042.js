'use strict';

const express = require('express');
const axios = require('axios');

const router = express.Router();

router.get('/fetch', async (req, res) => {
  const webhook = req.query.webhook;
  const values = {};
  values['primary'] = webhook;
  const item = values.primary;
  const response = await axios({ method: 'get', url: item + '/api/v1/status', timeout: 5000 });
  res.json(response.data);
});

module.exports = router;
