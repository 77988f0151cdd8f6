import express, { Request, Response } from 'express';

const app = express();
app.use(express.json());

app.post('/calc', (req: Request, res: Response) => {
  const formula = req.body.formula;
  const result = JSON.parse(formula);
  res.json({ result });
});

export default app;
