// TypeScript examples for securetag/rules/javascript/express.yaml: typed handlers and ES imports.
import { exec } from "child_process";
import express, { Request, Response } from "express";
import escapeHtml from "escape-html";
import { Pool } from "pg";

const app = express();
const pool = new Pool();

app.get("/orders", async (req: Request, res: Response) => {
  const status = req.query.status as string;
  // ruleid: securetag.javascript.express.sqli
  const result = await pool.query(`SELECT * FROM orders WHERE status = '${status}'`);
  // ok: securetag.javascript.express.sqli
  const same = await pool.query("SELECT * FROM orders WHERE status = $1", [status]);
  res.json({ rows: result.rows, same: same.rows });
});

app.post("/convert", (req: Request, res: Response): void => {
  const file: string = req.body.file;
  // ruleid: securetag.javascript.express.command-injection
  exec("convert " + file + " out.png");
  // ok: securetag.javascript.express.command-injection
  exec("convert input.png out.png");
  res.sendStatus(202);
});

export function greet(req: Request, res: Response): void {
  // ruleid: securetag.javascript.express.xss
  res.send(`<h1>Hello ${req.params.name}</h1>`);
  // ok: securetag.javascript.express.xss
  res.send(`<h1>Hello ${escapeHtml(req.params.name)}</h1>`);
}

export default app;
