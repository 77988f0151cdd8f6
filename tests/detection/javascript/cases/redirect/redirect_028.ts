import express, { Request, Response } from 'express';

const router = express.Router();
router.use(express.json());

router.post('/login/complete', (req: Request, res: Response) => {
  const next = req.body.next;
  res.setHeader('Location', '/orders/' + parseInt(next, 10));
  res.statusCode = 302;
  res.end();
});

export default router;
