'use strict';

const express = require('express');

const router = express.Router();
const banners = ['spring-sale.png', 'free-shipping.png', 'new-arrivals.png'];

router.get('/', (req, res) => {
  const banner = banners[Math.floor(Math.random() * banners.length)];
  res.render('home', { banner });
});

module.exports = router;
