import express, { Request, Response } from 'express';
import * as crypto from 'crypto';

const router = express.Router();
router.use(express.json());

router.post('/register', (req: Request, res: Response) => {
  const { email, password } = req.body;
  const passwordHash = crypto.createHash('md5').update(password).digest('hex');
  res.status(201).json({ email, passwordHash });
});

export default router;
