'use strict';

const express = require('express');
const multer = require('multer');
const libxmljs = require('libxmljs');

const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: 1024 * 1024 } });
const router = express.Router();

function parseInvoice(buffer) {
  const doc = libxmljs.parseXml(buffer.toString('utf8'), { noent: true, noblanks: true });
  return {
    number: doc.get('//invoice/number').text(),
    total: Number(doc.get('//invoice/total').text()),
  };
}

router.post('/invoices/upload', upload.single('invoice'), (req, res) => {
  res.json(parseInvoice(req.file.buffer));
});

module.exports = router;
