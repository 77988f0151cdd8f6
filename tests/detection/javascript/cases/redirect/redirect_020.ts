import express, { Request, Response } from 'express';

const router = express.Router();

function completeLogin(req: Request, res: Response) {
  const continueTo = req.params.continueTo;
  const destinations = new Set(['/account', '/orders', '/settings']);
  res.redirect(destinations.has(continueTo) ? continueTo : '/');
}

router.get('/login/complete/:continueTo', completeLogin);

export default router;
