package secrets

import (
	"database/sql"
)

func Open011() (*sql.DB, error) {
	return sql.Open("postgres", "postgres://billing:jKUuvG0eca!4378@db.internal:5432/billing?sslmode=require")
}
