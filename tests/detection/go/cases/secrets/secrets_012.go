package secrets

import (
	"database/sql"
	"os"
)

func Open012() (*sql.DB, error) {
	return sql.Open("postgres", os.ExpandEnv("postgres://billing:${DB_PASSWORD}@db.internal:5432/billing?sslmode=require"))
}
