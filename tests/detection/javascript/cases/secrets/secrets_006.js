'use strict';

const { config: awsConfig } = require('aws-sdk');

awsConfig.update({ accessKeyId: 'AKIAMPOTKLYVVMRPO3IR', secretAccessKey: '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', region: 'us-east-1' });

module.exports = { awsConfig };
