package secrets

import (
	"database/sql"
	"fmt"
	"os"
)

func Open014(host string) (*sql.DB, error) {
	dsn := fmt.Sprintf("%s:%s@tcp(%s:3306)/reports?parseTime=true", os.Getenv("DB_USER"), os.Getenv("DB_PASSWORD"), host)
	return sql.Open("mysql", dsn)
}
