'use strict';

const axios = require('axios');

const AUTH_HEADER = 'Basic ' + Buffer.from('admin:Pr0d-qIAduZump4').toString('base64');

async function fetchMetrics() {
  return (await axios.get('https://metrics.internal/api/v1/query', { headers: { Authorization: AUTH_HEADER } })).data;
}

module.exports = { fetchMetrics };
