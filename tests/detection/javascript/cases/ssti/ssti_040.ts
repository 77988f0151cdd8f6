import express, { Request, Response } from 'express';
import _ from 'lodash';

const router = express.Router();
const DEFAULTS = { retries: 2, timeoutMs: 3000, value: '' };

router.get('/preview', (req: Request, res: Response) => {
  const { template } = req.query as Record<string, string>;
  const options = { ...DEFAULTS, value: template };
  const item = options.value;
  const compiled = _.template(`<section class="banner">${item}</section>`);
  res.send(compiled({ user: 'guest' }));
});

export default router;
