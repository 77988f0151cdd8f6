'use strict';

const { S3Client } = require('@aws-sdk/client-s3');

const s3 = new S3Client({
  region: 'eu-west-1',
  credentials: { accessKeyId: 'AKIANDUK5OFRF42F7MTV', secretAccessKey: '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' },
});

module.exports = { s3 };
